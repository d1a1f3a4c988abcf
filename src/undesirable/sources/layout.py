"""The official export's layout (sheet, title, header row, ten columns) from a data file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Column:
    """One of the ten columns: its key, the header as published and the words that identify it."""

    index: int
    key: str
    header: str
    markers: tuple[str, ...]
    critical: bool

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class Layout:
    sheet: str
    title: str
    title_markers: tuple[str, ...]
    header_row: int
    first_data_row: int
    columns: tuple[Column, ...]


def column_letter(index: int) -> str:
    """A spreadsheet column's letter from its 1-based index (1 -> A, 27 -> AA)."""
    letters = ""
    while index > 0:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


@lru_cache(maxsize=1)
def load_official_layout() -> Layout:
    """The layout of the Justice Ministry's xlsx export, as described in DESIGN.md."""
    raw = json.loads(resources.files("undesirable.data").joinpath("official_layout.json").read_text("utf-8"))
    columns = tuple(
        Column(i, c["key"], c["header"], tuple(c["markers"]), bool(c["critical"]))
        for i, c in enumerate(raw["columns"], start=1)
    )
    return Layout(
        sheet=raw["sheet"],
        title=raw["title"],
        title_markers=tuple(raw["title_markers"]),
        header_row=int(raw["header_row"]),
        first_data_row=int(raw["first_data_row"]),
        columns=columns,
    )

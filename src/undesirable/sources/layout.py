"""The official export's layout (sheet, title, header row, ten columns) from a data file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Column:
    """One of the ten columns: its key, the header as published and the words that identify it.

    ``markers`` are groups of alternatives: a header is this column's when every group has one of
    its words in it (``("дата",), ("прокуратур", "прокурор")``) and no ``excluding`` word occurs.
    """

    index: int
    key: str
    header: str
    markers: tuple[tuple[str, ...], ...]
    critical: bool
    excluding: tuple[tuple[str, ...], ...] = ()

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    def is_header(self, text: str) -> bool:
        """Whether a header cell's text names this column (case and ``ё`` folded)."""
        folded = text.casefold().replace("ё", "е")
        if not all(any(word in folded for word in group) for group in self.markers):
            return False
        return not any(any(word in folded for word in group) for group in self.excluding)

    def describe_markers(self) -> str:
        """The marker words as a reader would want them in an error: ``дата + прокуратур|прокурор``."""
        return " + ".join("|".join(group) for group in self.markers)


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
        Column(
            i,
            c["key"],
            c["header"],
            _groups(c["markers"]),
            bool(c["critical"]),
            _groups(c.get("excluding", [])),
        )
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


def _groups(words: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.casefold() for w in group.split("|")) for group in words)

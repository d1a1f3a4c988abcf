"""Find the ten columns of the official export in its header row, by marker words.

The ministry rewords its headers now and then (``перечень``/``реестр``, ``прокуратурой``/
``прокурора``), so a column is recognised by a few robust words (``data/official_layout.json``),
not by its exact text. Each column is looked for first at its usual place, then anywhere in the
header row (a column moved or inserted). The real header row is accepted silently; a reworded
header that still carries its markers is accepted with a warning naming the cell; a critical
column that cannot be found is an error naming the cell where it should be.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from undesirable.errors import Location, SourceError
from undesirable.sources.cells import cell_text
from undesirable.sources.layout import Column, Layout, column_letter


@dataclass(frozen=True)
class HeaderMap:
    """Where each column is in this file (1-based index by key) and what was noticed on the way."""

    positions: dict[str, int]
    warnings: tuple[str, ...]


def locate_columns(values: Sequence[object], *, layout: Layout, name: str) -> HeaderMap:
    """Map each layout column to its index in the header row ``values`` (the cells of row 3).

    Raises:
        SourceError: a critical column is missing; names the cell where it belongs.
    """
    texts = [cell_text(v) or "" for v in values]
    taken: set[int] = set()
    positions: dict[str, int] = {}
    warnings: list[str] = []
    pending: list[Column] = []
    for column in layout.columns:
        text = _text_at(texts, column.index)
        if column.is_header(text):
            positions[column.key] = column.index
            taken.add(column.index)
            if _fold(text) != _fold(column.header):
                where = _where(layout, name, column.index)
                warnings.append(f"{where}: header reads {text!r}, expected {column.header!r}")
        else:
            pending.append(column)
    for column in pending:
        found = _find_elsewhere(column, texts, layout=layout, taken=taken)
        if found is not None:
            positions[column.key] = found
            taken.add(found)
            warnings.append(
                f"{_where(layout, name, found)}: column {column.header!r} found here, not in column {column.letter}"
            )
            continue
        text = _text_at(texts, column.index)
        message = (
            f"header {text or None!r} is not the column {column.header!r} (marker words: {column.describe_markers()})"
        )
        if column.critical:
            raise SourceError(message, location=Location(name, layout.header_row, column.letter))
        warnings.append(f"{_where(layout, name, column.index)}: {message}; the column is read as empty")
    return HeaderMap(positions=positions, warnings=tuple(warnings))


def _find_elsewhere(column: Column, texts: list[str], *, layout: Layout, taken: set[int]) -> int | None:
    for index, text in enumerate(texts, start=1):
        if index in taken or not text:
            continue
        if column.is_header(text) and not any(
            other.key != column.key and other.is_header(text) for other in layout.columns
        ):
            return index
    return None


def _text_at(texts: list[str], index: int) -> str:
    return texts[index - 1] if index - 1 < len(texts) else ""


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _where(layout: Layout, name: str, index: int) -> str:
    return str(Location(name, layout.header_row, column_letter(index)))

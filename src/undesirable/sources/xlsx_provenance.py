"""A second sheet in the project's xlsx exports: what the data is, and each row's id.

The ministry's layout has no place to say that a file is a reconstruction rather than the
official list, nor for the project's ids, so an export written by the project carries a sheet
``undesirable`` beside ``Лист 1``: the kind (``official``, ``bundled``), the note, and one line per
data row (sheet row, id, former ids, basis). Reading an xlsx that has this sheet keeps the kind and
the ids, so a reconstruction exported and imported again stays a reconstruction. The ministry's
own file has no such sheet and is read as official.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from undesirable.sources.cells import cell_text
from undesirable.sources.layout import load_official_layout
from undesirable.sources.rows import RegisterRow, SourceFile, SourceKind

SHEET = "undesirable"
ROW_HEADER = ("row", "id", "former_ids", "basis")


@dataclass(frozen=True)
class Provenance:
    """What an exported file is, and the ids of its rows by sheet row."""

    kind: str
    note: str | None = None
    title: str = ""
    rows: dict[int, tuple[str | None, tuple[str, ...], str]] = field(default_factory=dict)


def write_provenance_sheet(book: Any, provenance: Provenance, rows: Sequence[RegisterRow]) -> None:
    """Add the ``undesirable`` sheet to an openpyxl workbook."""
    first = load_official_layout().first_data_row
    sheet = book.create_sheet(SHEET)
    sheet.append(["kind", provenance.kind])
    sheet.append(["note", provenance.note or ""])
    sheet.append(["title", provenance.title])
    sheet.append(list(ROW_HEADER))
    for offset, row in enumerate(rows):
        sheet.append([first + offset, row.org_id or "", ";".join(row.former_ids), row.basis])


def read_provenance_sheet(book: Any) -> Provenance | None:
    """The provenance an export carries, or None for a file without the sheet (the ministry's)."""
    if SHEET not in book.sheetnames:
        return None
    values = [tuple(cell_text(v) for v in line) for line in book[SHEET].iter_rows(max_col=4, values_only=True)]
    header = {line[0]: line[1] for line in values[:3] if line and line[0]}
    rows: dict[int, tuple[str | None, tuple[str, ...], str]] = {}
    for line in values[4:]:
        padded = (*line, None, None, None, None)
        if padded[0] is None or not str(padded[0]).isdigit():
            continue
        former = tuple(f for f in (padded[2] or "").split(";") if f)
        rows[int(str(padded[0]))] = (padded[1], former, padded[3] or "official")
    kind = header.get("kind") or "export"
    return Provenance(kind=kind, note=header.get("note"), title=header.get("title") or "", rows=rows)


def apply_provenance(source: SourceFile, provenance: Provenance) -> SourceFile:
    """``source`` as its provenance sheet describes it: its kind, note and each row's id."""
    rows = []
    for row in source.rows:
        known = provenance.rows.get(row.line)
        if known is not None:
            org_id, former_ids, basis = known
            row = replace(row, org_id=org_id or None, former_ids=former_ids, basis=basis)
        rows.append(row)
    kind: SourceKind = "bundled" if provenance.kind == "bundled" else "export"
    return replace(
        source, rows=tuple(rows), kind=kind, note=provenance.note or None, title=provenance.title or source.title
    )

"""Read the Justice Ministry's xlsx export (layout in DESIGN.md and ``data/official_layout.json``).

The structure is checked before any row is used: the sheet, the title in A1, the actuality
date-time in A2 and the ten headers in row 3 (each recognised by marker words, see
:mod:`undesirable.sources.headers`). A file that fails any of these is refused with one
:class:`SourceError` naming the cell; a header that still carries its markers but reads
differently is a warning, since the ministry rewords headers now and then.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from undesirable.errors import Location, SourceError
from undesirable.sources.cells import cell_text, is_blank, parse_datetime_cell
from undesirable.sources.headers import locate_columns
from undesirable.sources.layout import Layout, column_letter, load_official_layout
from undesirable.sources.rows import RegisterRow, SourceFile, SourceKind
from undesirable.sources.validate import build_register_row, check_unique_ordinals
from undesirable.sources.xlsx_provenance import apply_provenance, read_provenance_sheet

MAX_COLUMNS = 20  # the ten columns, and room for a column the ministry might insert or move


def read_official_xlsx(path: Path, *, display_name: str | None = None, kind: SourceKind = "official") -> SourceFile:
    """Read and validate an official-layout xlsx file from disk."""
    return read_official_xlsx_bytes(path.read_bytes(), name=display_name or str(path), kind=kind)


def read_official_xlsx_bytes(data: bytes, *, name: str, kind: SourceKind = "official") -> SourceFile:
    """Read and validate an official-layout xlsx file held in memory (a download, an upload)."""
    import openpyxl

    layout = load_official_layout()
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise SourceError("not an xlsx file (not a zip archive; truncated or another format)", location=Location(name))
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken archives
        raise SourceError(
            f"not a readable xlsx workbook ({exc.__class__.__name__}: {exc})", location=Location(name)
        ) from exc
    try:
        if layout.sheet not in book.sheetnames:
            found = ", ".join(repr(s) for s in book.sheetnames)
            raise SourceError(f"no sheet {layout.sheet!r} (found {found})", location=Location(name))
        sheet = book[layout.sheet]
        rows = list(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True))
        provenance = read_provenance_sheet(book)
    finally:
        book.close()
    sha256 = hashlib.sha256(data).hexdigest()
    # the project's own exports (with a provenance sheet) may leave a № п/п not known for sure empty
    source = _read_rows(rows, layout=layout, name=name, sha256=sha256, kind=kind, own=provenance is not None)
    return apply_provenance(source, provenance) if provenance is not None else source


def _read_rows(
    rows: list[tuple[Any, ...]], *, layout: Layout, name: str, sha256: str, kind: SourceKind, own: bool = False
) -> SourceFile:
    def cell(row: int, column: int) -> Any:
        if row - 1 >= len(rows) or column - 1 >= len(rows[row - 1]):
            return None
        return rows[row - 1][column - 1]

    title = cell_text(cell(1, 1)) or ""
    if not any(marker in title.lower() for marker in layout.title_markers):
        raise SourceError(
            f"cell A1 should hold the register's title, got {title[:80]!r}", location=Location(name, 1, "A")
        )
    actuality = _read_actuality(cell(2, 1), name=name)
    header = locate_columns(
        [cell(layout.header_row, index) for index in range(1, MAX_COLUMNS + 1)], layout=layout, name=name
    )
    register_rows = tuple(_iter_data_rows(rows, layout=layout, positions=header.positions, name=name, own=own))
    check_unique_ordinals(register_rows, file=name, column=column_letter(header.positions["register_no"]))
    return SourceFile(
        name=name,
        sha256=sha256,
        actuality=actuality,
        rows=register_rows,
        kind=kind,
        title=title,
        warnings=header.warnings,
    )


def _read_actuality(value: object, *, name: str) -> datetime:
    if is_blank(value):
        raise SourceError(
            "cell A2 should hold the data's actuality date-time, it is empty", location=Location(name, 2, "A")
        )
    parsed = parse_datetime_cell(value)
    if parsed is None:
        raise SourceError(
            f"cell A2 should hold the actuality date-time, got {cell_text(value)!r}", location=Location(name, 2, "A")
        )
    return parsed


def _iter_data_rows(
    rows: list[tuple[Any, ...]], *, layout: Layout, positions: dict[str, int], name: str, own: bool
) -> Iterator[RegisterRow]:
    letters = {key: column_letter(index) for key, index in positions.items()}
    for line, values in enumerate(rows[layout.first_data_row - 1 :], start=layout.first_data_row):
        padded = tuple(values) + (None,) * (MAX_COLUMNS - len(values))
        if all(is_blank(v) for v in padded):
            continue
        cells = {key: padded[index - 1] for key, index in positions.items()}
        yield build_register_row(cells, file=name, line=line, column_names=letters, number_optional=own)

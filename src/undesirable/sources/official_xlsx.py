"""Read the Justice Ministry's xlsx export (layout in DESIGN.md and ``data/official_layout.json``).

The structure is checked before any row is used: the sheet, the title in A1, the actuality
date-time in A2 and the ten headers in row 3 (each recognised by marker words, see
:mod:`undesirable.sources.headers`). A file that fails any of these is refused with one
:class:`SourceError` naming the cell; a header that still carries its markers but reads
differently is a warning, since the ministry rewords headers now and then.

The sheet is streamed row by row and never trusted: its ``<dimension>`` tag is ignored (a stale tag
once cut a 189-row sheet to 47 rows), the sizes the archive declares are summed against
``limits.unpacked_bytes`` before anything is unpacked, each row number is checked against
``limits.rows`` before the row is used (a sheet may number its one row 300,000,000), and only the
rows that hold cells are kept.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from undesirable.errors import Location, SourceError, UndesirableError
from undesirable.limits import DEFAULT_LIMITS, Limits, check_limit
from undesirable.sources.cells import cell_text, is_blank, parse_datetime_cell
from undesirable.sources.headers import locate_columns
from undesirable.sources.layout import Layout, column_letter, load_official_layout
from undesirable.sources.rows import RegisterRow, SourceFile, SourceKind
from undesirable.sources.validate import build_register_row, check_unique_ordinals
from undesirable.sources.xlsx_provenance import apply_provenance, read_provenance_sheet

MAX_COLUMNS = 20  # the ten columns, and room for a column the ministry might insert or move

SheetRows = dict[int, tuple[Any, ...]]
"""The rows of a sheet that hold cells, by row number (1-based), each cut to ``MAX_COLUMNS`` cells."""


def read_official_xlsx(
    path: Path, *, display_name: str | None = None, kind: SourceKind = "official", limits: Limits = DEFAULT_LIMITS
) -> SourceFile:
    """Read and validate an official-layout xlsx file from disk."""
    return read_official_xlsx_bytes(path.read_bytes(), name=display_name or str(path), kind=kind, limits=limits)


def read_official_xlsx_bytes(
    data: bytes, *, name: str, kind: SourceKind = "official", limits: Limits = DEFAULT_LIMITS
) -> SourceFile:
    """Read and validate an official-layout xlsx file held in memory (a download, an upload).

    Raises:
        SourceError: for a file that is not the official layout, naming the file, row and column.
        LimitError: for a file over one of ``limits`` (unpacked size, rows, cell length, name words).
    """
    import openpyxl

    layout = load_official_layout()
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise SourceError("not an xlsx file (not a zip archive; truncated or another format)", location=Location(name))
    check_unpacked_size(data, name=name, limits=limits)
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
        rows = read_sheet_rows(book, book[layout.sheet], name=name, limits=limits)
        provenance = read_provenance_sheet(book)
    finally:
        book.close()
    sha256 = hashlib.sha256(data).hexdigest()
    # the project's own exports (with a provenance sheet) may leave a № п/п not known for sure empty
    own = provenance is not None
    source = _read_rows(rows, layout=layout, name=name, sha256=sha256, kind=kind, own=own, limits=limits)
    return apply_provenance(source, provenance) if provenance is not None else source


def check_unpacked_size(data: bytes, *, name: str, limits: Limits) -> None:
    """Refuse an archive whose members unpack to more than ``limits.unpacked_bytes`` together.

    The sizes are the ones the archive declares; Python's zipfile never unpacks a member past its
    declared size (it fails the member instead), so the sum bounds what reading can allocate.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise SourceError(f"not a readable xlsx workbook ({exc})", location=Location(name)) from exc
    check_limit(total, limits.unpacked_bytes, what="unpacked bytes", name="unpacked_bytes", location=Location(name))


def read_sheet_rows(book: Any, sheet: Any, *, name: str, limits: Limits) -> SheetRows:
    """The rows of ``sheet`` that hold cells, streamed; ``<dimension>`` is not read at all.

    Raises:
        LimitError: for a row numbered past ``limits.rows`` plus the rows above the data.
        SourceError: for XML that does not parse.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    above = load_official_layout().first_data_row - 1
    rows: SheetRows = {}
    line = 0
    try:
        with sheet._get_source() as source:
            parser = WorkSheetParser(
                source,
                sheet._shared_strings,
                data_only=True,
                epoch=book.epoch,
                date_formats=book._date_formats,
                timedelta_formats=book._timedelta_formats,
            )
            for line, cells in parser.parse():
                check_limit(line - above, limits.rows, what="rows", name="rows", location=Location(name, line))
                values = [None] * MAX_COLUMNS
                for item in cells:
                    if 1 <= item["column"] <= MAX_COLUMNS:
                        values[item["column"] - 1] = item["value"]
                if any(v is not None for v in values):
                    rows[line] = tuple(values)
    except (UndesirableError, MemoryError):
        raise
    except Exception as exc:  # expat, lxml and openpyxl raise many types for broken XML
        where = Location(name, line + 1) if line else Location(name)
        raise SourceError(f"the sheet's XML is broken ({exc.__class__.__name__}: {exc})", location=where) from exc
    return rows


def _read_rows(
    rows: SheetRows, *, layout: Layout, name: str, sha256: str, kind: SourceKind, own: bool, limits: Limits
) -> SourceFile:
    def cell(row: int, column: int) -> Any:
        values = rows.get(row, ())
        return values[column - 1] if column - 1 < len(values) else None

    title = cell_text(cell(1, 1)) or ""
    if not any(marker in title.lower() for marker in layout.title_markers):
        raise SourceError(
            f"cell A1 should hold the register's title, got {title[:80]!r}", location=Location(name, 1, "A")
        )
    actuality = _read_actuality(cell(2, 1), name=name)
    header = locate_columns(
        [cell(layout.header_row, index) for index in range(1, MAX_COLUMNS + 1)], layout=layout, name=name
    )
    positions = header.positions
    register_rows = tuple(_iter_data_rows(rows, layout=layout, positions=positions, name=name, own=own, limits=limits))
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
    rows: SheetRows, *, layout: Layout, positions: dict[str, int], name: str, own: bool, limits: Limits
) -> Iterator[RegisterRow]:
    letters = {key: column_letter(index) for key, index in positions.items()}
    count = 0
    for line in sorted(k for k in rows if k >= layout.first_data_row):
        values = rows[line]
        if all(is_blank(v) for v in values):
            continue
        count += 1
        check_limit(count, limits.rows, what="rows", name="rows", location=Location(name, line))
        cells = {key: values[index - 1] for key, index in positions.items()}
        yield build_register_row(cells, file=name, line=line, column_names=letters, number_optional=own, limits=limits)

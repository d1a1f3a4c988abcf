"""Write an xlsx in the official export's layout: for tests, fixtures and the ``xlsx`` export."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from undesirable.sources.layout import load_official_layout
from undesirable.sources.rows import RegisterRow
from undesirable.sources.xlsx_provenance import Provenance, write_provenance_sheet

DateStyle = Literal["text", "excel"]


def write_official_xlsx(
    path: Path,
    *,
    actuality: datetime,
    rows: Sequence[RegisterRow],
    date_style: DateStyle = "text",
    actuality_style: Literal["text", "excel", "serial"] = "text",
    provenance: Provenance | None = None,
) -> None:
    """Write ``rows`` as the Justice Ministry lays out its export.

    Args:
        path: where to write.
        actuality: the version's date-time, written to A2.
        rows: the organizations, in order.
        date_style: dates as ``DD.MM.YYYY`` text (as the ministry exports) or as Excel dates.
        actuality_style: A2 as text, an Excel date-time or an Excel serial number.
        provenance: what the data is when it is not the ministry's own file (a reconstruction, an
            export): written to a second sheet with each row's id, so a re-import keeps both.
    """
    import openpyxl

    layout = load_official_layout()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = layout.sheet
    sheet.cell(row=1, column=1, value=layout.title)
    sheet.cell(row=2, column=1, value=_actuality_value(actuality, actuality_style))
    for column in layout.columns:
        sheet.cell(row=layout.header_row, column=column.index, value=column.header)
    for offset, row in enumerate(rows):
        values = _row_values(row, date_style)
        for column in layout.columns:
            cell = sheet.cell(row=layout.first_data_row + offset, column=column.index, value=values[column.key])
            if cell.data_type == "f":  # text that starts with "=": a string, never a live formula
                cell.data_type = "s"
    if provenance is not None:
        write_provenance_sheet(book, provenance, rows)
    book.save(path)


def _row_values(row: RegisterRow, style: DateStyle) -> dict[str, object]:
    def as_cell(key: str) -> object:
        value: date | None = getattr(row, key)
        if value is None:
            return None
        if key in row.month_dates:
            return value.strftime("%m.%Y")  # known only to the month: never written as a day
        return value.strftime("%d.%m.%Y") if style == "text" else datetime(value.year, value.month, value.day)

    return {
        "register_no": row.register_no,
        "inclusion_date": as_cell("inclusion_date"),
        "inclusion_order": row.inclusion_order,
        "gp_decision_date": as_cell("gp_decision_date"),
        "raw_name": row.raw_name,
        "published_date": as_cell("published_date"),
        "exclusion_date": as_cell("exclusion_date"),
        "exclusion_order": row.exclusion_order,
        "gp_cancel_date": as_cell("gp_cancel_date"),
        "status": row.status or "Включена",
    }


def _actuality_value(actuality: datetime, style: str) -> object:
    if style == "excel":
        return actuality
    if style == "serial":
        return (actuality - datetime(1899, 12, 30)).total_seconds() / 86400
    return actuality.strftime("%d.%m.%Y %H:%M:%S")

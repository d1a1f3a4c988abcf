"""Turn one row of cells into a :class:`RegisterRow`, naming the file, row and column on failure.

Shared by every reader (official xlsx, the project's CSV and JSON), so a date or an empty name is
judged the same way wherever it comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from undesirable.errors import Location, SourceError
from undesirable.limits import DEFAULT_LIMITS, Limits, check_limit
from undesirable.sources.cells import cell_text, parse_date_cell, parse_month_cell
from undesirable.sources.rows import RegisterRow, normalize_order

DATE_KEYS = ("inclusion_date", "gp_decision_date", "published_date", "exclusion_date", "gp_cancel_date")
ORDER_KEYS = ("inclusion_order", "exclusion_order")
ROW_KEYS = (
    "register_no",
    "inclusion_date",
    "inclusion_order",
    "gp_decision_date",
    "raw_name",
    "published_date",
    "exclusion_date",
    "exclusion_order",
    "gp_cancel_date",
    "status",
)


def build_register_row(
    cells: Mapping[str, object],
    *,
    file: str,
    line: int,
    column_names: Mapping[str, str],
    org_id: str | None = None,
    basis: str = "official",
    number_optional: bool = False,
    former_ids: tuple[str, ...] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> RegisterRow:
    """Validate one row's cells (keyed as ``ROW_KEYS``) and type them.

    Args:
        cells: the raw cell values by key.
        file: the file's name, for error messages.
        line: the row (sheet row or line number) for error messages.
        column_names: how each key is called in this file (``"E"`` in a sheet, a header in CSV).
        org_id: an explicit organization id (the project's own formats carry it).
        basis: ``official`` or ``press`` (the bundled reconstruction marks rows known from reporting).
        number_optional: an empty № п/п is allowed (the project's formats: a number not known for sure).
        former_ids: earlier ids of the organization (the project's formats carry them).
        limits: the longest cell and the most words in a name (a :class:`LimitError` names the cell).
    """

    def where(key: str) -> Location:
        return Location(file, line, column_names.get(key, key))

    check_cell_limits(cells, limits=limits, where=where)

    number_text = cell_text(cells.get("register_no"))
    if not (number_text is None and number_optional) and (number_text is None or not number_text.rstrip(".").isdigit()):
        raise SourceError(f"№ п/п must be a whole number, got {number_text!r}", location=where("register_no"))
    raw_name = cell_text(cells.get("raw_name"))
    if raw_name is None:
        raise SourceError("the organization's name is empty", location=where("raw_name"))
    dates, month_dates = _read_dates(cells, where)
    orders = {key: normalize_order(cell_text(cells.get(key))) for key in ORDER_KEYS}
    if orders["inclusion_order"] and dates["inclusion_date"] is None:
        raise SourceError("an inclusion order without its date", location=where("inclusion_date"))
    return RegisterRow(
        line=line,
        register_no=int(number_text.rstrip(".")) if number_text is not None else None,
        inclusion_date=dates["inclusion_date"],
        inclusion_order=orders["inclusion_order"],
        gp_decision_date=dates["gp_decision_date"],
        raw_name=raw_name,
        published_date=dates["published_date"],
        exclusion_date=dates["exclusion_date"],
        exclusion_order=orders["exclusion_order"],
        gp_cancel_date=dates["gp_cancel_date"],
        status=cell_text(cells.get("status")),
        cells=tuple(cell_text(cells.get(key)) for key in ROW_KEYS),
        org_id=org_id,
        basis=basis,
        month_dates=tuple(month_dates),
        former_ids=former_ids,
    )


def _read_dates(
    cells: Mapping[str, object], where: Callable[[str], Location]
) -> tuple[dict[str, date | None], list[str]]:
    """The row's dates by key, and the keys whose date is known only to the month (``2025-07``)."""
    dates: dict[str, date | None] = {}
    month_dates: list[str] = []
    for key in DATE_KEYS:
        value = cells.get(key)
        parsed = parse_date_cell(value)
        if parsed is None and (month := parse_month_cell(value)) is not None:
            parsed = month
            month_dates.append(key)
        if parsed is None and cell_text(value) is not None:
            raise SourceError(f"not a date: {cell_text(value)!r} (expected DD.MM.YYYY)", location=where(key))
        dates[key] = parsed
    return dates, month_dates


def check_cell_limits(cells: Mapping[str, object], *, limits: Limits, where: Callable[[str], Location]) -> None:
    """Refuse a cell longer than ``limits.cell_chars`` and a name of more than ``limits.name_words`` words."""
    for key in ROW_KEYS:
        value = cells.get(key)
        if isinstance(value, str):
            check_limit(
                len(value), limits.cell_chars, what="characters in a cell", name="cell_chars", location=where(key)
            )
    name = cells.get("raw_name")
    if isinstance(name, str):
        words = len(name.split())
        check_limit(words, limits.name_words, what="words in a name", name="name_words", location=where("raw_name"))


def check_row_count(count: int, *, limits: Limits, file: str, line: int) -> None:
    """Refuse a file with more than ``limits.rows`` data rows (checked as each row is read)."""
    check_limit(count, limits.rows, what="rows", name="rows", location=Location(file, line))


def check_unique_ordinals(rows: Iterable[RegisterRow], *, file: str, column: str) -> None:
    """Refuse a file where two rows carry the same № п/п."""
    seen: dict[int, int] = {}
    for row in rows:
        if row.register_no is None:
            continue
        if row.register_no in seen:
            raise SourceError(
                f"duplicate № п/п {row.register_no} (also on row {seen[row.register_no]})",
                location=Location(file, row.line, column),
            )
        seen[row.register_no] = row.line

"""Typing of single cells: dates as ``DD.MM.YYYY`` text, Excel dates or Excel serial numbers."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

EXCEL_EPOCH = datetime(1899, 12, 30)
_MIN_SERIAL, _MAX_SERIAL = 20000, 80000  # 1954 .. 2119: anything else is not a plausible date
_DATE_TEXT = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_ISO_TEXT = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")
_SPACES = re.compile(r"[\s\u00a0\u200b\ufeff]+")


def cell_text(value: object) -> str | None:
    """The cell as clean text (stray spaces, non-breaking spaces and line breaks folded), or None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return (
            value.strftime("%d.%m.%Y %H:%M:%S") if value.time() != datetime.min.time() else (value.strftime("%d.%m.%Y"))
        )
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = _SPACES.sub(" ", str(value)).strip()
    return text or None


def parse_datetime_cell(value: object) -> datetime | None:
    """A date-time from text, an Excel date or a serial number; None when it is none of these."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _MIN_SERIAL <= value <= _MAX_SERIAL:
            return EXCEL_EPOCH + timedelta(days=float(value))
        return None
    text = cell_text(value)
    if text is None:
        return None
    for pattern, order in ((_DATE_TEXT, (2, 1, 0)), (_ISO_TEXT, (0, 1, 2))):
        found = pattern.search(text)
        if found is None:
            continue
        parts = found.groups()
        day_month_year = [int(parts[i]) for i in order]
        year, month, day = day_month_year[0], day_month_year[1], day_month_year[2]
        clock = [int(p) if p else 0 for p in parts[3:6]]
        try:
            return datetime(year, month, day, clock[0], clock[1], clock[2])
        except ValueError:
            return None
    if _looks_like_serial(text):
        return parse_datetime_cell(float(text))
    return None


def parse_date_cell(value: object) -> date | None:
    """A date from any form :func:`parse_datetime_cell` accepts."""
    parsed = parse_datetime_cell(value)
    return parsed.date() if parsed is not None else None


_MONTH_TEXT = re.compile(r"^(?:(\d{4})-(\d{1,2})|(\d{1,2})\.(\d{4})(?:\s*г\.?)?)$")


def parse_month_cell(value: object) -> date | None:
    """A date known only to the month (``2025-07`` or ``07.2025``) as that month's first day."""
    text = cell_text(value)
    if text is None:
        return None
    found = _MONTH_TEXT.match(text)
    if found is None:
        return None
    year, month = (found[1], found[2]) if found[1] else (found[4], found[3])
    if not 1 <= int(month) <= 12:
        return None
    return date(int(year), int(month), 1)


def is_blank(value: object) -> bool:
    return cell_text(value) is None


def _looks_like_serial(text: str) -> bool:
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return False
    return _MIN_SERIAL <= number <= _MAX_SERIAL

"""Dates given by people: one parser for every face (CLI options, API parameters, web forms)."""

from __future__ import annotations

import re
from datetime import date

from undesirable.errors import UsageError

DATE_PATTERN = r"^(\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4})$"
DATE_HELP = "A date, YYYY-MM-DD or DD.MM.YYYY (default: today)."


def parse_date_param(value: str | None, *, name: str = "as_of") -> date | None:
    """``YYYY-MM-DD`` or ``DD.MM.YYYY``; empty is None; anything else is a 422 usage error."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if re.fullmatch(DATE_PATTERN, text):
        try:
            if "-" in text:
                return date.fromisoformat(text)
            day, month, year = (int(part) for part in text.split("."))
            return date(year, month, day)
        except ValueError:
            pass
    raise UsageError(f"{name}: not a date: {value!r} (use YYYY-MM-DD or DD.MM.YYYY)")


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None

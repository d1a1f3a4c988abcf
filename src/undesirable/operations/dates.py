"""Dates given by people: one parser for every face (CLI options, API parameters, web forms).

A date is ``YYYY-MM-DD`` or ``DD.MM.YYYY``; empty means "not given" (the caller's default, usually
today). Nothing else is a date here: not an Excel serial number (``45500.5`` is how a spreadsheet
stores a cell, read only by the xlsx reader in ``sources.cells``), not a date inside other text,
not a word like ``yesterday``. A CLI option, an API parameter and a web form field given the same
text get the same answer, or the same refusal.
"""

from __future__ import annotations

import re
from datetime import date

from undesirable.errors import UsageError

DATE_PATTERN = r"^(\d{4}-\d{2}-\d{2}|\d{2}\.\d{2}\.\d{4})$"
"""What a date looks like (also the ``pattern`` of the API's date parameters)."""

DATE_HELP = "A date, YYYY-MM-DD or DD.MM.YYYY (default: today)."


def parse_date(value: str | None, *, name: str = "as_of") -> date | None:
    """``YYYY-MM-DD`` or ``DD.MM.YYYY`` as a date; empty is None.

    Raises:
        UsageError: anything else (``name`` says which input it was), or a day that does not exist.
    """
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
    """``value`` as ``YYYY-MM-DD``, or None."""
    return value.isoformat() if value is not None else None

"""Spreadsheet formula injection: cells that a spreadsheet would run as a formula.

OWASP's rule (CSV Injection): a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is read by Excel, LibreOffice and Google Sheets as a formula. Every
spreadsheet-bound export neutralises such cells:

- CSV (the compliance CSV and the project's CSV): the cell is written with a leading apostrophe
  (``'=HYPERLINK(...)``), which spreadsheets show as text. The project's CSV reader removes that
  one apostrophe again, so an export imports back exactly (a cell that already starts with
  apostrophes before a trigger gets one more, so the escape is reversible).
- xlsx: the cell is written with the string type, never as a formula; the text is unchanged.

A register name that starts with a trigger is flagged for review when imported (:func:`is_formula_like`).
"""

from __future__ import annotations

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED = re.compile(r"'*[=+\-@\t\r]")


def is_formula_like(text: str | None) -> bool:
    """True when a spreadsheet would read ``text`` as a formula."""
    return text is not None and text.startswith(TRIGGERS)


def neutralize_csv_cell(text: str) -> str:
    """``text`` safe for a CSV opened in a spreadsheet (reversed by :func:`restore_csv_cell`)."""
    return "'" + text if _ESCAPED.match(text) else text


def restore_csv_cell(text: str) -> str:
    """The cell as it was before :func:`neutralize_csv_cell`."""
    return text[1:] if text.startswith("'") and _ESCAPED.match(text, 1) else text

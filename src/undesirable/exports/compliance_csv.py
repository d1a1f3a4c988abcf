"""The ``compliance-csv`` export: the layout existing compliance loaders take.

Windows-1251 without a BOM, ``;`` between fields, CRLF after every line including the last,
fields with ``;``, quotes or line breaks quoted as RFC 4180 says. A header row whose first cell
is empty, then one row per organization in eight columns:

1. № п/п;
2. the inclusion order, ``№ 1076-р от 29.07.2015``;
3. the Prosecutor General's decision, ``от 28.07.2015``;
4. the Russian name;
5. the additional (Latin) name;
6. the country as the register writes it;
7. the exclusion order, in the form of column 2;
8. the cancellation, ``от DD.MM.YYYY``.

The file is named ``perechen_organizatsij_272_FZ_YYYY_MM_DD.csv`` after the snapshot's actuality
date. A character that Windows-1251 lacks is replaced by its letter without accents
(``ā`` → ``a``), by the table in ``data/cp1251_fallbacks.json`` (``ł`` → ``l``), or by ``?``;
every replacement is reported.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from importlib import resources

from undesirable.model import Organization
from undesirable.sources.formulas import is_formula_like, neutralize_csv_cell

ENCODING = "cp1251"
HEADER = (
    "",
    "Распоряжение Минюста России о включении",
    "Решение Генерального прокурора",
    "Наименование",
    "Наименование (доп.)",
    "Страна",
    "Распоряжение Минюста России об исключении",
    "Решение об отмене",
)
UNKNOWN = "?"


def compliance_file_name(actuality: datetime | date) -> str:
    """``perechen_organizatsij_272_FZ_YYYY_MM_DD.csv`` for a snapshot's actuality date."""
    return f"perechen_organizatsij_272_FZ_{actuality:%Y_%m_%d}.csv"


def compliance_row(org: Organization) -> list[str]:
    """The eight cells of one organization (before encoding)."""
    return [
        str(org.register_no) if org.register_no is not None else "",
        _order(org.inclusion_order, org.inclusion_date),
        _dated(org.gp_decision_date),
        org.name_ru or org.raw_name,
        org.name_en or "",
        org.country or "",
        _order(org.exclusion_order, org.exclusion_date),
        _dated(org.gp_cancel_date),
    ]


def dump_compliance_csv(organizations: Sequence[Organization]) -> tuple[bytes, list[str]]:
    """The file's bytes and one line per character that had to be replaced."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    reports: list[str] = []
    for org in organizations:
        cells = []
        for column, value in enumerate(compliance_row(org), start=1):
            text, replaced = to_cp1251_text(value)
            if is_formula_like(text):
                reports.append(f"{org.id}, column {column}: starts with {text[0]!r}, written after an apostrophe")
            cells.append(neutralize_csv_cell(text))
            reports.extend(
                f"{org.id}, column {column}: {old!r} (U+{ord(old):04X}) written as {new!r}" for old, new in replaced
            )
        writer.writerow(cells)
    return buffer.getvalue().encode(ENCODING), reports


def to_cp1251_text(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with every character Windows-1251 lacks replaced; the replacements made."""
    out: list[str] = []
    replaced: list[tuple[str, str]] = []
    for char in text:
        if _encodes(char):
            out.append(char)
            continue
        substitute = _substitute(char)
        out.append(substitute)
        replaced.append((char, substitute))
    return "".join(out), replaced


def _substitute(char: str) -> str:
    fallback = _fallbacks().get(char)
    if fallback is not None:
        return fallback
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if base and all(_encodes(c) for c in base):
        return base
    return UNKNOWN


def _encodes(char: str) -> bool:
    try:
        char.encode(ENCODING)
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def _fallbacks() -> dict[str, str]:
    raw = resources.files("undesirable.data").joinpath("cp1251_fallbacks.json").read_text("utf-8")
    table: dict[str, str] = json.loads(raw)["fallbacks"]
    return table


def _order(number: str | None, when: date | None) -> str:
    if number and when:
        return f"№ {number} от {when:%d.%m.%Y}"
    if number:
        return f"№ {number}"
    return _dated(when)


def _dated(when: date | None) -> str:
    return f"от {when:%d.%m.%Y}" if when else ""

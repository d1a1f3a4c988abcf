from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any

import pytest

from undesirable.exports import render_export
from undesirable.exports.compliance_csv import compliance_file_name, compliance_row, to_cp1251_text
from undesirable.model import Organization


def _rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("cp1251"), newline=""), delimiter=";"))


def test_layout_encoding_and_line_ends(filled: Any) -> None:
    export = render_export(filled, format="compliance-csv")
    data = export.data
    assert export.file_name == "perechen_organizatsij_272_FZ_2024_09_05.csv"
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n")
    assert data.count(b"\r\n") == 6  # header + five rows, none with a line break inside
    assert b"\n" not in data.replace(b"\r\n", b"")
    rows = _rows(data)
    assert rows[0][0] == "" and data.startswith(b";")
    assert all(len(row) == 8 for row in rows)
    assert rows[1] == [
        "1",
        "№ 1076-р от 29.07.2015",
        "от 28.07.2015",
        "Национальный фонд в поддержку демократии",
        "The National Endowment for Democracy",
        "",
        "",
        "",
    ]
    assert rows[3][6] == "№ 9-р от 01.03.2024"


def test_characters_outside_cp1251_are_transliterated_and_reported(filled: Any) -> None:
    export = render_export(filled, format="compliance-csv")
    last = _rows(export.data)[5]
    assert last[3] == "Фонд «Открытый диалог»"
    assert last[4] == 'Fundacja „Otwarty Dialog"; Lodz'
    assert last[5] == "Польша"
    assert export.warnings == (
        "ru-undesirable-105-r-2020-01-10, column 5: 'Ł' (U+0141) written as 'L'",
        "ru-undesirable-105-r-2020-01-10, column 5: 'ó' (U+00F3) written as 'o'",
        "ru-undesirable-105-r-2020-01-10, column 5: 'ź' (U+017A) written as 'z'",
    )


def test_fields_with_separators_quotes_and_line_breaks_are_quoted() -> None:
    org = Organization(id="x", name_ru="Фонд\r\n«А»", name_en='The "Fund"; Ltd', register_no=7)
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerow(compliance_row(org))
    line = buffer.getvalue()
    assert '"Фонд\r\n«А»"' in line
    assert '"The ""Fund""; Ltd"' in line


def test_a_past_date_shows_the_list_as_it_stood(filled: Any) -> None:
    rows = _rows(render_export(filled, format="compliance-csv", as_of=date(2021, 6, 1)).data)
    assert rows[3][6] == ""  # excluded only in 2024
    rows = _rows(render_export(filled, format="compliance-csv", as_of=date(2019, 6, 1)).data)
    assert [r[0] for r in rows[1:]] == ["1"]  # only NED was decided by 2019


@pytest.mark.parametrize(
    ("text", "expected", "replaced"),
    [
        ("Łódź", "Lodz", 3),
        ("Rīga", "Riga", 1),
        ("Straße", "Strasse", 1),
        ("Қазақстан", "Казакстан", 2),
        ("«Мемориал» № 1 — ёлка", "«Мемориал» № 1 — ёлка", 0),
        ("中国", "??", 2),
    ],
)
def test_transliteration(text: str, expected: str, replaced: int) -> None:
    out, changes = to_cp1251_text(text)
    assert out == expected
    assert len(changes) == replaced
    out.encode("cp1251")


def test_file_name() -> None:
    assert compliance_file_name(datetime(2026, 8, 14, 17, 28)) == "perechen_organizatsij_272_FZ_2026_08_14.csv"

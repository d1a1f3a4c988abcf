from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from tests.factories import REAL_HEADER_ROW, sample_row, write_real_layout_xlsx, write_sample_xlsx
from undesirable.errors import SourceError
from undesirable.sources.official_xlsx import read_official_xlsx


def test_reads_rows_actuality_and_sha(tmp_path: Path) -> None:
    path = write_sample_xlsx(tmp_path / "list.xlsx")
    source = read_official_xlsx(path)
    assert source.actuality == datetime(2024, 9, 5, 17, 28)
    assert len(source.sha256) == 64
    assert [r.register_no for r in source.rows] == [1, 2, 3, 4]
    first = source.rows[0]
    assert first.inclusion_order == "101-р"
    assert first.inclusion_date == date(2020, 1, 10)
    assert first.gp_decision_date == date(2020, 1, 5)
    assert first.raw_name.startswith("«Национальный фонд")
    assert first.line == 4
    assert source.warnings == ()


@pytest.mark.parametrize("style", ["text", "excel", "serial"])
def test_actuality_in_every_form(tmp_path: Path, style: str) -> None:
    path = write_sample_xlsx(tmp_path / "list.xlsx", actuality_style=style)
    assert read_official_xlsx(path).actuality.replace(second=0, microsecond=0) == datetime(2024, 9, 5, 17, 28)


def test_dates_as_excel_dates(tmp_path: Path) -> None:
    path = write_sample_xlsx(tmp_path / "list.xlsx", date_style="excel")
    assert read_official_xlsx(path).rows[1].inclusion_date == date(2020, 1, 10)


def test_empty_rows_skipped_and_stray_spaces_folded(tmp_path: Path) -> None:
    path = write_sample_xlsx(tmp_path / "list.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Лист 1"]
    sheet.insert_rows(6)  # an empty row between entries
    sheet["C4"] = " № 101-p\u00a0"  # Latin p and a non-breaking space, as scraped copies have
    sheet["B4"] = "10.01.2020\u00a0"
    book.save(path)
    rows = read_official_xlsx(path).rows
    assert len(rows) == 4
    assert rows[0].inclusion_order == "101-р"
    assert rows[0].inclusion_date == date(2020, 1, 10)
    assert rows[2].line == 7


def test_header_drift_is_a_warning(tmp_path: Path) -> None:
    path = write_sample_xlsx(tmp_path / "list.xlsx")
    book = openpyxl.load_workbook(path)
    book["Лист 1"]["E3"] = "Полное наименование организации"
    book.save(path)
    source = read_official_xlsx(path)
    assert len(source.warnings) == 1
    assert "row 3, column E" in source.warnings[0]


def _mangle(path: Path, cell: str, value: object) -> None:
    book = openpyxl.load_workbook(path)
    book["Лист 1"][cell] = value
    book.save(path)


@pytest.mark.parametrize(
    ("cell", "value", "expected"),
    [
        ("A1", "Какая-то другая таблица", "row 1, column A"),
        ("A2", None, "row 2, column A"),
        ("A2", "вчера", "row 2, column A"),
        ("E3", "Адрес", "row 3, column E"),
        ("G3", "Примечание", "row 3, column G"),
        ("B5", "31.02.2020", "row 5, column B"),
        ("D6", "скоро", "row 6, column D"),
        ("E4", "  ", "row 4, column E"),
        ("A5", "первый", "row 5, column A"),
        ("A6", 1, "row 6, column A"),
    ],
)
def test_bad_structure_names_file_row_and_column(tmp_path: Path, cell: str, value: object, expected: str) -> None:
    path = write_sample_xlsx(tmp_path / "list.xlsx")
    _mangle(path, cell, value)
    with pytest.raises(SourceError) as info:
        read_official_xlsx(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_duplicate_ordinal_names_both_rows(tmp_path: Path) -> None:
    path = write_sample_xlsx(tmp_path / "list.xlsx", rows=[sample_row(1), sample_row(2), sample_row(2, order="9-р")])
    with pytest.raises(SourceError, match=r"row 6, column A: duplicate № п/п 2 \(also on row 5\)"):
        read_official_xlsx(path)


def test_wrong_sheet(tmp_path: Path) -> None:
    path = write_sample_xlsx(tmp_path / "list.xlsx")
    book = openpyxl.load_workbook(path)
    book["Лист 1"].title = "Sheet1"
    book.save(path)
    with pytest.raises(SourceError, match="no sheet 'Лист 1' \\(found 'Sheet1'\\)"):
        read_official_xlsx(path)


def test_truncated_and_non_zip_files(tmp_path: Path) -> None:
    good = write_sample_xlsx(tmp_path / "list.xlsx").read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good[: len(good) // 2])
    html = tmp_path / "page.xlsx"
    html.write_text("<html><body>Service unavailable</body></html>")
    for path in (truncated, html):
        with pytest.raises(SourceError, match="not an xlsx file"):
            read_official_xlsx(path)


REAL_ROW = (
    "1", "29.07.2015", "1076-р", "28.07.2015",
    "«Национальный фонд в поддержку демократии» (The National Endowment for Democracy), США",
    None, None, None, None, "Включена",
)  # fmt: skip


def _write_real_layout(
    path: Path, header: tuple[str, ...] = REAL_HEADER_ROW, row: tuple[object, ...] = REAL_ROW
) -> Path:
    return write_real_layout_xlsx(path, [row], header=header)


def test_real_header_row_reads_without_warning(tmp_path: Path) -> None:
    source = read_official_xlsx(_write_real_layout(tmp_path / "export.xlsx"))
    assert source.warnings == ()
    assert source.actuality == datetime(2026, 8, 14, 17, 28)
    (row,) = source.rows
    assert (row.inclusion_order, row.inclusion_date, row.gp_decision_date) == (
        "1076-р",
        date(2015, 7, 29),
        date(2015, 7, 28),
    )
    assert row.status == "Включена"


def test_writer_writes_the_real_header_row(tmp_path: Path) -> None:
    path = write_sample_xlsx(tmp_path / "list.xlsx")
    sheet = openpyxl.load_workbook(path)["Лист 1"]
    assert tuple(cell.value for cell in sheet[3]) == REAL_HEADER_ROW


@pytest.mark.parametrize(
    ("index", "reworded"),
    [
        (3, "Дата решения Генерального прокурора Российской Федерации или его заместителя о признании нежелательной"),
        (1, "Дата распоряжения Минюста России о включении в реестр"),
        (8, "Дата решения Генерального прокурора об отмене решения"),
        (6, "Дата распоряжения Минюста России об ИСКЛЮЧЕНИИ из реестра"),
    ],
)
def test_reworded_header_with_its_markers_is_read_with_a_warning(tmp_path: Path, index: int, reworded: str) -> None:
    header = (*REAL_HEADER_ROW[:index], reworded, *REAL_HEADER_ROW[index + 1 :])
    source = read_official_xlsx(_write_real_layout(tmp_path / "export.xlsx", header))
    assert len(source.warnings) == 1
    assert f"row 3, column {'ABCDEFGHIJ'[index]}" in source.warnings[0]
    assert source.rows[0].gp_decision_date == date(2015, 7, 28)


@pytest.mark.parametrize(
    ("index", "lost"),
    [
        (3, "Дата принятия решения Генеральной Российской Федерации о признании деятельности нежелательной"),
        (1, "Дата распоряжения Минюста России"),
        (2, "Распоряжение Минюста России о включении в перечень"),
        (4, "Организация"),
        (6, "Дата распоряжения Минюста России"),
        (8, "Дата принятия решения Генеральной прокуратурой Российской Федерации"),
    ],
)
def test_header_losing_a_critical_marker_is_an_error_naming_the_cell(tmp_path: Path, index: int, lost: str) -> None:
    header = (*REAL_HEADER_ROW[:index], lost, *REAL_HEADER_ROW[index + 1 :])
    path = _write_real_layout(tmp_path / "export.xlsx", header)
    with pytest.raises(SourceError, match=f"row 3, column {'ABCDEFGHIJ'[index]}: header"):
        read_official_xlsx(path)


def test_a_moved_column_is_found_by_its_markers(tmp_path: Path) -> None:
    header = (*REAL_HEADER_ROW[:5], "Примечание", *REAL_HEADER_ROW[6:], REAL_HEADER_ROW[5])
    row = (*REAL_ROW[:5], "заметка", *REAL_ROW[6:], "30.07.2015")
    source = read_official_xlsx(_write_real_layout(tmp_path / "export.xlsx", header, row))
    assert source.rows[0].published_date == date(2015, 7, 30)
    assert any("column K" in w for w in source.warnings)

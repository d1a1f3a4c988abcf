"""The official xlsx reader against hostile files: stale ``<dimension>``, huge row numbers, archives
that unpack to far more than they weigh, too many rows, huge cells and names, broken XML.

Every file is made here from a valid export; the limits are made small so each test is quick."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from tests.factories import sample_row, write_sample_xlsx
from tests.hostile.xlsx_bombs import (
    SHEET,
    add_member,
    official_bytes,
    rewrite_member,
    with_dimension,
    with_last_row_renumbered,
)
from undesirable.errors import LimitError, SourceError
from undesirable.limits import Limits
from undesirable.sources.official_xlsx import read_official_xlsx_bytes


def test_a_stale_dimension_tag_does_not_cut_the_sheet(tmp_path: Path) -> None:
    data = with_dimension(official_bytes(tmp_path, rows=60), "A1:J5")
    source = read_official_xlsx_bytes(data, name="stale.xlsx")
    assert [r.register_no for r in source.rows] == list(range(1, 61))


def test_a_missing_dimension_tag_reads_every_row(tmp_path: Path) -> None:
    data = rewrite_member(
        official_bytes(tmp_path, rows=12), SHEET, lambda x: x.replace(b'<dimension ref="A1:J15" />', b"")
    )
    assert len(read_official_xlsx_bytes(data, name="nodim.xlsx").rows) == 12


def test_a_row_numbered_far_past_the_data_is_refused_before_it_is_used(tmp_path: Path) -> None:
    data = with_last_row_renumbered(official_bytes(tmp_path, rows=4), 300_000_000)
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(LimitError) as caught:
        read_official_xlsx_bytes(data, name="far.xlsx", limits=Limits(rows=1000))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert time.perf_counter() - started < 30
    assert peak < 50 * 1024 * 1024
    assert "far.xlsx, row 300000000" in caught.value.message
    assert "limits.rows" in caught.value.message


def test_a_row_number_within_the_limit_keeps_the_gap_empty(tmp_path: Path) -> None:
    data = with_last_row_renumbered(official_bytes(tmp_path, rows=4), 5_000)
    rows = read_official_xlsx_bytes(data, name="gap.xlsx", limits=Limits(rows=10_000)).rows
    assert [r.line for r in rows] == [4, 5, 6, 5_000]


def test_an_archive_that_unpacks_past_the_limit_is_refused_before_unpacking(tmp_path: Path) -> None:
    data = add_member(official_bytes(tmp_path), "xl/media/padding.bin", 8 * 1024 * 1024)
    assert len(data) < 200 * 1024
    with pytest.raises(LimitError) as caught:
        read_official_xlsx_bytes(data, name="bomb.xlsx", limits=Limits(unpacked_bytes=4 * 1024 * 1024))
    assert "bomb.xlsx" in caught.value.message
    assert "unpacked bytes" in caught.value.message and "limits.unpacked_bytes" in caught.value.message


def test_too_many_rows_are_refused_naming_the_row(tmp_path: Path) -> None:
    data = official_bytes(tmp_path, rows=25)
    with pytest.raises(LimitError) as caught:
        read_official_xlsx_bytes(data, name="many.xlsx", limits=Limits(rows=20))
    assert "many.xlsx, row 24" in caught.value.message  # the 21st data row (data starts on row 4)
    assert len(read_official_xlsx_bytes(data, name="many.xlsx", limits=Limits(rows=25)).rows) == 25


def test_a_huge_cell_is_refused_naming_its_cell(tmp_path: Path) -> None:
    rows = [sample_row(1), sample_row(2, raw_name="Фонд " + "x" * 3_000)]
    data = write_sample_xlsx(tmp_path / "cell.xlsx", rows=rows).read_bytes()
    with pytest.raises(LimitError) as caught:
        read_official_xlsx_bytes(data, name="cell.xlsx", limits=Limits(cell_chars=2_000))
    assert caught.value.message.startswith("cell.xlsx, row 5, column E: too many characters in a cell")


def test_a_name_of_too_many_words_is_refused(tmp_path: Path) -> None:
    rows = [sample_row(1, raw_name=" ".join(["Фонд"] * 300))]
    data = write_sample_xlsx(tmp_path / "words.xlsx", rows=rows).read_bytes()
    with pytest.raises(LimitError) as caught:
        read_official_xlsx_bytes(data, name="words.xlsx", limits=Limits(name_words=200))
    assert "row 4, column E: too many words in a name" in caught.value.message


def test_broken_sheet_xml_is_a_source_error(tmp_path: Path) -> None:
    data = rewrite_member(
        official_bytes(tmp_path), SHEET, lambda xml: xml.replace(b"</sheetData>", b"<row r=</sheetData>")
    )
    with pytest.raises(SourceError) as caught:
        read_official_xlsx_bytes(data, name="broken.xlsx")
    assert caught.value.message.startswith("broken.xlsx")
    assert "XML" in caught.value.message

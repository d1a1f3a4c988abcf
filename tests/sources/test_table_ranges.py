"""Reading a CSV or Parquet file in ranges gives what the streaming readers give, however it is cut."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from undesirable.errors import SourceError
from undesirable.sources import table_ranges
from undesirable.sources.parquet_ranges import plan_parquet_ranges
from undesirable.sources.table_ranges import (
    TableRange,
    TableSource,
    choose_csv_bounds,
    count_csv_regions,
    open_table_source,
    plan_csv_ranges,
    read_range,
    survey_csv_region,
)
from undesirable.sources.tables import CsvReader, ParquetReader, TableRecord

TRICKY_CSV = (
    'id;name;note\r\n1;"Фонд ""Открытое\r\nобщество""";a\r\n2;Meduza;"x;\ny"\r\n\r\n3;"a""b";c\r\n'
    '4;один;два;три\r\n5;"unclosed\r\n6;later;row\r\n7;"tail";"\n\n"\r\n8;end;"z"\r\n'
    '9;lone\rcarriage;return\r10;semi;x;\n11;ООО "Ромашка;"\n"\n12;"never closed\n13;x;y'
)


def _read_ranges(source: TableSource, parts: list[TableRange]) -> list[TableRecord]:
    """The records of every range, line numbers made global."""
    records: list[TableRecord] = []
    before = 0
    for part in parts:
        reader = read_range(source, part)
        records.extend(TableRecord(r.line + before, r.values, r.error) for r in reader)
        before += reader.lines
    return records


def _records_by_parts(path: Path, size: int) -> list[TableRecord]:
    source = open_table_source(path, column="name")
    surveys = [survey_csv_region(source, n, size) for n in range(count_csv_regions(source, size))]
    return _read_ranges(source, plan_csv_ranges(choose_csv_bounds(surveys, source.total), source.total))


@pytest.mark.parametrize(("encoding", "piece"), [("utf-8", 3), ("utf-8-sig", 5), ("cp1251", 1 << 20)])
def test_csv_cut_anywhere_reads_as_the_streaming_reader(
    tmp_path: Path, monkeypatch: Any, encoding: str, piece: int
) -> None:
    monkeypatch.setattr(table_ranges, "SURVEY_READ_BYTES", piece)
    path = tmp_path / "tricky.csv"
    data = TRICKY_CSV.encode(encoding)
    path.write_bytes(data)
    expected = list(CsvReader(path))
    assert any("\n" in str(r.values.get("name")) for r in expected)  # the file has quoted newlines
    assert [r.error for r in expected if r.error]  # and malformed rows
    for size in range(1, len(data) + 2):
        assert _records_by_parts(path, size) == expected, size


def test_choose_bounds_follows_the_state_at_each_region_start() -> None:
    # region 0 ends inside quotes, so region 1 is read from inside; region 1 ends outside them
    surveys = [((5, True), (9, False)), ((30, True), (40, False)), ((70, False), (75, True))]
    assert choose_csv_bounds(surveys, 100) == [0, 40, 70]
    regions_without_record_ends = [((5, False), (5, True)), ((None, False), (None, True)), ((100, False), (1, True))]
    assert choose_csv_bounds(regions_without_record_ends, 100) == [0]


def test_parquet_ranges_follow_row_groups(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "names.parquet"
    table = pa.table({"name": [f"n{i}" if i % 7 else None for i in range(250)], "day": [date(2020, 1, 1)] * 250})
    pq.write_table(table, path, row_group_size=60)
    source = open_table_source(path, column="name")
    assert source.total == 250 and source.columns == ("name", "day")
    one_each = plan_parquet_ranges(source, 1)
    assert [(p.start, p.end, p.row_groups) for p in one_each][:2] == [(0, 60, (0,)), (60, 120, (1,))]
    assert len(one_each) == 5 and len(plan_parquet_ranges(source, 10**9)) == 1
    expected = [TableRecord(r.line, r.values) for r in ParquetReader(path)]
    assert _read_ranges(source, one_each) == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name\nx\n".encode("utf-16"), "cannot be cut in ranges"),
        (b"id,title\n1,x\n", "no column 'name'"),
        (None, "no such file"),
    ],
)
def test_open_table_source_refuses_what_it_cannot_cut(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "names.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        open_table_source(path, column="name")


def test_csv_dialect_detected(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes("name;x\nМемориал;1\n".encode("cp1251"))
    source = open_table_source(path, column="name")
    assert source == TableSource(path, "csv", ("name", "x"), path.stat().st_size, source.encoding, ";")
    assert "1251" in source.encoding


@pytest.mark.parametrize("size", [1_000, 65_536, 150_000])
def test_csv_field_over_the_csv_limit_is_cut_as_the_streaming_reader_reads_it(tmp_path: Path, size: int) -> None:
    path = tmp_path / "huge.csv"
    huge = "\n".join(["строка"] * 25_000)  # about 175,000 characters: over csv.field_size_limit()
    rows = ["id;name", f'1;"{huge}"', "2;Meduza", '3;"open', "4;x", '5;"', "6;Memorial"]
    path.write_bytes("\n".join(rows).encode("utf-8"))
    expected = list(CsvReader(path))
    assert any(r.error and "unreadable" in r.error for r in expected)
    assert _records_by_parts(path, size) == expected

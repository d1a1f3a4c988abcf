"""A batch goes on past a row the matcher raises on, and that row says it was NOT screened."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from undesirable.matching import build_match_index
from undesirable.matching.index import MatchIndex
from undesirable.matching.match import NameMatch
from undesirable.registry.bundled import load_bundled_organizations
from undesirable.screening import RESULT_COLUMNS, BatchReport, Screener, screen_table
from undesirable.sources.table_writers import open_table_writer
from undesirable.sources.tables import open_table

CRASH_WORD = "Сбойфонд"
"""A name holding this word makes :class:`FailingScreener` raise."""


class FailingScreener(Screener):
    """A screener whose matcher raises on one name, as the matcher once raised an IndexError for one
    odd name. Defined at module level so that a worker process can import it by its name."""

    def screen(self, name: str) -> list[NameMatch]:
        if CRASH_WORD in name:
            raise IndexError("list index out of range")
        return super().screen(name)


ROWS = [
    ("1", "Open Society Foundations"),
    ("2", f"Фонд {CRASH_WORD}"),
    ("3", "ООО Ромашка"),
    ("4", "Bellingcat"),
    ("5", ""),
]


def write_rows(path: Path, rows: list[tuple[str, str]] = ROWS) -> None:
    """A CSV of ``id,name`` rows and one malformed row (5 fields) after the second row."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("id,name\n")
        for number, (key, name) in enumerate(rows):
            handle.write(f'{key},"{name}"\n')
            if number == 1:
                handle.write(f"9,{CRASH_WORD} too,a,b,c\n")  # malformed and failing: both said


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


def screen_file(source: Path, target: Path, screener: Screener) -> BatchReport:
    reader = open_table(source, column="name")
    writer = open_table_writer(target, [*reader.columns, *RESULT_COLUMNS])
    try:
        return screen_table(reader, writer, column="name", screener=screener, as_of=None)
    finally:
        writer.close()


def assert_failed_rows_are_said(rows: list[dict[str, str]], plain: list[dict[str, str]], report: BatchReport) -> None:
    """Every row is written, the two failing rows say they were not screened, the others are as a
    screener that does not fail screens them; the report lists the failing rows by line."""
    assert [r["id"] for r in rows] == ["1", "2", "9", "3", "4", "5"]
    failed = [r for r in rows if r["row_status"] == "failed"]
    assert [r["id"] for r in failed] == ["2", "9"]
    for row in failed:
        assert row["match_level"] == "unscreened" and row["match_count"] == "" and row["match_org_id"] == ""
        assert row["row_error"].startswith("not screened: IndexError: list index out of range")
    assert failed[0]["name"] == f"Фонд {CRASH_WORD}"
    assert "expected 2 fields, found 5" in failed[1]["row_error"]  # the row's own fault is kept too
    others = [(r, p) for r, p in zip(rows, plain, strict=True) if r["id"] not in ("2", "9")]
    assert all(r == p for r, p in others)
    assert [r["row_status"] for r, _ in others] == ["ok", "ok", "ok", "empty"]
    assert (
        rows[0]["match_level"] == "strong" and rows[3]["match_level"] == "none" and rows[4]["match_level"] == "strong"
    )
    assert [line for line, _ in report.failed] == [3, 4]
    assert report.malformed == [(4, "expected 2 fields, found 5")]
    shape = report.to_json()
    assert shape["failed"][0] == {"line": 3, "error": "not screened: IndexError: list index out of range"}
    assert {"rows", "strong", "possible", "weak", "empty", "malformed", "distinct_names_scored"} <= set(shape)
    assert (report.rows, report.strong, report.empty) == (6, 2, 1)


def test_a_row_the_matcher_raises_on_is_kept_marked_not_screened_and_the_batch_goes_on(
    tmp_path: Path, index: MatchIndex
) -> None:
    source = tmp_path / "names.csv"
    write_rows(source)
    failing = screen_file(source, tmp_path / "failing.csv", FailingScreener(index))
    plain = screen_file(source, tmp_path / "plain.csv", Screener(index))
    assert plain.failed == [] and plain.to_json()["failed"] == []
    assert_failed_rows_are_said(read_rows(tmp_path / "failing.csv"), read_rows(tmp_path / "plain.csv"), failing)


def test_a_long_failure_is_one_line_in_row_error(tmp_path: Path, index: MatchIndex) -> None:
    class Verbose(Screener):
        def screen(self, name: str) -> list[Any]:
            raise ValueError("first line\nsecond " + "x" * 1000)

    source = tmp_path / "names.csv"
    source.write_text("name\nBellingcat\n", encoding="utf-8")
    report = screen_file(source, tmp_path / "out.csv", Verbose(index))
    [row] = read_rows(tmp_path / "out.csv")
    assert row["row_status"] == "failed" and row["match_level"] == "unscreened"
    assert row["row_error"].startswith("not screened: ValueError: first line second xxx")
    assert "\n" not in row["row_error"] and len(row["row_error"]) < 400
    assert report.failed == [(2, row["row_error"])]

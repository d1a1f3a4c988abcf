"""Screening on several processes writes the same rows, in the same order, as in one process."""

from __future__ import annotations

import csv
import json
import pickle
import threading
from pathlib import Path

import pytest

from tests.cli.test_registry_cli import run
from tests.test_screening import FailingScreener, assert_failed_rows_are_said, screen_file, write_rows
from undesirable import screening_processes
from undesirable.matching import build_match_index
from undesirable.registry.bundled import load_bundled_organizations
from undesirable.screening import RESULT_COLUMNS, Screener, screen_table
from undesirable.screening_processes import default_workers, screen_table_in_processes, screen_table_on_cores
from undesirable.sources.table_writers import open_table_writer
from undesirable.sources.tables import open_table

NAMES = [
    "Open Society Foundations",
    "Фонда Бёлля",
    "Belingcat",
    "ООО Ромашка",
    "Global Trading Ltd",
    "Хьюман Райтс Вотч",
    "",
    "Мед\u200bуза",
    "Acme Logistics GmbH",
    "Открытая Россия",
]


def _write_input(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("id,name\n")
        for number in range(rows):
            handle.write(f'{number},"{NAMES[number % len(NAMES)]} {number // 7 if number % 3 else ""}"\n')
            if number % 97 == 0:
                handle.write("broken,row,with,extra,fields\n")  # malformed rows are kept and flagged


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("threaded", [False, True], ids=["forked", "forkserver"])
def test_processes_write_the_same_rows_in_the_same_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threaded: bool
) -> None:
    monkeypatch.setattr(screening_processes, "CHUNK_ROWS", 50)  # many chunks, so order matters
    source = tmp_path / "names.csv"
    _write_input(source, 700)
    index = build_match_index(load_bundled_organizations())
    single, parallel = tmp_path / "one.csv", tmp_path / "many.csv"
    reader = open_table(source, column="name")
    writer = open_table_writer(single, [*reader.columns, *RESULT_COLUMNS])
    one = screen_table(reader, writer, column="name", screener=Screener(index), as_of=None)
    writer.close()
    fresh = pickle.loads(pickle.dumps(index))  # the same index with empty caches: the workers score every name
    assert len(fresh.caches.results) == 0
    reader = open_table(source, column="name")
    writer = open_table_writer(parallel, [*reader.columns, *RESULT_COLUMNS])
    other_thread = threading.Event()
    if threaded:  # a process running another thread is not forked: its workers start from a forkserver
        threading.Thread(target=other_thread.wait, daemon=True).start()
    else:  # the test runner's own threads (pytest-xdist) are not the screening's business
        monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert screening_processes.start_method() == ("forkserver" if threaded else "fork")
    try:
        many = screen_table_in_processes(
            reader, writer, column="name", index=fresh, threshold=0.7, limit=10, as_of=None, workers=2
        )
    finally:
        other_thread.set()
    writer.close()
    assert _read(single) == _read(parallel)
    assert (many.rows, many.strong, many.possible, many.empty) == (one.rows, one.strong, one.possible, one.empty)
    assert many.malformed == one.malformed and len(many.malformed) == 8
    assert many.scored >= one.scored and many.scored + many.reused == one.scored + one.reused


def test_large_inputs_use_every_core() -> None:
    assert default_workers(10) == 1
    assert default_workers(screening_processes.PARALLEL_MIN_BYTES) == screening_processes.available_cores()


def test_screen_command_with_workers(tmp_path: Path, database_url: str) -> None:
    source = tmp_path / "names.csv"
    _write_input(source, 120)
    out = tmp_path / "out.csv"
    done = run(
        ["screen", str(source), "--column", "name", "--output", str(out), "--workers", "2", "--json"],
        database_url=database_url,
        autoload="1",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"] == 122
    assert len(_read(out)) == 122


@pytest.mark.parametrize("threaded", [False, True], ids=["forked", "forkserver"])
def test_a_row_the_matcher_raises_on_is_said_row_for_row_as_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threaded: bool
) -> None:
    """The workers screen with the screener's own class (imported by its name in a worker that does
    not inherit it): the failing rows are written and reported as in one process."""
    monkeypatch.setattr(screening_processes, "CHUNK_ROWS", 2)  # the failing rows in chunks of their own
    source = tmp_path / "names.csv"
    write_rows(source)
    index = build_match_index(load_bundled_organizations())
    one = screen_file(source, tmp_path / "one.csv", FailingScreener(index))
    screen_file(source, tmp_path / "plain.csv", Screener(index))  # what the rows that do not fail become
    other_thread = threading.Event()
    if threaded:
        threading.Thread(target=other_thread.wait, daemon=True).start()
    else:
        monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert screening_processes.start_method() == ("forkserver" if threaded else "fork")
    reader = open_table(source, column="name")
    writer = open_table_writer(tmp_path / "many.csv", [*reader.columns, *RESULT_COLUMNS])
    try:
        many = screen_table_on_cores(
            reader, writer, column="name", screener=FailingScreener(index), as_of=None, workers=2
        )
    finally:
        other_thread.set()
        writer.close()
    rows = _read(tmp_path / "many.csv")
    assert rows == _read(tmp_path / "one.csv")
    assert_failed_rows_are_said(rows, _read(tmp_path / "plain.csv"), many)
    assert many.failed == one.failed and many.malformed == one.malformed
    assert (many.rows, many.strong, many.possible, many.weak, many.empty) == (
        one.rows,
        one.strong,
        one.possible,
        one.weak,
        one.empty,
    )

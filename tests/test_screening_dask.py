"""Screening on a Dask cluster gives the streaming output row for row, cut into part files."""

from __future__ import annotations

import codecs
import csv
import json
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from undesirable.errors import SourceError, UndesirableError, UsageError
from undesirable.matching import build_match_index
from undesirable.matching.index import MatchIndex
from undesirable.registry.bundled import load_bundled_organizations
from undesirable.screening import RESULT_COLUMNS, BatchReport, Screener, screen_table
from undesirable.screening_dask import (
    choose_output_folder,
    cluster_workers,
    connect_dask,
    describe_worker_cache,
    open_dask_input,
    parse_partition_size,
    screen_on_dask,
)
from undesirable.sources.table_ranges import TableSource
from undesirable.sources.table_writers import open_table_writer
from undesirable.sources.tables import open_table

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
distributed = pytest.importorskip("distributed")

AS_OF = date(2025, 1, 1)


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """What ``--dask local`` starts: LocalCluster(n_workers=2, processes=True, threads_per_worker=1) on loopback."""
    with connect_dask("local", workers=2) as dask_client:
        assert dask_client.scheduler.address.startswith("tcp://127.0.0.1:")
        yield dask_client


def _write_clients_csv(path: Path, rows: int = 600) -> None:
    """A cp1251, ';'-delimited file with repeats, empty names, quoted newlines and malformed rows."""
    rng = random.Random(3)
    register = [n for org in load_bundled_organizations()[:80] for n in org.all_names()[:2] if _fits_cp1251(n)]
    other = ["Бюро добрых дел", "Пчеловоды Подмосковья", "Acme Trading Ltd", 'ООО "Ромашка"', "Север-Инвест"]
    lines = ["id;name;city"]
    for number in range(1, rows + 1):
        name = rng.choice(register if rng.random() < 0.3 else other)
        cell = '"' + name.replace('"', '""') + '"' if '"' in name or ";" in name else name
        kind = number % 97
        if kind == 5:
            lines.append(f"{number};;Тверь")
        elif kind == 11:
            lines.append(f"{number};{cell};Москва;лишнее;поле")
        elif kind == 17:
            lines.append(f"{number};{cell}")
        elif kind == 23:
            lines.append(f'{number};"{name.replace(chr(34), "")}\r\nвторая строка";"Рига; Латвия"')
        elif kind == 31:
            lines.append("")
        else:
            lines.append(f"{number};{cell};Москва")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))


def _fits_cp1251(text: str) -> bool:
    try:
        text.encode("cp1251")
    except UnicodeEncodeError:
        return False
    return True


def _screen_streaming(path: Path, out: Path, *, index: MatchIndex) -> BatchReport:
    reader = open_table(path, column="name")
    writer = open_table_writer(out, [*reader.columns, *RESULT_COLUMNS])
    try:
        return screen_table(reader, writer, column="name", screener=Screener(index), as_of=AS_OF)
    finally:
        writer.close()


def _read_rows(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    return list(pq.read_table(path).to_pylist())


def _read_parts(folder: Path, suffix: str) -> list[dict[str, str]]:
    return [row for part in sorted(folder.glob(f"part-*{suffix}")) for row in _read_rows(part)]


def _counts(report: BatchReport) -> tuple[int, int, int, int, list[tuple[int, str]]]:
    return report.rows, report.strong, report.possible, report.empty, report.malformed


@pytest.mark.slow
@pytest.mark.parametrize("output_name", ["out.parquet", "out.csv"])
def test_cp1251_csv_on_cluster_equals_streaming(
    tmp_path: Path, index: MatchIndex, client: Any, output_name: str
) -> None:
    source_path = tmp_path / "clients.csv"
    _write_clients_csv(source_path)
    suffix = Path(output_name).suffix
    streamed = _screen_streaming(source_path, tmp_path / f"streamed{suffix}", index=index)
    source = open_dask_input(source_path, column="name")
    assert codecs.lookup(source.encoding).name == "cp1251" and source.delimiter == ";"
    folder = choose_output_folder(source_path, tmp_path / output_name)
    progress: list[tuple[int, int]] = []
    report = screen_on_dask(
        client,
        source,
        folder,
        column="name",
        index=index,
        as_of=AS_OF,
        partition_size=1500,
        on_progress=lambda done, total: progress.append((done, total)),
    )
    assert report.partitions > 10 and report.workers == 2
    assert _read_parts(folder, suffix) == _read_rows(tmp_path / f"streamed{suffix}")
    assert _counts(report) == _counts(streamed)
    assert report.rows == 600 - 6 and len(report.malformed) == 14 and report.empty == 7 and report.strong > 100
    assert report.malformed[:2] == [(12, "expected 3 fields, found 5"), (18, "expected 3 fields, found 2")]
    assert progress[-1] == (source.total, source.total)
    assert json.loads((folder / "_report.json").read_text("utf-8"))["rows"] == report.rows
    assert report.scored + report.reused == report.rows - report.empty
    caches = client.run(describe_worker_cache)
    assert all(c["unpickled"] == c["indexes"] <= 1 for c in caches.values())  # unpickled once per worker
    assert sum(c["indexes"] for c in caches.values()) >= 1
    distinct = {" ".join(r["name"].split()) for r in _read_rows(tmp_path / f"streamed{suffix}")} - {""}
    assert report.scored <= 2 * len(distinct)  # identical names scored at most once per worker


@pytest.mark.slow
def test_the_workers_are_counted_whenever_the_clients_cached_identity_is_refreshed(
    tmp_path: Path, index: MatchIndex, client: Any
) -> None:
    """The client refreshes its cached identity of the scheduler every 2 s with one listing no
    worker; a count read from that cache (``scheduler_info()``) found none when the refresh came
    in between, as it does on a loaded machine. A client that refreshes every 2 ms makes it likely."""
    import dask
    from distributed import Client

    source_path = tmp_path / "names.csv"
    source_path.write_text("name\nMeduza\nБюро добрых дел\n", encoding="utf-8")
    with (
        dask.config.set({"distributed.client.scheduler-info-interval": "2ms"}),
        Client(client.scheduler.address) as busy,
    ):
        assert [cluster_workers(busy) for _ in range(100)] == [2] * 100
        for run in range(5):
            source = open_dask_input(source_path, column="name")
            report = screen_on_dask(busy, source, tmp_path / f"out-{run}", column="name", index=index, as_of=AS_OF)
            assert (report.workers, report.rows, report.strong) == (2, 2, 1)


@pytest.mark.slow
def test_parquet_on_cluster_equals_streaming(tmp_path: Path, index: MatchIndex, client: Any) -> None:
    names = [org.display_name for org in load_bundled_organizations()[:40]] + ["Бюро добрых дел", "", "Acme"]
    rows = [names[i % len(names)] for i in range(500)]
    table = pa.table(
        {
            "name": [None if i % 50 == 7 else n for i, n in enumerate(rows)],
            "amount": [None if i % 9 == 0 else i for i in range(500)],
            "since": [date(2020, 1, 1 + i % 28) for i in range(500)],
        }
    )
    source_path = tmp_path / "names.parquet"
    pq.write_table(table, source_path, row_group_size=60)
    streamed = _screen_streaming(source_path, tmp_path / "streamed.parquet", index=index)
    folder = tmp_path / "screened.parquet"
    report = screen_on_dask(
        client,
        open_dask_input(source_path, column="name"),
        folder,
        column="name",
        index=index,
        as_of=AS_OF,
        partition_size=1,
    )
    assert report.partitions == 9  # one per row group
    assert _read_parts(folder, ".parquet") == _read_rows(tmp_path / "streamed.parquet")
    assert _counts(report) == _counts(streamed) and report.rows == 500


@pytest.mark.slow
@pytest.mark.parametrize("total", [50, 1000])
def test_a_failing_worker_is_one_clear_error(tmp_path: Path, index: MatchIndex, client: Any, total: int) -> None:
    gone = TableSource(tmp_path / "gone.csv", "csv", ("name",), total)
    with pytest.raises(UndesirableError, match="screening on the Dask cluster failed: FileNotFoundError"):
        screen_on_dask(client, gone, tmp_path / "out", column="name", index=index, as_of=None, partition_size=100)


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("names.xlsx", b"PK", UsageError),
        ("names.jsonl", b"{}", UsageError),
        ("names.csv", b"id,title\n1,x\n", SourceError),
    ],
)
def test_open_dask_input_takes_csv_or_parquet(
    tmp_path: Path, name: str, content: bytes, error: type[Exception]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error):
        open_dask_input(path, column="name")


def test_output_folder_and_partition_size(tmp_path: Path) -> None:
    assert choose_output_folder(tmp_path / "in.csv", None) == tmp_path / "in.screened.parquet"
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    for taken in (tmp_path / "full", tmp_path / "full" / "x", tmp_path / "out.xlsx"):
        with pytest.raises(UsageError):
            choose_output_folder(tmp_path / "in.csv", taken)
    assert parse_partition_size("64MB") == 64_000_000 and parse_partition_size(None) == 64 * 1024 * 1024
    for bad in ("lots", "0"):
        with pytest.raises(UsageError):
            parse_partition_size(bad)
    with pytest.raises(UsageError), connect_dask("somewhere:8786"):
        pass


@pytest.mark.slow
def test_screen_command_on_a_local_cluster(tmp_path: Path, database_url: str, monkeypatch: Any) -> None:
    from tests.cli.test_registry_cli import run

    monkeypatch.setenv("UNDESIRABLE_AUDIT", "1")
    source_path = tmp_path / "clients.csv"
    _write_clients_csv(source_path, rows=120)
    args = ["screen", str(source_path), "--column", "name", "--dask", "local", "--partition-size", "1kB", "--json"]
    done = run(args, database_url=database_url, autoload="1")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["rows"] == 119 and summary["partitions"] > 3 and summary["output"].endswith(".screened.parquet")
    assert [m["line"] for m in summary["malformed"]] == [12, 18, 110, 116]
    rows = _read_parts(tmp_path / "clients.screened.parquet", ".parquet")
    assert [r["id"] for r in rows] == [str(n) for n in range(1, 121) if n % 97 != 31]
    records = json.loads(run(["audit", "--json"], database_url=database_url).stdout)
    batch = [r for r in (records["records"] if isinstance(records, dict) else records) if r["kind"] == "batch"]
    assert len(batch) == 1 and batch[0]["result"]["rows"] == 119 and batch[0]["result"]["partitions"] > 3


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--partition-size", "1MB"], "--partition-size needs --dask"),
        (["--dask", "local", "--partition-size", "big"], "--partition-size: not a size"),
        (["--dask", "scheduler:8786"], "--dask takes 'local' or a scheduler address"),
    ],
)
def test_screen_command_dask_usage(tmp_path: Path, database_url: str, extra: list[str], message: str) -> None:
    from tests.cli.test_registry_cli import run

    source_path = tmp_path / "names.csv"
    source_path.write_text("name\nMeduza\n", encoding="utf-8")
    done = run(["screen", str(source_path), "--column", "name", *extra], database_url=database_url)
    assert done.returncode == 2 and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_rows_not_screened_are_reported_by_their_line_in_the_whole_file() -> None:
    from undesirable.screening_dask import _merge_reports

    first = BatchReport(rows=3, weak=1, failed=[(3, "not screened: IndexError: list index out of range")])
    second = BatchReport(rows=2, strong=1, malformed=[(1, "expected 2 fields, found 5")], failed=[(2, "x")])
    report = _merge_reports([(first, 4), (second, 2)])
    assert report.failed == [(3, "not screened: IndexError: list index out of range"), (6, "x")]
    assert report.malformed == [(5, "expected 2 fields, found 5")]
    assert (report.rows, report.strong, report.weak) == (5, 1, 1)
    assert report.to_json()["failed"][1] == {"line": 6, "error": "x"}

"""Batch screening speed: the streaming path against a local Dask cluster, on one generated CSV.

    python bench/bench_screen.py [--rows 1000000] [--distinct 200000] [--workers 2] [--partition-size 4MB]

Writes a cp1251, ';'-delimited CSV of ``--rows`` company-like names drawn from ``--distinct``
different ones (about 1 in 20 a register name), then screens it twice against the bundled
register: ``screen_table`` in this process, and ``screen_on_dask`` on a ``LocalCluster`` of
``--workers`` single-threaded processes. Prints names per second for each (the cluster's start-up
timed apart) and checks that both wrote the same rows. Not part of the tests.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_match import synthetic_names  # noqa: E402

from undesirable.matching import build_match_index  # noqa: E402
from undesirable.matching.index import MatchIndex  # noqa: E402
from undesirable.registry.bundled import load_bundled_organizations  # noqa: E402
from undesirable.screening import RESULT_COLUMNS, Screener, screen_table  # noqa: E402
from undesirable.screening_dask import connect_dask, open_dask_input, screen_on_dask  # noqa: E402
from undesirable.sources.table_writers import open_table_writer  # noqa: E402
from undesirable.sources.tables import open_table  # noqa: E402

REGISTER_SHARE = 0.05
WARM_UP_NAMES = 2_000
MAX_ROWS = 20_000_000  # keeps a run bounded in time and disk


def write_input(path: Path, *, rows: int, distinct: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    register = [n for org in load_bundled_organizations() for n in org.all_names() if _fits_cp1251(n)]
    pool = [n for n in synthetic_names(distinct, seed=seed) if _fits_cp1251(n)]
    with path.open("w", encoding="cp1251", newline="") as handle:
        handle.write("id;name;city\r\n")
        for number in range(1, rows + 1):
            name = rng.choice(register) if rng.random() < REGISTER_SHARE else rng.choice(pool)
            handle.write(f'{number};"{name.replace(chr(34), chr(34) * 2)}";Москва\r\n')


def time_streaming(path: Path, out: Path, index: MatchIndex) -> tuple[float, int]:
    started = time.perf_counter()
    reader = open_table(path, column="name")
    writer = open_table_writer(out, [*reader.columns, *RESULT_COLUMNS])
    try:
        report = screen_table(reader, writer, column="name", screener=Screener(index), as_of=None)
    finally:
        writer.close()
    print(f"  streaming: {report.scored:,} names scored")
    return time.perf_counter() - started, report.rows


def time_dask(
    path: Path, out: Path, index: MatchIndex, *, workers: int, partition_size: int
) -> tuple[float, float, int]:
    started = time.perf_counter()
    with connect_dask("local", workers=workers) as client:
        client.wait_for_workers(workers)
        ready = time.perf_counter()
        report = screen_on_dask(
            client,
            open_dask_input(path, column="name"),
            out,
            column="name",
            index=index,
            as_of=None,
            partition_size=partition_size,
        )
        done = time.perf_counter()
    print(f"  dask: {report.partitions} partitions, {report.scored:,} names scored on the workers")
    return ready - started, done - ready, report.rows


def same_rows(streamed: Path, folder: Path) -> bool:
    import pyarrow.parquet as pq

    expected = pq.read_table(streamed).to_pylist()
    got = [row for part in sorted(folder.glob("part-*.parquet")) for row in pq.read_table(part).to_pylist()]
    return expected == got


def main() -> int:
    from dask.utils import parse_bytes

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--distinct", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", default="4MB")
    args = parser.parse_args()
    rows = min(args.rows, MAX_ROWS)
    index = build_match_index(load_bundled_organizations())
    warm_up = Screener(index)  # morphology and word caches loaded in this process, as on a warm worker
    for name in synthetic_names(WARM_UP_NAMES, seed=1):
        warm_up.screen(name)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "names.csv"
        write_input(source, rows=rows, distinct=args.distinct)
        print(f"input: {rows:,} rows, {source.stat().st_size / 1e6:.0f} MB, up to {args.distinct:,} distinct names")
        seconds, count = time_streaming(source, work / "streamed.parquet", index)
        print(f"streaming, one process: {seconds:.1f} s, {count / seconds:,.0f} names/s")
        start_up, dask_seconds, count = time_dask(
            source,
            work / "dask.parquet",
            index,
            workers=args.workers,
            partition_size=int(parse_bytes(args.partition_size)),
        )
        print(
            f"dask local, {args.workers} workers: {dask_seconds:.1f} s, {count / dask_seconds:,.0f} names/s "
            f"(cluster start-up {start_up:.1f} s apart; x{seconds / dask_seconds:.2f} the streaming rate)"
        )
        print(f"same rows in both outputs: {same_rows(work / 'streamed.parquet', work / 'dask.parquet')}")
    return 0


def _fits_cp1251(text: str) -> bool:
    try:
        text.encode("cp1251")
    except UnicodeEncodeError:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())

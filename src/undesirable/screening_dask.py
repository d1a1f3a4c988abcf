"""Batch screening of very large files on a Dask cluster: CSV or Parquet in, a folder of part files out.

The streaming path (:func:`undesirable.screening.screen_table`) reads a file in one process. Here
the file is cut into ranges (:mod:`undesirable.sources.table_ranges`: CSV byte ranges that begin
where a record begins, found by a survey that the workers run first; Parquet row groups) and the
workers of a Dask cluster screen them at the same time with the same ``screen_table``. The output
is the streaming output cut into part files (``part-00000.parquet``... or ``.csv``), row for row;
the report has the same counts, malformed rows and rows that could not be screened (``failed``)
with their line numbers in the whole file.
``dask.dataframe`` is not used: its CSV reader cuts blocks at any newline, pandas drops or silently
pads malformed rows and gives no line numbers, and it turns nullable integers into floats.

The match index is built once in the client and pickled once; the bytes are scattered to the
workers, each of which unpickles them once (cached by digest) and keeps one
:class:`~undesirable.screening.Screener` per thread (counting its names); the threads share the
index's cache, so an identical name is scored once per worker. Workers write their part files
straight into the output folder and return only counts: memory stays flat everywhere. Input and
output paths must be visible to every worker at the same path. Dask is imported only when a
cluster is used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from undesirable.errors import UndesirableError, UsageError
from undesirable.matching.match import POSSIBLE_THRESHOLD
from undesirable.screening import RESULT_COLUMNS, BatchReport, Screener, screen_table
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
from undesirable.sources.table_writers import open_table_writer

if TYPE_CHECKING:
    from distributed import Client

    from undesirable.matching.index import MatchIndex

DEFAULT_PARTITION_BYTES = 64 * 1024 * 1024
WORKER_INDEXES_KEPT = 2  # match indexes a worker keeps (a new register version evicts the oldest)
CONNECT_TIMEOUT_SECONDS = 10
LOCAL_HOST = "127.0.0.1"  # a local cluster listens on loopback only
OTHER_FORMATS = (".xlsx", ".jsonl", ".ndjson")
REPORT_FILE = "_report.json"  # readers of Parquet/CSV folders skip names starting with "_"


@dataclass
class DaskReport(BatchReport):
    """A :class:`BatchReport` plus how the work was cut; names are scored once per worker."""

    partitions: int = 0
    workers: int = 0

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "partitions": self.partitions, "workers": self.workers}


def parse_partition_size(text: str | None) -> int:
    """Bytes per partition from ``64MB``, ``1GiB`` or a plain number; the default when None."""
    if text is None:
        return DEFAULT_PARTITION_BYTES
    from dask.utils import parse_bytes

    try:
        size = int(parse_bytes(text))
    except (ValueError, TypeError) as exc:
        raise UsageError(f"--partition-size: not a size ({text!r}); try 64MB") from exc
    if size < 1:
        raise UsageError("--partition-size must be at least 1 byte")
    return size


def open_dask_input(path: Path, *, column: str) -> TableSource:
    """Check that ``path`` is a CSV or Parquet file holding ``column``; detect a CSV's dialect."""
    suffix = path.suffix.lower()
    if suffix in OTHER_FORMATS:
        raise UsageError(f"--dask screens CSV or Parquet files, not {suffix}; screen this file without --dask")
    return open_table_source(path, column=column)


def choose_output_folder(input_file: Path, output: Path | None) -> Path:
    """The folder of part files: ``output`` or ``INPUT.screened.parquet``; it must be new or empty."""
    target = output or input_file.with_name(f"{input_file.stem}.screened.parquet")
    if target.suffix.lower() in (*OTHER_FORMATS, ".pq"):
        raise UsageError("with --dask, --output is a folder of Parquet (default) or CSV (name ending .csv) parts")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise UsageError(f"--output {target} exists and is not an empty folder")
    return target


def check_dask_address(address: str) -> None:
    """Refuse what is neither ``local`` nor a scheduler address such as ``tcp://host:8786``."""
    if address != "local" and "://" not in address:
        raise UsageError(f"--dask takes 'local' or a scheduler address such as tcp://host:8786, not {address!r}")


@contextmanager
def connect_dask(address: str, *, workers: int | None = None) -> Iterator[Client]:
    """A client of a new local cluster (``local``: one single-threaded process per core) or a scheduler."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise UndesirableError("--dask needs dask: pip install 'undesirable[dask]'") from exc
    if address == "local":
        count = workers or os.cpu_count() or 1
        with (
            LocalCluster(
                n_workers=count,
                threads_per_worker=1,
                processes=True,
                host=LOCAL_HOST,
                dashboard_address=None,
                scheduler_kwargs={"dashboard_address": ":0"},  # its HTTP endpoints on a free port
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    check_dask_address(address)
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_SECONDS)
    except (OSError, TimeoutError) as exc:
        raise UndesirableError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        yield client


def screen_on_dask(
    client: Client,
    source: TableSource,
    output: Path,
    *,
    column: str,
    index: MatchIndex,
    as_of: date | None,
    threshold: float = POSSIBLE_THRESHOLD,
    partition_size: int = DEFAULT_PARTITION_BYTES,
    on_progress: Callable[[int, int], None] | None = None,
) -> DaskReport:
    """Screen ``source`` on the cluster into part files in ``output``; nothing dropped, malformed rows flagged."""
    output.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    settings = (column, as_of, threshold, str(output))
    try:
        parts = (
            _plan_csv(client, source, partition_size)
            if source.kind == "csv"
            else plan_parquet_ranges(source, partition_size)
        )
        found = _screen_parts(client, source, parts, payload, settings, on_progress)
    except UndesirableError:
        raise
    except Exception as exc:
        raise UndesirableError(f"screening on the Dask cluster failed: {type(exc).__name__}: {exc}") from exc
    report = _merge_reports([found[part.number] for part in parts])
    report.partitions, report.workers = len(parts), cluster_workers(client)
    (output / REPORT_FILE).write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1), "utf-8")
    return report


def _screen_parts(
    client: Client,
    source: TableSource,
    parts: list[TableRange],
    payload: bytes,
    settings: tuple[str, date | None, float, str],
    on_progress: Callable[[int, int], None] | None,
) -> dict[int, tuple[BatchReport, int]]:
    """Each partition's report and line count, by partition number, as the workers finish them."""
    from distributed import as_completed

    digest = hashlib.sha256(payload).hexdigest()[:16]
    shared = client.scatter(payload, broadcast=True)
    width = max(5, len(str(len(parts))))
    futures = [
        client.submit(_screen_part, source, part, digest, shared, (*settings, width), pure=False) for part in parts
    ]
    found: dict[int, tuple[BatchReport, int]] = {}
    done = 0
    try:
        for future in as_completed(futures):
            number, report, lines = future.result()
            found[number] = (report, lines)
            done += parts[number].end - parts[number].start
            if on_progress is not None:
                on_progress(done, source.total)
    finally:
        client.cancel([f for f in futures if not f.done()])
    return found


def cluster_workers(client: Client) -> int:
    """How many workers the scheduler has, asked of it now (``nthreads``); ``scheduler_info()`` reads a
    cache that the client's periodic refresh may replace, in between, with one listing no worker."""
    return len(client.nthreads())


def _plan_csv(client: Client, source: TableSource, partition_size: int) -> list[TableRange]:
    """Byte ranges that each begin where a record begins, from a survey of the file on the workers."""
    if source.total <= partition_size:
        return [TableRange(0, 0, source.total)]
    count = count_csv_regions(source, partition_size)
    futures = client.map(survey_csv_region, [source] * count, range(count), [partition_size] * count, pure=False)
    try:
        surveys = client.gather(futures)
    finally:  # a survey failed: the others are not left running
        client.cancel([f for f in futures if not f.done()])
    return plan_csv_ranges(choose_csv_bounds(surveys, source.total), source.total)


def describe_worker_cache() -> dict[str, int]:
    """What this process keeps: match indexes, their unpickling so far, and screeners (one per thread)."""
    return {"indexes": len(_INDEXES), "unpickled": _UNPICKLED[0], "screeners": len(_SCREENERS)}


def _merge_reports(parts: list[tuple[BatchReport, int]]) -> DaskReport:
    total = DaskReport()
    lines_before = 0
    for part, lines in parts:
        for count in ("rows", "strong", "possible", "weak", "empty", "scored", "reused"):
            setattr(total, count, getattr(total, count) + getattr(part, count))
        total.malformed.extend((lines_before + line, error) for line, error in part.malformed)
        total.failed.extend((lines_before + line, error) for line, error in part.failed)
        lines_before += lines
    return total


# Work done on the workers.

_INDEXES: OrderedDict[str, MatchIndex] = OrderedDict()
_SCREENERS: dict[tuple[str, float, int], Screener] = {}
_UNPICKLED = [0]
_LOCK = threading.Lock()


def _screen_part(
    source: TableSource,
    part: TableRange,
    digest: str,
    payload: bytes,
    settings: tuple[str, date | None, float, str, int],
) -> tuple[int, BatchReport, int]:
    """Screen one partition into its part file; its number, report (local line numbers) and lines read."""
    column, as_of, threshold, folder, width = settings
    screener = _worker_screener(digest, payload, threshold)
    scored, reused = screener.scored, screener.reused
    suffix = ".csv" if folder.lower().endswith(".csv") else ".parquet"
    name = f"part-{part.number:0{width}d}{suffix}"
    Path(folder).mkdir(parents=True, exist_ok=True)
    temporary = Path(folder) / f"_tmp-{name}"
    reader = read_range(source, part)
    writer = open_table_writer(temporary, [*source.columns, *RESULT_COLUMNS])
    try:
        report = screen_table(reader, writer, column=column, screener=screener, as_of=as_of)
    finally:
        writer.close()
    os.replace(temporary, Path(folder) / name)
    report.scored, report.reused = screener.scored - scored, screener.reused - reused
    return part.number, report, reader.lines


def _worker_screener(digest: str, payload: bytes, threshold: float) -> Screener:
    """This thread's screener on the index of ``digest``, unpickled once per process."""
    key = (digest, threshold, threading.get_ident())
    with _LOCK:
        screener = _SCREENERS.get(key)
        if screener is not None:
            return screener
        index = _INDEXES.get(digest)
        if index is None:
            index = pickle.loads(payload)
            _UNPICKLED[0] += 1
            _INDEXES[digest] = index
            while len(_INDEXES) > WORKER_INDEXES_KEPT:
                old, _ = _INDEXES.popitem(last=False)
                for stale in [k for k in _SCREENERS if k[0] == old]:
                    del _SCREENERS[stale]
        screener = _SCREENERS[key] = Screener(index, threshold=threshold)
        return screener

"""Batch screening on every core: rows in chunks to worker processes, written back in input order.

:func:`screen_table_in_processes` gives the same output as :func:`undesirable.screening.screen_table`,
row for row: each chunk of rows is screened by one worker (its own :class:`Screener`, so a name
repeated across chunks may be scored once per worker) and written when its turn comes. At most
``MAX_PENDING_PER_WORKER`` chunks per worker are in flight, so memory stays flat on any input.
Workers start with ``forkserver`` (``spawn`` where it is missing) and receive the index once.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from undesirable.matching.index import MatchIndex
from undesirable.screening import BatchReport, Screener, screen_record, screen_table
from undesirable.sources.table_writers import TableWriter
from undesirable.sources.tables import TableReader, TableRecord

CHUNK_ROWS = 2_000
"""Rows sent to a worker at once."""

MAX_PENDING_PER_WORKER = 3
"""Chunks waiting or being screened per worker, at most."""

PARALLEL_MIN_BYTES = 2_000_000
"""Inputs at least this large are screened on every core by default."""

_WORKER: dict[str, Any] = {}


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def default_workers(size_bytes: int) -> int:
    """Every core for a large input (``PARALLEL_MIN_BYTES``), else 1 (this process)."""
    return available_cores() if size_bytes >= PARALLEL_MIN_BYTES else 1


def _start(index: MatchIndex, threshold: float, limit: int, as_of: date | None, column: str) -> None:
    _WORKER["screener"] = Screener(index, threshold=threshold, limit=limit)
    _WORKER["as_of"] = as_of
    _WORKER["column"] = column


def _screen_chunk(rows: list[tuple[dict[str, Any], str | None]]) -> tuple[list[dict[str, Any]], int, int]:
    screener: Screener = _WORKER["screener"]
    scored, reused = screener.scored, screener.reused
    out = [
        screen_record(values, error, column=_WORKER["column"], screener=screener, as_of=_WORKER["as_of"])
        for values, error in rows
    ]
    return out, screener.scored - scored, screener.reused - reused


def _chunks(reader: TableReader, report: BatchReport) -> Iterator[list[tuple[dict[str, Any], str | None]]]:
    chunk: list[tuple[dict[str, Any], str | None]] = []
    for record in reader:
        _note_malformed(record, report)
        chunk.append((record.values, record.error))
        if len(chunk) >= CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _note_malformed(record: TableRecord, report: BatchReport) -> None:
    if record.error:
        report.malformed.append((record.line, record.error))


def screen_table_in_processes(
    reader: TableReader,
    writer: TableWriter,
    *,
    column: str,
    index: MatchIndex,
    threshold: float,
    limit: int,
    as_of: date | None,
    workers: int,
    on_progress: Callable[[int, int], None] | None = None,
) -> BatchReport:
    """Screen every row of ``reader`` into ``writer`` on ``workers`` processes, in input order."""
    report = BatchReport()
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with context.Pool(workers, initializer=_start, initargs=(index, threshold, limit, as_of, column)) as pool:
        pending: deque[Any] = deque()
        for chunk in _chunks(reader, report):
            pending.append(pool.apply_async(_screen_chunk, (chunk,)))
            if len(pending) >= workers * MAX_PENDING_PER_WORKER:
                _write(pending.popleft().get(), writer, report, reader, on_progress)
        while pending:
            _write(pending.popleft().get(), writer, report, reader, on_progress)
    return report


def _write(
    result: tuple[list[dict[str, Any]], int, int],
    writer: TableWriter,
    report: BatchReport,
    reader: TableReader,
    on_progress: Callable[[int, int], None] | None,
) -> None:
    rows, scored, reused = result
    for out in rows:
        writer.write(out)
        report.rows += 1
        level = out["match_level"]
        report.strong += level == "strong"
        report.possible += level == "possible"
        report.empty += out["row_status"] == "empty"
    report.scored += scored
    report.reused += reused
    if on_progress is not None:
        on_progress(*reader.progress())


def screen_table_on_cores(
    reader: TableReader,
    writer: TableWriter,
    *,
    column: str,
    screener: Screener,
    as_of: date | None,
    workers: int,
    on_progress: Callable[[int, int], None] | None = None,
) -> BatchReport:
    """:func:`screen_table_in_processes` with ``screener``'s index and settings on ``workers`` processes,
    or :func:`undesirable.screening.screen_table` in this process for one."""
    if workers <= 1:
        return screen_table(reader, writer, column=column, screener=screener, as_of=as_of, on_progress=on_progress)
    return screen_table_in_processes(
        reader,
        writer,
        column=column,
        index=screener.index,
        threshold=screener.threshold,
        limit=screener.limit,
        as_of=as_of,
        workers=workers,
        on_progress=on_progress,
    )

"""Batch screening on every core: names in chunks to worker processes, rows written back in input order.

:func:`screen_table_in_processes` gives the same output as :func:`undesirable.screening.screen_table`,
row for row. This process reads the rows and keeps them; each worker gets a chunk of names (only the
screened cell and the row's error), returns the result columns, and the rows are written when their
turn comes. At most ``MAX_PENDING_PER_WORKER`` chunks per worker are in flight, so memory stays
flat on any input. Each worker keeps its own caches (a name repeated across chunks may be scored
once per worker). A name the matcher raises on is written as not screened (``row_status``
``failed``) and reported by its line, as in one process.

The workers screen with the kind of :class:`~undesirable.screening.Screener` they are given
(``screener_type``, a class importable by its name: a worker that does not inherit it imports it).

The workers share the built index: when this process runs no other thread they are forked from it
and inherit the index (and what its caches and the word caches already hold) without copying it;
otherwise (forking a threaded process is unsafe) they start from a ``forkserver`` (``spawn`` where
it is missing) and receive the index once each.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from undesirable.matching.index import MatchIndex
from undesirable.screening import RESULT_COLUMNS, BatchReport, Screener, screen_cell, screen_table
from undesirable.sources.table_writers import TableWriter
from undesirable.sources.tables import TableReader

CHUNK_ROWS = 4_000
"""Rows sent to a worker at once."""

MAX_PENDING_PER_WORKER = 3
"""Chunks waiting or being screened per worker, at most."""

PARALLEL_MIN_BYTES = 2_000_000
"""Inputs at least this large are screened on every core by default."""

_WORKER: dict[str, Any] = {}

Chunk = list[tuple[int, dict[str, Any], str | None]]
"""Rows as read: each row's line, its values and the reader's error."""


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def default_workers(size_bytes: int) -> int:
    """Every core for a large input (``PARALLEL_MIN_BYTES``), else 1 (this process)."""
    return available_cores() if size_bytes >= PARALLEL_MIN_BYTES else 1


def _start(
    index: MatchIndex | None, threshold: float, limit: int, as_of: date | None, screener_type: type[Screener]
) -> None:
    index = index if index is not None else _WORKER["index"]  # forked: inherited from the parent
    gc.freeze()  # the index and the inherited caches live as long as the worker: never scanned again
    _WORKER["screener"] = screener_type(index, threshold=threshold, limit=limit)
    _WORKER["as_of"] = as_of


def _screen_chunk(cells: list[tuple[str, str | None]]) -> tuple[list[tuple[str, ...]], int, int]:
    screener: Screener = _WORKER["screener"]
    scored, reused = screener.scored, screener.reused
    as_of = _WORKER["as_of"]
    out = [screen_cell(name, error, screener=screener, as_of=as_of) for name, error in cells]
    gc.freeze()  # what the caches keep of this chunk lives as long as the worker (see keep_out_of_collections)
    return out, screener.scored - scored, screener.reused - reused


def _chunks(reader: TableReader) -> Iterator[Chunk]:
    chunk: Chunk = []
    for record in reader:
        chunk.append((record.line, record.values, record.error))
        if len(chunk) >= CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _cells(chunk: Chunk, column: str) -> list[tuple[str, str | None]]:
    cells = []
    for _line, values, error in chunk:
        raw = values.get(column)
        cells.append(("" if raw is None else str(raw), error))
    return cells


def start_method() -> str:
    """How workers start now: ``fork`` when this process runs no other thread, else ``forkserver``
    (``spawn`` where it is missing)."""
    methods = multiprocessing.get_all_start_methods()
    if threading.active_count() == 1 and "fork" in methods:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


@contextmanager
def _pool(workers: int, index: MatchIndex, settings: tuple[float, int, date | None, type[Screener]]) -> Iterator[Any]:
    """A pool of ``workers`` processes ready to screen against ``index`` (see the module docstring);
    ``settings``: threshold, limit, as-of date and the screener's class."""
    method = start_method()
    if method != "fork":
        context = multiprocessing.get_context(method)
        with context.Pool(workers, initializer=_start, initargs=(index, *settings)) as pool:
            yield pool
        return
    _WORKER["index"] = index  # a worker forked now or later inherits it
    gc.freeze()  # the children share the parent's pages, untouched by its collections
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_start, initargs=(None, *settings)) as pool:
            gc.unfreeze()
            yield pool
    finally:
        gc.unfreeze()
        _WORKER.pop("index", None)


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
    screener_type: type[Screener] = Screener,
) -> BatchReport:
    """Screen every row of ``reader`` into ``writer`` on ``workers`` processes, in input order."""
    report = BatchReport()
    with _pool(workers, index, (threshold, limit, as_of, screener_type)) as pool:
        pending: deque[tuple[Chunk, Any]] = deque()
        for chunk in _chunks(reader):
            pending.append((chunk, pool.apply_async(_screen_chunk, (_cells(chunk, column),))))
            if len(pending) >= workers * MAX_PENDING_PER_WORKER:
                _write(*pending.popleft(), writer, report, reader, on_progress)
        while pending:
            _write(*pending.popleft(), writer, report, reader, on_progress)
    return report


def _write(
    chunk: Chunk,
    result: Any,
    writer: TableWriter,
    report: BatchReport,
    reader: TableReader,
    on_progress: Callable[[int, int], None] | None,
) -> None:
    screened, scored, reused = result.get()
    for (line, values, error), found in zip(chunk, screened, strict=True):
        out = {**values, **dict(zip(RESULT_COLUMNS, found, strict=True))}
        writer.write(out)
        report.count(line, out, error)
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
        screener_type=type(screener),
    )

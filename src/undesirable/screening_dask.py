"""Batch screening of very large files on a Dask cluster: CSV or Parquet in, a folder of part files out.

The streaming path (:func:`undesirable.screening.screen_table`) reads a file in one process. This
one cuts the file into partitions that the workers of a Dask cluster screen at the same time, with
the same :func:`~undesirable.screening.screen_table`, so the output is the streaming output cut into
part files, row for row, and the report has the same counts:

- CSV is cut into byte ranges that end where a record ends. A first pass on the workers counts the
  double quotes of each chunk, so a newline inside a quoted field is never taken for a boundary.
  Each range is parsed with the :mod:`csv` module as the streaming reader parses it: malformed rows
  are kept and flagged, and their line numbers, counted per range, are made global in the client.
  Encoding and delimiter are detected once by :class:`~undesirable.sources.tables.CsvReader`; the
  encoding must keep ``"\\n"`` and ``'"'`` as single bytes (not UTF-16).
- Parquet is cut at row-group boundaries and read with pyarrow, values as the streaming reader sees
  them. (``dask.dataframe`` is not used: its CSV reader cuts blocks at any newline, pandas drops or
  silently pads malformed rows without line numbers, and turns nullable integers into floats.)

The match index is built once in the client and pickled once; the bytes are scattered to the
workers, each of which unpickles them once (cached by digest) and keeps one
:class:`~undesirable.screening.Screener` per thread, so an identical name is scored once per worker.
Workers write their part files straight into the output folder and return only counts: memory
stays flat everywhere. Input and output paths must be visible to every worker at the same path.
Dask is imported only here, and only when a cluster is used.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import logging
import os
import pickle
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from undesirable.errors import Location, SourceError, UndesirableError, UsageError
from undesirable.matching.match import POSSIBLE_THRESHOLD
from undesirable.screening import RESULT_COLUMNS, BatchReport, Screener, screen_table
from undesirable.sources.table_writers import open_table_writer
from undesirable.sources.tables import EXTRA_COLUMN, CsvReader, ParquetReader, TableRecord

if TYPE_CHECKING:
    from distributed import Client

    from undesirable.matching.index import MatchIndex

DEFAULT_PARTITION_BYTES = 64 * 1024 * 1024
SURVEY_READ_BYTES = 8 * 1024 * 1024  # a survey task reads its chunk in pieces of this size
PARQUET_BATCH_ROWS = 8192
WORKER_INDEXES_KEPT = 2  # match indexes a worker keeps (a new register version evicts the oldest)
CONNECT_TIMEOUT_SECONDS = 10
LOCAL_HOST = "127.0.0.1"  # a local cluster listens on loopback only
OTHER_FORMATS = (".xlsx", ".jsonl", ".ndjson")
_SENTINEL = "\x01\n"  # a line after a surveyed range: read as its own record only outside quotes
_QUOTED = -1  # the last of a range's record ends when the range ends inside a quoted field
_LONE_CR = re.compile(rb"(?<=\r)(?!\n)")
REPORT_FILE = "_report.json"  # readers of Parquet/CSV folders skip names starting with "_"


@dataclass(frozen=True)
class DaskInput:
    """A file checked for screening on a cluster: its format, columns and, for CSV, text dialect."""

    path: Path
    kind: str  # "csv" or "parquet"
    columns: tuple[str, ...]
    total: int  # bytes (CSV) or rows (Parquet), the unit of progress
    encoding: str = "utf-8"
    delimiter: str = ","


@dataclass(frozen=True)
class _Part:
    number: int
    start: int  # CSV: byte range; Parquet: first row (0-based) and its row groups
    end: int
    row_groups: tuple[int, ...] = ()


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


def open_dask_input(path: Path, *, column: str) -> DaskInput:
    """Check that ``path`` is a CSV or Parquet file holding ``column``; detect a CSV's dialect."""
    suffix = path.suffix.lower()
    if suffix in OTHER_FORMATS:
        raise UsageError(f"--dask screens CSV or Parquet files, not {suffix}; screen this file without --dask")
    if not path.is_file():
        raise SourceError("no such file", location=Location(str(path)))
    if suffix in (".parquet", ".pq"):
        parquet = ParquetReader(path)
        source = DaskInput(path, "parquet", tuple(parquet.columns), parquet.total)
    else:
        reader = CsvReader(path)
        _close_csv(reader)
        if not _is_ascii_compatible(reader.encoding):
            raise UsageError(f"--dask cannot cut {reader.encoding} text; convert the file to UTF-8 first")
        source = DaskInput(path, "csv", tuple(reader.columns), reader.total, reader.encoding, reader.delimiter)
    if column not in source.columns:
        found = ", ".join(repr(c) for c in source.columns[:20]) or "none"
        raise SourceError(f"no column {column!r} (columns: {found})", location=Location(str(path), 1))
    return source


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
    source: DaskInput,
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
    from undesirable.names.normalize import export_vocabulary

    output.mkdir(parents=True, exist_ok=True)
    payload = pickle.dumps((index, export_vocabulary()), protocol=pickle.HIGHEST_PROTOCOL)
    settings = (column, as_of, threshold, str(output))
    try:
        parts = (
            _plan_csv(client, source, partition_size) if source.kind == "csv" else _plan_parquet(source, partition_size)
        )
        found = _screen_parts(client, source, parts, payload, settings, on_progress)
    except UndesirableError:
        raise
    except Exception as exc:
        raise UndesirableError(f"screening on the Dask cluster failed: {type(exc).__name__}: {exc}") from exc
    report = _merge_reports([found[part.number] for part in parts])
    report.partitions, report.workers = len(parts), len(client.scheduler_info()["workers"])
    (output / REPORT_FILE).write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1), "utf-8")
    return report


def _screen_parts(
    client: Client,
    source: DaskInput,
    parts: list[_Part],
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


def describe_worker_cache() -> dict[str, int]:
    """What this process keeps: match indexes, their unpickling so far, and screeners (one per thread)."""
    return {"indexes": len(_INDEXES), "unpickled": _UNPICKLED[0], "screeners": len(_SCREENERS)}


def _merge_reports(parts: list[tuple[BatchReport, int]]) -> DaskReport:
    total = DaskReport()
    lines_before = 0
    for part, lines in parts:
        total.rows += part.rows
        total.strong += part.strong
        total.possible += part.possible
        total.empty += part.empty
        total.scored += part.scored
        total.reused += part.reused
        total.malformed.extend((lines_before + line, error) for line, error in part.malformed)
        lines_before += lines
    return total


# Planning: where the partitions begin and end.


def _plan_csv(client: Client, source: DaskInput, partition_size: int) -> list[_Part]:
    """Byte ranges that each begin where a record begins, found by a survey on the workers."""
    if source.total <= partition_size:
        return [_Part(0, 0, source.total)]
    count = -(-source.total // partition_size)
    surveys = client.gather(
        client.map(_survey_region, [source] * count, range(count), [partition_size] * count, pure=False)
    )
    bounds = _choose_bounds(surveys, source.total)
    ends = [*bounds[1:], source.total]
    return [_Part(number, start, end) for number, (start, end) in enumerate(zip(bounds, ends, strict=True))]


Survey = tuple[tuple[int | None, bool], tuple[int | None, bool]]


def _choose_bounds(surveys: list[Survey], total: int) -> list[int]:
    """Where partitions begin: 0, then the first record start in each later region.

    A region's survey holds, for a start outside and inside a quoted field, the first record end in
    it and whether the region ends inside quotes; the true start of region 0 is outside.
    """
    bounds = [0]
    quoted = False
    for number, runs in enumerate(surveys):
        first_end, quoted = runs[quoted]
        if number and first_end is not None and bounds[-1] < first_end < total:
            bounds.append(first_end)
    return bounds


def _plan_parquet(source: DaskInput, partition_size: int) -> list[_Part]:
    """Runs of whole row groups of about ``partition_size`` uncompressed bytes each."""
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(source.path).metadata
    parts: list[_Part] = []
    groups: list[int] = []
    first = row = size = 0
    for number in range(metadata.num_row_groups):
        group = metadata.row_group(number)
        groups.append(number)
        row += group.num_rows
        size += group.total_byte_size
        if size >= partition_size:
            parts.append(_Part(len(parts), first, row, tuple(groups)))
            groups, first, size = [], row, 0
    if groups or not parts:
        parts.append(_Part(len(parts), first, row, tuple(groups)))
    return parts


def _survey_region(source: DaskInput, number: int, size: int) -> Survey:
    """Region ``number`` (from the line start after byte ``number * size`` to the one after the next
    such mark), parsed as the streaming reader would from outside and from inside a quoted field.

    Both parses usually reach a common record end within a few lines; from there they are the same
    parse, so only one goes on to the region's end.
    """
    start = 0 if number == 0 else _after_newline(source.path, number * size)
    end = min(_after_newline(source.path, (number + 1) * size), source.total)
    if start >= end:
        return (None, False), (None, True)
    plain, inside = _record_ends(source, start, end, quoted=False), _record_ends(source, start, end, quoted=True)
    a, b = next(plain, None), next(inside, None)
    firsts = [None if x in (None, _QUOTED) else x for x in (a, b)]
    while a is not None and b is not None and _QUOTED not in (a, b) and a != b:
        if a < b:
            a = next(plain, None)
        else:
            b = next(inside, None)
    if a is not None and a == b and a != _QUOTED:
        quoted = _QUOTED in plain
        return (firsts[0], quoted), (firsts[1], quoted)
    return (firsts[0], a == _QUOTED or _QUOTED in plain), (firsts[1], b == _QUOTED or _QUOTED in inside)


def _after_newline(path: Path, offset: int) -> int:
    """The offset just after the first newline at or after ``offset`` (or the file's end)."""
    with path.open("rb") as handle:
        handle.seek(offset)
        while piece := handle.read(SURVEY_READ_BYTES):
            found = piece.find(b"\n")
            if found >= 0:
                return offset + found + 1
            offset += len(piece)
    return offset


def _record_ends(source: DaskInput, start: int, end: int, *, quoted: bool) -> Iterator[int]:
    """Offsets after each record of ``[start, end)``, parsed from a record start or inside quotes.

    Lines are cut and decoded as the streaming reader cuts and decodes them. A sentinel line after
    the range tells the state at its end: ``_QUOTED`` comes last when the range ends inside quotes.
    """
    import csv

    done = [start, 0]  # offset after the lines read so far; whether the sentinel was read

    def lines() -> Iterator[str]:
        decoder = codecs.getincrementaldecoder(source.encoding)(errors="replace")
        prefix = '"' if quoted else ""
        for raw in _byte_lines(source.path, start, end):
            done[0] += len(raw)
            yield prefix + decoder.decode(raw, final=done[0] >= source.total).replace("\x00", "")
            prefix = ""
        done[1] = 1
        yield _SENTINEL

    reader = csv.reader(lines(), delimiter=source.delimiter)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            row = None
        if done[1]:
            if row != [_SENTINEL.strip()]:
                yield _QUOTED
            return
        yield done[0]


def _byte_lines(path: Path, start: int, end: int) -> Iterator[bytes]:
    """The lines of ``[start, end)`` cut at ``\\n``, ``\\r\\n`` and a lone ``\\r``, like ``newline=""``."""
    with path.open("rb") as handle:
        stream = io.BufferedReader(_RangeFile(handle, start, end), SURVEY_READ_BYTES)
        for line in stream:
            if b"\r" in line[:-2]:
                yield from (piece for piece in _LONE_CR.split(line) if piece)
            else:
                yield line


# Work done on the workers.

_INDEXES: OrderedDict[str, MatchIndex] = OrderedDict()
_SCREENERS: dict[tuple[str, float, int], Screener] = {}
_UNPICKLED = [0]
_LOCK = threading.Lock()


def _screen_part(
    source: DaskInput, part: _Part, digest: str, payload: bytes, settings: tuple[str, date | None, float, str, int]
) -> tuple[int, BatchReport, int]:
    """Screen one partition into its part file; its number, report (local line numbers) and lines read."""
    column, as_of, threshold, folder, width = settings
    screener = _worker_screener(digest, payload, threshold)
    scored, reused = screener.scored, screener.reused
    suffix = ".csv" if folder.lower().endswith(".csv") else ".parquet"
    name = f"part-{part.number:0{width}d}{suffix}"
    temporary = Path(folder) / f"_tmp-{name}"
    reader = _CsvRange(source, part) if source.kind == "csv" else _ParquetRange(source, part)
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
    from undesirable.names.normalize import restore_vocabulary

    key = (digest, threshold, threading.get_ident())
    with _LOCK:
        screener = _SCREENERS.get(key)
        if screener is not None:
            return screener
        index = _INDEXES.get(digest)
        if index is None:
            index, vocabulary = pickle.loads(payload)
            restore_vocabulary(vocabulary)
            _UNPICKLED[0] += 1
            _INDEXES[digest] = index
            while len(_INDEXES) > WORKER_INDEXES_KEPT:
                old, _ = _INDEXES.popitem(last=False)
                for stale in [k for k in _SCREENERS if k[0] == old]:
                    del _SCREENERS[stale]
        screener = _SCREENERS[key] = Screener(index, threshold=threshold)
        return screener


class _RangeFile(io.RawIOBase):
    """The bytes ``[start, end)`` of a file."""

    def __init__(self, handle: io.BufferedReader, start: int, end: int) -> None:
        handle.seek(start)
        self.handle = handle
        self.left = end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.left <= 0:
            return 0
        view = memoryview(buffer)[: min(len(buffer), self.left)]
        count = self.handle.readinto(view) or 0
        self.left -= count
        return count


class _CsvRange:
    """The records of one byte range of a CSV file, as :class:`CsvReader` yields them; lines counted from 1."""

    def __init__(self, source: DaskInput, part: _Part) -> None:
        self.source = source
        self.part = part
        self.columns = list(source.columns)
        self.lines = 0

    def progress(self) -> tuple[int, int]:
        return 0, self.part.end - self.part.start

    def __iter__(self) -> Iterator[TableRecord]:
        import csv

        width, delimiter = len(self.columns), self.source.delimiter
        with self.source.path.open("rb") as handle:
            raw = io.BufferedReader(_RangeFile(handle, self.part.start, self.part.end))
            stream = io.TextIOWrapper(raw, encoding=self.source.encoding, errors="replace", newline="")
            reader = csv.reader((line.replace("\x00", "") for line in stream), delimiter=delimiter)
            if self.part.number == 0:
                next(reader, None)  # the header
            while True:
                line = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    yield TableRecord(line, dict.fromkeys(self.columns, ""), f"unreadable CSV row: {exc}")
                    continue
                if not any(cell.strip() for cell in row):
                    continue
                values = dict(zip(self.columns, row, strict=False))
                if len(row) == width:
                    yield TableRecord(line, values)
                    continue
                values.update({c: "" for c in self.columns[len(row) :]})
                if len(row) > width:
                    values[EXTRA_COLUMN] = delimiter.join(row[width:])
                yield TableRecord(line, values, f"expected {width} fields, found {len(row)}")
            self.lines = reader.line_num


class _ParquetRange:
    """The rows of some row groups of a Parquet file, as :class:`ParquetReader` yields them."""

    def __init__(self, source: DaskInput, part: _Part) -> None:
        self.source = source
        self.part = part
        self.columns = list(source.columns)
        self.lines = 0

    def progress(self) -> tuple[int, int]:
        return 0, self.part.end - self.part.start

    def __iter__(self) -> Iterator[TableRecord]:
        import pyarrow.parquet as pq

        if not self.part.row_groups:
            return
        batches = pq.ParquetFile(self.source.path).iter_batches(
            batch_size=PARQUET_BATCH_ROWS, row_groups=list(self.part.row_groups)
        )
        for batch in batches:
            for values in batch.to_pylist():
                self.lines += 1
                yield TableRecord(self.lines, {k: "" if v is None else v for k, v in values.items()})


def _is_ascii_compatible(encoding: str) -> bool:
    """Whether newlines, quotes and delimiters are single ASCII bytes in ``encoding`` (not in UTF-16)."""
    encoder = codecs.getincrementalencoder(encoding)()
    encoder.encode("x")  # a byte order mark, if any, comes with the first text
    return encoder.encode('\n";,\t|') == b'\n";,\t|'


def _close_csv(reader: CsvReader) -> None:
    """Release the file a :class:`CsvReader` opened (its generator closes it once started)."""
    records = cast("Generator[TableRecord, None, None]", iter(reader))
    next(records, None)
    records.close()

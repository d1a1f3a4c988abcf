"""Reading one CSV or Parquet file in independent ranges, each as the streaming readers would read it.

Large files are screened in partitions by separate processes (see :mod:`undesirable.screening_dask`);
each range must yield exactly the records that :mod:`undesirable.sources.tables` yields for it, so
the ranges together give the whole file, row for row, malformed rows and line numbers included.

- A CSV file is cut into byte ranges that begin where a record begins. Finding such a place needs
  the parser's state there (a newline inside a quoted field is no boundary), and that state depends
  on everything before it. So the file is surveyed in regions that can be read at the same time:
  each region, from a line start to a line start, is parsed twice, as if it began outside and
  inside a quoted field, giving for each case its first record end and whether it ends inside
  quotes; the states are then chained from the file's start (:func:`choose_csv_bounds`). The
  survey cuts lines and decodes them as the streaming reader does, so even malformed quoting cuts
  where that reader would. Encodings must keep ASCII bytes as they are (UTF-8, cp1251, koi8-r...:
  not UTF-16).
- A Parquet file is cut at row-group boundaries.

Line numbers are counted from 1 in each range; each reader tells how many lines it read, so the
caller can make them global.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from undesirable.errors import Location, SourceError
from undesirable.sources.tables import (
    CsvReader,
    ParquetReader,
    TableRecord,
    iter_csv_records,
    open_csv_reader,
)

SURVEY_READ_BYTES = 8 * 1024 * 1024  # a survey reads its region in pieces of this size
if TYPE_CHECKING:
    from undesirable.sources.parquet_ranges import ParquetRangeReader

PARQUET_BATCH_ROWS = 8192
_SENTINEL = "\x01\n"  # a line after a surveyed range: read as its own record only outside quotes
_QUOTED = -1  # the last of a range's record ends when the range ends inside a quoted field
_LONE_CR = re.compile(rb"(?<=\r)(?!\n)")

Survey = tuple[tuple[int | None, bool], tuple[int | None, bool]]


@dataclass(frozen=True)
class TableSource:
    """A CSV or Parquet file ready to be read in ranges: its format, columns and, for CSV, text dialect."""

    path: Path
    kind: str  # "csv" or "parquet"
    columns: tuple[str, ...]
    total: int  # bytes (CSV) or rows (Parquet)
    encoding: str = "utf-8"
    delimiter: str = ","


@dataclass(frozen=True)
class TableRange:
    """One range: bytes ``[start, end)`` of a CSV file, or rows ``[start, end)`` in whole row groups."""

    number: int
    start: int
    end: int
    row_groups: tuple[int, ...] = ()


def open_table_source(path: Path, *, column: str) -> TableSource:
    """Check that ``path`` (CSV unless it ends .parquet/.pq) has ``column``; detect a CSV's dialect."""
    if not path.is_file():
        raise SourceError("no such file", location=Location(str(path)))
    if path.suffix.lower() in (".parquet", ".pq"):
        parquet = ParquetReader(path)
        source = TableSource(path, "parquet", tuple(parquet.columns), parquet.total)
    else:
        reader = CsvReader(path)
        _close_csv(reader)
        if not _is_ascii_compatible(reader.encoding):
            raise SourceError(
                f"{reader.encoding} text cannot be cut in ranges; convert it to UTF-8", location=Location(str(path))
            )
        source = TableSource(path, "csv", tuple(reader.columns), reader.total, reader.encoding, reader.delimiter)
    if column not in source.columns:
        found = ", ".join(repr(c) for c in source.columns[:20]) or "none"
        raise SourceError(f"no column {column!r} (columns: {found})", location=Location(str(path), 1))
    return source


def count_csv_regions(source: TableSource, size: int) -> int:
    """How many regions of about ``size`` bytes :func:`survey_csv_region` reads."""
    return max(1, -(-source.total // size))


def plan_csv_ranges(bounds: list[int], total: int) -> list[TableRange]:
    """The ranges between consecutive ``bounds``, the last one ending at ``total``."""
    ends = [*bounds[1:], total]
    return [TableRange(number, start, end) for number, (start, end) in enumerate(zip(bounds, ends, strict=True))]


def read_range(source: TableSource, part: TableRange) -> CsvRangeReader | ParquetRangeReader:
    """A reader of the records of one range (a :class:`~undesirable.sources.tables.TableReader`)."""
    from undesirable.sources.parquet_ranges import ParquetRangeReader

    return CsvRangeReader(source, part) if source.kind == "csv" else ParquetRangeReader(source, part)


def choose_csv_bounds(surveys: list[Survey], total: int) -> list[int]:
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


def survey_csv_region(source: TableSource, number: int, size: int) -> Survey:
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


def _record_ends(source: TableSource, start: int, end: int, *, quoted: bool) -> Iterator[int]:
    """Offsets after each record of ``[start, end)``, parsed from a record start or inside quotes.

    Lines are cut and decoded as the streaming reader cuts and decodes them. A sentinel line after
    the range tells the state at its end: ``_QUOTED`` comes last when the range ends inside quotes.
    """
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

    reader = open_csv_reader(lines(), delimiter=source.delimiter)
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


class RangeReader:
    """What every reader of one part of a table shares: its source, its part and the progress it reports."""

    def __init__(self, source: TableSource, part: TableRange) -> None:
        self.source = source
        self.part = part
        self.columns = list(source.columns)
        self.lines = 0

    def progress(self) -> tuple[int, int]:
        return 0, self.part.end - self.part.start


class CsvRangeReader(RangeReader):
    """The records of one byte range of a CSV file, as :class:`CsvReader` yields them; lines counted from 1."""

    def __iter__(self) -> Iterator[TableRecord]:
        delimiter = self.source.delimiter
        with self.source.path.open("rb") as handle:
            raw = io.BufferedReader(_RangeFile(handle, self.part.start, self.part.end))
            stream = io.TextIOWrapper(raw, encoding=self.source.encoding, errors="replace", newline="")
            reader = open_csv_reader(stream, delimiter=delimiter)
            if self.part.number == 0:
                next(reader, None)  # the header
            yield from iter_csv_records(reader, columns=self.columns, delimiter=delimiter)
            self.lines = reader.line_num


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

"""Streaming readers and writers of name lists: CSV, XLSX, Parquet and JSON lines.

Readers yield one :class:`TableRecord` per data row, with its line (or row) number, all its
columns, and an ``error`` when the row is malformed: a malformed row is reported and kept, never
dropped. CSV encodings (UTF-8, cp1251, koi8-r...) and delimiters are detected from a sample; files
are read in a stream, so memory stays flat whatever their size.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

if TYPE_CHECKING:
    from _csv import Reader as _csv_reader

from undesirable.errors import Location, SourceError
from undesirable.sources.encodings import count_utf8_errors, is_mostly_utf8

SAMPLE_BYTES = 256 * 1024
DELIMITERS = ",;\t|"
PARQUET_BATCH_ROWS = 8192
CSV_FIELD_LIMIT = 131_072  # characters in one CSV field; a longer one is a malformed row
EXTRA_COLUMN = "_extra_fields"
RAW_COLUMN = "_raw_line"


@dataclass(frozen=True)
class TableRecord:
    line: int
    values: dict[str, Any]
    error: str | None = None


class TableReader(Protocol):
    columns: list[str]

    def __iter__(self) -> Iterator[TableRecord]: ...

    def progress(self) -> tuple[int, int]:
        """Bytes (or rows) done and in all, for a progress bar."""
        ...


class _CountingFile(io.RawIOBase):
    """A binary file that counts what has been read from it (the progress of a stream)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.done = 0

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        """Close the file underneath too (closing the text wrapper on top closes this)."""
        if not self.closed:
            self.raw.close()
        super().close()

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.done += len(data)
        return len(data)


def open_csv_reader(stream: Iterable[str], *, delimiter: str) -> _csv_reader:
    """A csv reader over ``stream`` with NUL characters dropped and the project's field limit.

    The limit is process-wide in Python's csv module and other libraries change it on import, so it
    is set again here: what counts as a malformed row must not depend on what else was imported.
    """
    csv.field_size_limit(CSV_FIELD_LIMIT)
    return csv.reader((line.replace("\x00", "") for line in stream), delimiter=delimiter)


def iter_csv_records(reader: _csv_reader, *, columns: list[str], delimiter: str) -> Iterator[TableRecord]:
    """Every non-blank row of ``reader`` as a record; a row of the wrong width or one the csv
    module cannot read is kept with its line number and flagged, never dropped."""
    width = len(columns)
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield TableRecord(line, dict.fromkeys(columns, ""), f"unreadable CSV row: {exc}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        values = dict(zip(columns, row, strict=False))
        if len(row) == width:
            yield TableRecord(line, values)
            continue
        values.update({c: "" for c in columns[len(row) :]})
        if len(row) > width:
            values[EXTRA_COLUMN] = delimiter.join(row[width:])
        yield TableRecord(line, values, f"expected {width} fields, found {len(row)}")


def detect_encoding(sample: bytes) -> str:
    """UTF-8 when the sample is (mostly) UTF-8, else the best guess of charset-normalizer."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if is_mostly_utf8(sample):  # a few bad bytes in a UTF-8 file are replaced and reported, not a reason to guess
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["cp1251", "koi8_r", "cp866", "latin_1", "utf_16"]).best()
    return best.encoding if best is not None else "cp1251"


class CsvReader:
    """A delimited text file with a header row; encoding and delimiter detected."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.total = path.stat().st_size
        with path.open("rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
        if b"\x00" in sample[:4096] and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise SourceError("binary data, not a text table", location=Location(str(path)))
        self.encoding = detect_encoding(sample)
        text = sample.decode(self.encoding, errors="replace")
        self.warnings: list[str] = []
        if self.encoding == "utf-8" and (invalid := count_utf8_errors(sample)[1]):
            self.warnings.append(
                f"{path}: {invalid} invalid UTF-8 byte sequence(s) in the first {len(sample):,} bytes;"
                " read as UTF-8, shown as U+FFFD"
            )
        try:
            self.delimiter = csv.Sniffer().sniff(text.split("\n", 20)[0], delimiters=DELIMITERS).delimiter
        except csv.Error:
            self.delimiter = ","
        self._file = _CountingFile(path.open("rb"))
        stream = io.TextIOWrapper(io.BufferedReader(self._file), encoding=self.encoding, errors="replace", newline="")
        self._reader = open_csv_reader(stream, delimiter=self.delimiter)
        try:
            self.columns = [c.strip() for c in next(self._reader)]
        except StopIteration:
            self.columns = []

    def progress(self) -> tuple[int, int]:
        return self._file.done, self.total

    def __iter__(self) -> Iterator[TableRecord]:
        try:
            yield from iter_csv_records(self._reader, columns=self.columns, delimiter=self.delimiter)
        finally:
            self.close()

    def close(self) -> None:
        """Release the file (iterating to the end does it too)."""
        self._file.raw.close()


class XlsxReader:
    """The first sheet of a workbook; the first row holds the column names."""

    def __init__(self, path: Path) -> None:
        import openpyxl

        try:
            self._book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise SourceError(f"not a readable xlsx workbook ({exc})", location=Location(str(path))) from exc
        self._rows = self._book.worksheets[0].iter_rows(values_only=True)
        header = next(self._rows, ())
        self.columns = [str(c).strip() if c is not None else f"column_{i + 1}" for i, c in enumerate(header)]
        self.total = max(self._book.worksheets[0].max_row or 1, 1)
        self.done = 1

    def progress(self) -> tuple[int, int]:
        return self.done, self.total

    def __iter__(self) -> Iterator[TableRecord]:
        try:
            for line, row in enumerate(self._rows, start=2):
                self.done = line
                if all(v is None or str(v).strip() == "" for v in row):
                    continue
                values = {c: ("" if v is None else v) for c, v in zip(self.columns, row, strict=False)}
                extra = [v for v in row[len(self.columns) :] if v not in (None, "")]
                if extra:
                    values[EXTRA_COLUMN] = " | ".join(map(str, extra))
                    yield TableRecord(line, values, f"expected {len(self.columns)} fields, found more")
                else:
                    yield TableRecord(line, values)
        finally:
            self.close()

    def close(self) -> None:
        """Release the workbook (iterating to the end does it too); the row reader first, which holds
        the sheet's file open inside the workbook's archive."""
        self._rows.close()
        self._book.close()


class ParquetReader:
    """A Parquet file, read in batches of rows."""

    def __init__(self, path: Path) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise SourceError(
                "reading Parquet needs pyarrow: pip install 'undesirable[parquet]'", location=Location(str(path))
            ) from exc
        try:
            self._file = pq.ParquetFile(path)
        except Exception as exc:
            raise SourceError(f"not a readable Parquet file ({exc})", location=Location(str(path))) from exc
        self.columns = list(self._file.schema_arrow.names)
        self.total = self._file.metadata.num_rows
        self.done = 0

    def progress(self) -> tuple[int, int]:
        return self.done, self.total

    def __iter__(self) -> Iterator[TableRecord]:
        for batch in self._file.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            for values in batch.to_pylist():
                self.done += 1
                yield TableRecord(self.done, {k: "" if v is None else v for k, v in values.items()})


class JsonLinesReader:
    """One JSON object per line; a line that is not one is kept, flagged, with its text."""

    def __init__(self, path: Path, *, column: str) -> None:
        self.path = path
        self.total = path.stat().st_size
        self._file = _CountingFile(path.open("rb"))
        self.columns = [column]

    def progress(self) -> tuple[int, int]:
        return self._file.done, self.total

    def __iter__(self) -> Iterator[TableRecord]:
        stream = io.TextIOWrapper(io.BufferedReader(self._file), encoding="utf-8", errors="replace")
        try:
            for line, text in enumerate(stream, start=1):
                if not text.strip():
                    continue
                try:
                    item = json.loads(text)
                except json.JSONDecodeError as exc:
                    yield TableRecord(line, {RAW_COLUMN: text.rstrip("\n")}, f"not JSON: {exc.msg}")
                    continue
                if not isinstance(item, dict):
                    yield TableRecord(line, {RAW_COLUMN: text.rstrip("\n")}, "not a JSON object")
                    continue
                for key in item:
                    if key not in self.columns:
                        self.columns.append(key)
                yield TableRecord(line, item)
        finally:
            stream.close()


def open_table(path: Path, *, column: str) -> TableReader:
    """A streaming reader for ``path`` chosen by its suffix; the name column must exist."""
    if not path.is_file():
        raise SourceError("no such file", location=Location(str(path)))
    suffix = path.suffix.lower()
    reader: TableReader
    if suffix == ".xlsx":
        reader = XlsxReader(path)
    elif suffix in (".parquet", ".pq"):
        reader = ParquetReader(path)
    elif suffix in (".jsonl", ".ndjson"):
        return JsonLinesReader(path, column=column)
    else:
        reader = CsvReader(path)
    if column not in reader.columns:
        close = getattr(reader, "close", None)
        if close is not None:
            close()
        found = ", ".join(repr(c) for c in reader.columns[:20]) or "none"
        raise SourceError(f"no column {column!r} (columns: {found})", location=Location(str(path), 1))
    return reader

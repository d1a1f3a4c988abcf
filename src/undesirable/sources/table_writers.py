"""Streaming writers for screening results: CSV, XLSX, Parquet and JSON lines, by file suffix."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Protocol

PARQUET_BATCH_ROWS = 8192
OTHER_COLUMN = "_other_fields"


class TableWriter(Protocol):
    def write(self, values: dict[str, Any]) -> None: ...

    def close(self) -> None: ...


class CsvWriter:
    """UTF-8 CSV; columns fixed by the first row, later unknown fields kept as JSON in one column."""

    def __init__(self, path: Path, columns: list[str]) -> None:
        self._handle = path.open("w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._handle)
        self._columns = [*columns, OTHER_COLUMN]
        self._known = frozenset(self._columns)
        self._writer.writerow(self._columns)

    def write(self, values: dict[str, Any]) -> None:
        other = {k: v for k, v in values.items() if k not in self._known}
        row = [_text(values.get(c)) for c in self._columns[:-1]]
        row.append(json.dumps(other, ensure_ascii=False, default=str) if other else "")
        self._writer.writerow(row)

    def close(self) -> None:
        self._handle.close()


class JsonLinesWriter:
    def __init__(self, path: Path, columns: list[str]) -> None:
        del columns
        self._handle = path.open("w", encoding="utf-8")

    def write(self, values: dict[str, Any]) -> None:
        self._handle.write(json.dumps(values, ensure_ascii=False, default=str) + "\n")

    def close(self) -> None:
        self._handle.close()


class XlsxWriter:
    def __init__(self, path: Path, columns: list[str]) -> None:
        import openpyxl

        self._path = path
        self._book = openpyxl.Workbook(write_only=True)
        self._sheet = self._book.create_sheet("screened")
        self._columns = columns
        self._sheet.append(columns)

    def write(self, values: dict[str, Any]) -> None:
        self._sheet.append([_text(values.get(c)) for c in self._columns])

    def close(self) -> None:
        self._book.save(self._path)


class ParquetWriter:
    """Every column written as text, in batches."""

    def __init__(self, path: Path, columns: list[str]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self._columns = columns
        self._schema = pa.schema([(c, pa.string()) for c in columns])
        self._writer = pq.ParquetWriter(path, self._schema)
        self._batch: list[dict[str, Any]] = []

    def write(self, values: dict[str, Any]) -> None:
        self._batch.append({c: _text(values.get(c)) for c in self._columns})
        if len(self._batch) >= PARQUET_BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._batch:
            self._writer.write_table(self._pa.Table.from_pylist(self._batch, schema=self._schema))
            self._batch = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


def open_table_writer(path: Path, columns: list[str]) -> TableWriter:
    """A writer for ``path``'s format (by suffix; CSV unless .xlsx, .parquet or .jsonl)."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return XlsxWriter(path, columns)
    if suffix in (".parquet", ".pq"):
        return ParquetWriter(path, columns)
    if suffix in (".jsonl", ".ndjson"):
        return JsonLinesWriter(path, columns)
    return CsvWriter(path, columns)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)

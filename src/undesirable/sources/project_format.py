"""The project's own register files, JSON and CSV: what ``export`` writes and ``import`` reads back.

Both carry the ten official columns (as typed values, dates ISO; a date known only to the month as
``YYYY-MM``; a № п/п not known for sure left empty) plus the organization id, its former ids and
the row's basis (``official`` or ``press``), and the version's actuality date-time: the JSON in its
header object, the CSV in an ``actuality`` column repeated on every row. The JSON's ``kind`` says
whether the data is the official list or a reconstruction, and an export keeps it. The bundled
reconstruction shipped in the package is such a JSON file.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from undesirable.errors import Location, SourceError
from undesirable.limits import DEFAULT_LIMITS, Limits
from undesirable.sources.cells import parse_datetime_cell
from undesirable.sources.formulas import neutralize_csv_cell, restore_csv_cell
from undesirable.sources.rows import RegisterRow, SourceFile, SourceKind
from undesirable.sources.validate import (
    DATE_KEYS,
    ROW_KEYS,
    build_register_row,
    check_row_count,
    check_unique_ordinals,
)

FORMAT_NAME = "undesirable-register"
FORMAT_VERSION = 1
EXTRA_KEYS = ("id", "basis", "former_ids")
CSV_COLUMNS = ("actuality", *ROW_KEYS, *EXTRA_KEYS, "kind")


def row_to_json(row: RegisterRow) -> dict[str, Any]:
    """One row in the project's JSON shape (dates ISO)."""
    out: dict[str, Any] = {}
    for key in ROW_KEYS:
        value = getattr(row, key)
        if key in DATE_KEYS and value is not None:
            value = value.strftime("%Y-%m") if key in row.month_dates else value.isoformat()
        out[key] = value
    out["id"] = row.org_id
    out["basis"] = row.basis
    out["former_ids"] = list(row.former_ids)
    return out


def dump_register_json(
    rows: Sequence[RegisterRow], *, actuality: datetime, kind: SourceKind, title: str = "", note: str | None = None
) -> str:
    """The whole file as JSON text."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "list": "ru-undesirable",
        "kind": kind,
        "actuality": actuality.isoformat(),
        "title": title,
        "note": note,
        "count": len(rows),
        "rows": [row_to_json(r) for r in rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def dump_register_csv(rows: Iterable[RegisterRow], *, actuality: datetime, kind: SourceKind = "export") -> str:
    """The whole file as UTF-8 CSV text with a header row (``kind`` repeated on every row)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        values = {key: neutralize_csv_cell(v) if isinstance(v, str) else v for key, v in row_to_json(row).items()}
        values["former_ids"] = ";".join(values["former_ids"])
        writer.writerow({"actuality": actuality.isoformat(), **values, "kind": kind})
    return buffer.getvalue()


def read_register_json_bytes(data: bytes, *, name: str, limits: Limits = DEFAULT_LIMITS) -> SourceFile:
    """Read the project's JSON register file."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"not valid JSON: {exc}", location=Location(name)) from exc
    except RecursionError:
        raise SourceError("not valid JSON: nested too deeply", location=Location(name)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise SourceError(f'not an {FORMAT_NAME} file (no "format": "{FORMAT_NAME}")', location=Location(name))
    actuality = parse_datetime_cell(document.get("actuality"))
    if actuality is None:
        raise SourceError('missing or invalid "actuality"', location=Location(name, None, "actuality"))
    items = document.get("rows")
    if not isinstance(items, list):
        raise SourceError('"rows" must be a list', location=Location(name, None, "rows"))
    check_row_count(len(items), limits=limits, file=name, line=len(items))
    rows = tuple(_row_from_mapping(item, name=name, line=i, limits=limits) for i, item in enumerate(items, start=1))
    check_unique_ordinals(rows, file=name, column="register_no")
    kinds: dict[object, SourceKind] = {"official": "official", "bundled": "bundled"}
    kind = kinds.get(document.get("kind"), "export")
    return SourceFile(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        actuality=actuality,
        rows=rows,
        kind=kind,
        title=str(document.get("title") or ""),
        note=document.get("note"),
    )


def read_register_csv_bytes(data: bytes, *, name: str, limits: Limits = DEFAULT_LIMITS) -> SourceFile:
    """Read the project's CSV register file (UTF-8, header row, ``actuality`` column)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not UTF-8 text: {exc}", location=Location(name)) from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("actuality", *ROW_KEYS) if c not in (reader.fieldnames or [])]
    if missing:
        raise SourceError(f"missing columns: {', '.join(missing)}", location=Location(name, 1))
    rows: list[RegisterRow] = []
    actualities: set[datetime] = set()
    kinds: set[str] = set()
    for line, item in enumerate(reader, start=2):
        kinds.add(item.get("kind") or "export")
        stamp = parse_datetime_cell(item.get("actuality"))
        if stamp is None:
            raise SourceError(
                f"invalid actuality {item.get('actuality')!r}", location=Location(name, line, "actuality")
            )
        actualities.add(stamp)
        check_row_count(len(rows) + 1, limits=limits, file=name, line=line)
        cells = {key: restore_csv_cell(v) if isinstance(v, str) else v for key, v in item.items()}
        rows.append(_row_from_mapping(cells, name=name, line=line, limits=limits))
    if len(actualities) != 1:
        raise SourceError(
            "the actuality column must hold one date-time on every row", location=Location(name, None, "actuality")
        )
    check_unique_ordinals(rows, file=name, column="register_no")
    kind: SourceKind = "bundled" if kinds == {"bundled"} else "export"
    return SourceFile(
        name=name, sha256=hashlib.sha256(data).hexdigest(), actuality=actualities.pop(), rows=tuple(rows), kind=kind
    )


def read_register_file(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> SourceFile:
    """Read any register file the project knows, by its content: official xlsx, JSON or CSV."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read the file: {exc.strerror}", location=Location(str(path))) from exc
    return read_register_bytes(data, name=str(path), limits=limits)


def read_register_bytes(data: bytes, *, name: str, limits: Limits = DEFAULT_LIMITS) -> SourceFile:
    """Pick the reader from the bytes: a zip is xlsx, ``{`` is JSON (the project's, or a saved REST
    answer of the ministry's service), a ``.csv`` name is CSV."""
    if data[:2] == b"PK" or name.lower().endswith(".xlsx"):
        from undesirable.sources.official_xlsx import read_official_xlsx_bytes

        return read_official_xlsx_bytes(data, name=name, limits=limits)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        from undesirable.sources.rest_json import is_rest_json, read_rest_json_bytes

        if is_rest_json(data):
            return read_rest_json_bytes(data, name=name)
        return read_register_json_bytes(data, name=name, limits=limits)
    if name.lower().endswith(".csv"):
        return read_register_csv_bytes(data, name=name, limits=limits)
    raise SourceError(
        "not a register file (expected the official xlsx, a saved REST answer, or the project's JSON or CSV)",
        location=Location(name),
    )


def _row_from_mapping(item: object, *, name: str, line: int, limits: Limits) -> RegisterRow:
    if not isinstance(item, Mapping):
        raise SourceError("each row must be an object", location=Location(name, line))
    basis = str(item.get("basis") or "official")
    former = item.get("former_ids") or ""
    former_ids = tuple(former) if isinstance(former, list) else tuple(f for f in str(former).split(";") if f)
    return build_register_row(
        item,
        file=name,
        line=line,
        column_names={k: k for k in ROW_KEYS},
        org_id=item.get("id") or None,
        basis=basis,
        number_optional=True,
        former_ids=tuple(str(f) for f in former_ids),
        limits=limits,
    )

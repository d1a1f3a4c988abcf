"""Read the register as the ministry's REST service serves it (``POST …/rest/registry/<id>/values``).

Each answer is a page ``{"values": [...], "size": N}``; each value carries the ten columns of the
official export as ``field_1_s`` … ``field_10_s`` in the export's order (``field_2_s`` the
inclusion order's date, ``field_5_s`` the raw name, ``field_10_s`` the status). A saved file is
one such object (all pages' values together), optionally with the moment it was fetched
(``fetched_at``, written by ``update --source rest``). The same validation as for the xlsx
applies: every row through :func:`undesirable.sources.validate.build_register_row`, errors naming
the file, the value's position and the field.

The service gives no actuality date-time. A file without ``fetched_at`` takes the latest date its
rows carry and says so in a warning: the list is known to be at least that recent.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from undesirable.errors import Location, SourceError
from undesirable.sources.cells import parse_datetime_cell
from undesirable.sources.rows import RegisterRow, SourceFile
from undesirable.sources.validate import DATE_KEYS, ROW_KEYS, build_register_row, check_unique_ordinals

FIELD_NAMES = {key: f"field_{index}_s" for index, key in enumerate(ROW_KEYS, start=1)}
"""``register_no`` -> ``field_1_s`` … ``status`` -> ``field_10_s``: the export's column order."""


def is_rest_document(document: object) -> bool:
    """Whether parsed JSON looks like a REST answer (an object with a ``values`` list)."""
    return isinstance(document, Mapping) and isinstance(document.get("values"), list)


def is_rest_json(data: bytes) -> bool:
    """Whether ``data`` is JSON text of a REST answer (and not the project's own format)."""
    try:
        return is_rest_document(json.loads(data.decode("utf-8-sig")))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def read_rest_json_bytes(data: bytes, *, name: str) -> SourceFile:
    """Read a saved REST answer (or the pages of one, merged) as an official source."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceError(f"not valid JSON: {exc}", location=Location(name)) from exc
    if not is_rest_document(document):
        raise SourceError('not a REST answer (no "values" list)', location=Location(name))
    fetched = document.get("fetched_at")
    actuality = parse_datetime_cell(fetched) if fetched else None
    if fetched and actuality is None:
        raise SourceError(f"fetched_at is not a date-time: {fetched!r}", location=Location(name, None, "fetched_at"))
    return source_from_rest_values(
        document["values"], name=name, sha256=hashlib.sha256(data).hexdigest(), actuality=actuality
    )


def source_from_rest_values(
    values: Sequence[object], *, name: str, sha256: str, actuality: datetime | None
) -> SourceFile:
    """Validate the values of every page and make them one official source."""
    size = len(values)
    rows = tuple(_row(value, name=name, position=i) for i, value in enumerate(values, start=1))
    check_unique_ordinals(rows, file=name, column=FIELD_NAMES["register_no"])
    warnings: list[str] = []
    if actuality is None:
        latest = max((d for r in rows for d in _dates(r)), default=None)
        if latest is None:
            raise SourceError("no fetched_at and no dated row: the version is unknown", location=Location(name))
        actuality = datetime(latest.year, latest.month, latest.day)
        warnings.append(
            f"{name}: no fetched_at; the version is taken as {latest:%d.%m.%Y}, the latest date in its {size} rows"
        )
    return SourceFile(
        name=name,
        sha256=sha256,
        actuality=actuality,
        rows=rows,
        kind="official",
        title="Реестр нежелательных организаций (REST)",
        warnings=tuple(warnings),
    )


def dump_rest_json(values: Sequence[object], *, fetched_at: datetime) -> bytes:
    """The pages fetched, as one saved REST file that ``import`` reads back."""
    document = {"fetched_at": fetched_at.isoformat(), "size": len(values), "values": list(values)}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _row(value: object, *, name: str, position: int) -> RegisterRow:
    if not isinstance(value, Mapping):
        raise SourceError("each value must be an object", location=Location(name, position))
    cells: dict[str, Any] = {key: value.get(field) for key, field in FIELD_NAMES.items()}
    return build_register_row(cells, file=name, line=position, column_names=FIELD_NAMES)


def _dates(row: RegisterRow) -> list[Any]:
    return [getattr(row, key) for key in DATE_KEYS if getattr(row, key) is not None]

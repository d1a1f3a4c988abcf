"""Snapshot operations: a new version of the list comes in, and everything that follows from it.

:func:`import_snapshot` is the one path for every way a file arrives (``undesirable import``,
``POST /api/snapshots``, the scheduled ``update``): import it as a snapshot in one transaction,
then, when it is new and current, screen every watchlist against it, record the notice, and
deliver pending notices to the subscriptions (webhooks, e-mail).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from undesirable.following.notify import Delivery, follow_import
from undesirable.following.watchlists import WatchHit
from undesirable.registry.importer import ImportResult
from undesirable.registry.registry import Registry
from undesirable.sources.project_format import read_register_bytes, read_register_file
from undesirable.sources.rows import SourceFile


@dataclass(frozen=True)
class SnapshotImport:
    """An import and what followed it: the notice (if any), new watchlist hits, deliveries."""

    result: ImportResult
    notice_id: int | None
    hits: tuple[WatchHit, ...]
    deliveries: tuple[Delivery, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            **self.result.to_json(),
            "notice_id": self.notice_id,
            "watchlist_hits": [h.to_json() for h in self.hits],
            "deliveries": [d.to_json() for d in self.deliveries],
        }


def import_snapshot(
    registry: Registry,
    source: SourceFile,
    *,
    origin: str,
    fetched_at: datetime | None = None,
    notify: bool = True,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    now: datetime | None = None,
) -> SnapshotImport:
    """Import ``source``; then (``notify``) screen watchlists, record the notice and deliver it."""
    result = registry.import_source(source, origin=origin, fetched_at=fetched_at)
    if not notify:
        return SnapshotImport(result, None, (), ())
    notice_id, hits, deliveries = follow_import(registry, result, transport=transport, sleep=sleep, now=now)
    return SnapshotImport(result, notice_id, tuple(hits), tuple(deliveries))


def import_snapshot_file(
    registry: Registry, path: Path, *, notify: bool = True, transport: httpx.BaseTransport | None = None
) -> SnapshotImport:
    """:func:`import_snapshot` of an official xlsx (or the project's JSON/CSV export) on disk."""
    return import_snapshot(registry, read_register_file(path), origin=str(path), notify=notify, transport=transport)


def import_snapshot_bytes(
    registry: Registry, data: bytes, *, name: str, origin: str, transport: httpx.BaseTransport | None = None
) -> SnapshotImport:
    """:func:`import_snapshot` of a register file held in memory (an upload, a download)."""
    source = read_register_bytes(data, name=name)
    return import_snapshot(registry, source, origin=origin, transport=transport)

"""Scans run where they cannot starve other requests: worker processes, or a thread of this one.

Scanning a long text is pure CPU work in Python. On a thread of the server process it holds the
interpreter lock in turns with every other request, so four large scans in flight slow a health
check or a name check down to a fifth of the machine. With ``UNDESIRABLE_SCAN_WORKERS=N`` (N > 0)
scans run in N worker processes instead: each opens the store once, keeps its own indexes (built
per store version, like the registry's), runs :func:`~undesirable.operations.screening.scan_text`
(audit included) and sends back the answer already encoded as JSON, so the server process only
passes bytes on. With 0 (the default) the scan runs on the calling thread.
"""

from __future__ import annotations

import json
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from datetime import date

from undesirable.operations.screening import scan_text
from undesirable.registry.registry import Registry
from undesirable.settings import Settings
from undesirable.store import open_store

_WORKER_REGISTRIES: dict[str, Registry] = {}
"""In a worker process: the registry of each store it was asked about (that process's own state)."""


class Scanner:
    """Runs scans for one app: in a pool of ``settings.scan_workers`` processes, or on the caller's thread."""

    def __init__(self, settings: Settings, registry: Registry) -> None:
        self.settings = settings
        self.registry = registry
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def scan_json(self, text: str, *, as_of: date | None, who: str | None) -> bytes:
        """The answer of ``scan_text`` as UTF-8 JSON (``{"as_of", "snapshot", "mentions", "truncated"}``),
        holding at most ``limits.mentions`` mentions."""
        if self.settings.scan_workers <= 0:
            limit = self.settings.limits.mentions
            return encode(scan_text(self.registry, text, as_of=as_of, who=who, limit=limit).to_json())
        return self._get_pool().submit(scan_in_worker, self.settings, text, as_of, who).result()

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None

    def _get_pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")  # a clean process: no threads, no open connections
                self._pool = ProcessPoolExecutor(self.settings.scan_workers, mp_context=context)
            return self._pool


def scan_in_worker(settings: Settings, text: str, as_of: date | None, who: str | None) -> bytes:
    """In a worker process: :func:`scan_text` over this process's registry of the store, as JSON."""
    registry = _WORKER_REGISTRIES.get(settings.database_url)
    if registry is None:
        registry = _WORKER_REGISTRIES[settings.database_url] = Registry(open_store(settings.database_url), settings)
    return encode(scan_text(registry, text, as_of=as_of, who=who, limit=settings.limits.mentions).to_json())


def encode(data: object) -> bytes:
    """JSON as the API sends it (UTF-8, no ASCII escapes)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

"""Long scans run where they cannot starve other requests: in worker processes; short ones on a thread.

Scanning a long text is pure CPU work in Python. On a thread of the server process it holds the
interpreter lock in turns with every other request, so four large scans in flight slow a health
check or a name check down to a fifth of the machine. So by default a text of at least
:data:`PROCESS_SCAN_CHARS` characters is scanned in a pool of worker processes, one per core (at
most :data:`~undesirable.settings.MAX_AUTO_SCAN_WORKERS`; ``UNDESIRABLE_SCAN_WORKERS=N`` sets N).
Each worker opens the store once, keeps its own indexes (built per store version, like the
registry's), runs :func:`~undesirable.operations.screening.scan_text` (audit included) and sends
back the answer already encoded as JSON, so the server process only passes bytes on; the workers
run at a lower CPU priority, so on a busy machine quick requests still go first. A shorter
text costs less than handing it over, and is scanned on the calling thread; with
``UNDESIRABLE_SCAN_WORKERS=0`` every text is. Either way the answer is the same bytes.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from datetime import date

from undesirable.operations.screening import scan_text
from undesirable.registry.registry import Registry
from undesirable.settings import MAX_AUTO_SCAN_WORKERS, Settings
from undesirable.store import open_store

PROCESS_SCAN_CHARS = 20_000
"""Texts at least this long go to the worker processes: some 20 ms of scanning and more, where the
interpreter lock starts to show in other requests' latency; a shorter text is scanned in place."""

WORKER_NICENESS = 10
"""How much lower the worker processes' CPU priority is than the server's (where the OS allows it):
when the cores are busy, a health check or a name check on the server goes before a scan's next slice."""

_WORKER_REGISTRIES: dict[str, Registry] = {}
"""In a worker process: the registry of each store it was asked about (that process's own state)."""


def scan_worker_count(settings: Settings) -> int:
    """How many worker processes scan long texts: ``settings.scan_workers``, else one per usable core
    (at most ``MAX_AUTO_SCAN_WORKERS``); 0 means none."""
    if settings.scan_workers is not None:
        return settings.scan_workers
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_AUTO_SCAN_WORKERS))


class Scanner:
    """Runs one app's scans: long texts in a pool of worker processes, short ones on the caller's thread."""

    def __init__(self, settings: Settings, registry: Registry) -> None:
        self.settings = settings
        self.registry = registry
        self.workers = scan_worker_count(settings)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def scan_json(self, text: str, *, as_of: date | None, who: str | None) -> bytes:
        """The answer of ``scan_text`` as UTF-8 JSON (``{"as_of", "snapshot", "mentions", "truncated"}``),
        holding at most ``limits.mentions`` mentions."""
        if self.workers <= 0 or len(text) < PROCESS_SCAN_CHARS:
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
                self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=lower_priority)
            return self._pool


def lower_priority() -> None:
    """In a new worker process: yield the CPU to the server process when both want it."""
    if hasattr(os, "nice"):
        try:
            os.nice(WORKER_NICENESS)
        except OSError:
            return  # not allowed here: the worker runs at the server's priority


def scan_in_worker(settings: Settings, text: str, as_of: date | None, who: str | None) -> bytes:
    """In a worker process: :func:`scan_text` over this process's registry of the store, as JSON."""
    registry = _WORKER_REGISTRIES.get(settings.database_url)
    if registry is None:
        registry = _WORKER_REGISTRIES[settings.database_url] = Registry(open_store(settings.database_url), settings)
    return encode(scan_text(registry, text, as_of=as_of, who=who, limit=settings.limits.mentions).to_json())


def encode(data: object) -> bytes:
    """JSON as the API sends it (UTF-8, no ASCII escapes)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

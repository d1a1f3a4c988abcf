"""The caches of one match index: what matching learns while it runs, bounded and thread-safe.

Every cache that matching keeps lives here, owned by the :class:`~undesirable.matching.index.MatchIndex`
it depends on (so it is dropped with it, and a new register state starts empty):

- ``results``: answers by query (whitespace collapsed), threshold and limit, so an identical
  name is scored once whoever asks (a batch, ``check``, the HTTP API, threads of one server);
- ``similar``: the register keys close in spelling or sound to one query word key;
- ``reach``: what one query word key can add to an entry's coverage bound, and to which entries
  (see :mod:`undesirable.matching.reach`);
- ``splits``: how one query word (text and key) reads as two register words glued together (see
  :func:`undesirable.matching.tables.split_glued`);
- ``assessed``: the entries one reading of a query's words reaches, each scored when first
  needed, before the factors that depend on how the query is written (see
  :mod:`undesirable.matching.candidates`);
- ``tables``: lookup tables derived from the index on first use (deletion neighbourhoods for
  the spelling search, the organizations' groups and legal forms), built once under a lock.

Reads and stores take no lock (a ``dict`` read or store is atomic in CPython); evictions and clearing do. Caches are
not pickled: an index sent to a worker process or kept on disk arrives with empty caches (the
disk cache keeps the spelling tables beside the index, see :func:`derived_tables`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

RESULT_CACHE_SIZE = 100_000
"""Distinct queries whose answers are remembered."""

SIMILAR_CACHE_SIZE = 200_000
"""Distinct query word keys whose close register keys are remembered."""

ASSESSED_CACHE_SIZE = 20_000
"""Distinct readings of queries' words whose scored entries are remembered."""


class BoundedCache(Generic[K, V]):
    """A thread-safe mapping of at most ``size`` items; the oldest stored goes first when full.

    ``get(key)`` is the value kept for ``key``, or None: the mapping's own lookup (one call, no
    lock: matching looks up far more than it stores).
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: dict[K, V] = {}
        self._lock = threading.Lock()
        self.get: Callable[[K], V | None] = self._data.get

    def __len__(self) -> int:
        return len(self._data)

    def put(self, key: K, value: V) -> None:
        """Keep ``value`` for ``key``, dropping the oldest items beyond ``size``. The store itself is
        one atomic operation of the mapping; only an eviction takes the lock (another thread may
        store while the oldest item is looked up: the lookup is then tried again)."""
        data = self._data
        data[key] = value
        if len(data) <= self.size:
            return
        with self._lock:
            while len(data) > self.size:
                try:
                    del data[next(iter(data))]
                except RuntimeError:  # the mapping grew while its first key was looked up
                    continue

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


class IndexCaches:
    """The caches and lazily derived tables of one match index (see the module docstring)."""

    def __init__(self) -> None:
        self.results: BoundedCache[tuple[str, float, int], list[Any]] = BoundedCache(RESULT_CACHE_SIZE)
        self.similar: BoundedCache[str, tuple[tuple[str, float], ...]] = BoundedCache(SIMILAR_CACHE_SIZE)
        self.reach: BoundedCache[str, tuple[float, dict[int, float] | None, float]] = BoundedCache(SIMILAR_CACHE_SIZE)
        self.splits: BoundedCache[tuple[str, str], tuple[Any, Any]] = BoundedCache(SIMILAR_CACHE_SIZE)
        self.assessed: BoundedCache[tuple[Any, ...], Any] = BoundedCache(ASSESSED_CACHE_SIZE)
        self._tables: dict[str, Any] = {}
        self._lock = threading.Lock()

    def table(self, name: str, build: Callable[[], V]) -> V:
        """The derived table ``name``, built by ``build`` on first use (once, whichever thread asks)."""
        found = self._tables.get(name)
        if found is None:
            with self._lock:
                found = self._tables.get(name)
                if found is None:
                    found = self._tables[name] = build()
        return found

    def remembered(self, name: str, key: Hashable, compute: Callable[[], V]) -> V:
        """The value of ``key`` in the derived table ``name`` (a dict), computed by ``compute`` the
        first time it is asked."""
        known: dict[Hashable, V] = self.table(name, dict)
        found = known.get(key)
        if found is None:
            found = known[key] = compute()
        return found

    def derived_tables(self) -> dict[str, Any]:
        """The derived tables built so far (each a pure function of the index), by name."""
        return dict(self._tables)

    def restore_tables(self, tables: dict[str, Any]) -> None:
        """Take tables that :meth:`derived_tables` gave for an identical index (the disk cache)."""
        with self._lock:
            for name, table in tables.items():
                self._tables.setdefault(name, table)

    def __reduce__(self) -> tuple[type[IndexCaches], tuple[()]]:
        return IndexCaches, ()

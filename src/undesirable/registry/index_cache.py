"""A disk cache of the match index, so a single ``check`` answers without rebuilding it.

Building the index costs more than the rest of a ``check`` together. The registry keeps it on disk
(under ``<data dir>/cache``) keyed on exactly what it is built from: the store (its URL, without
a password), every snapshot (ids and sha256: the answers merge every source, see
``registry/state.py``), the reviews applied on top, and the code and word lists that build it and
the registry code that merges the sources (by content). The spelling search's tables, derived from the
index, are kept beside it, so a ``check`` does not rebuild them either. Writes that do not change
those (an audit record, a watchlist, a notice) leave the cache valid; anything that does change
them makes a new key.

Within one process the indexes are also kept by the content they are built from
(:data:`SHARED_INDEXES`): a second registry over the same organizations (another store holding the
same register, a server's second connection) takes the built index instead of building it again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.engine import make_url

from undesirable.model import Organization
from undesirable.registry.review import reviews_version
from undesirable.registry.snapshots import read_snapshots
from undesirable.settings import Settings
from undesirable.store import Store

if TYPE_CHECKING:
    from undesirable.matching.index import MatchIndex
    from undesirable.scanning import ScanIndex

T = TypeVar("T")

CACHE_FORMAT = 4
CODE_PACKAGES = ("matching", "names", "scanning", "registry", "model.py", "data")
CODE_SUFFIXES = (".py", ".json", ".txt")


def cache_path(folder: Path, kind: str, *, database_url: str, state: Iterable[object]) -> Path:
    """Where the ``kind`` index of this store in this state is kept."""
    url = make_url(database_url).render_as_string(hide_password=True)
    parts = [str(CACHE_FORMAT), code_stamp(), url, *map(str, state)]
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]
    return folder / f"{kind}-{digest}.pickle"


def load_cached(path: Path) -> Any | None:
    """What :func:`save_cached` stored at ``path``, or None."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def save_cached(path: Path, payload: Any) -> None:
    """Keep ``payload`` at ``path``; older entries of the same kind are removed."""
    kind = path.name.split("-", 1)[0]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{kind}-*.pickle"):
            old.unlink(missing_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        return  # a cache that cannot be written only costs time


def load_or_build_match_index(
    store: Store, settings: Settings, organizations: Callable[[], list[Organization]]
) -> MatchIndex:
    """The match index of the store's current lineage: from the disk cache, else built and kept there."""
    from undesirable.matching.index import MatchIndex, build_match_index
    from undesirable.matching.prebuilt import build_derived_tables

    with store.reading() as conn:
        state = [f"{s.id}:{s.sha256}" for s in read_snapshots(conn)]
        state.append(f"reviews:{reviews_version(conn)}")
    path = cache_path(settings.data_dir / "cache", "match", database_url=settings.database_url, state=state)
    cached = load_cached(path)
    if isinstance(cached, tuple) and len(cached) == 2 and isinstance(cached[0], MatchIndex):
        found: MatchIndex = cached[0]
        found.caches.restore_tables(cached[1])
        return found
    orgs = organizations()
    key = ("match", organizations_digest(orgs))
    shared = SHARED_INDEXES.get(key)
    if isinstance(shared, MatchIndex):
        return fresh_caches(shared)  # built in this process over equal organizations (another store)
    index = build_match_index(orgs)
    build_derived_tables(index)
    save_cached(path, (index, index.caches.derived_tables()))
    SHARED_INDEXES.put(key, index)
    return fresh_caches(index)


def shared_scan_index(organizations: Callable[[], list[Organization]]) -> ScanIndex:
    """The scan index of ``organizations()``, built once per process for equal organizations (it has no caches)."""
    from undesirable.scanning import build_scan_index

    return SHARED_INDEXES.get_or_build("scan", organizations(), build_scan_index)


def fresh_caches(index: MatchIndex) -> MatchIndex:
    """``index`` with caches of its own: answers never depend on what another user of it asked first.

    The derived tables (pure functions of the index) are shared; the caches of answers start empty.
    """
    from undesirable.matching.caches import IndexCaches

    copy = replace(index, caches=IndexCaches())
    copy.caches.restore_tables(index.caches.derived_tables())
    return copy


def organizations_digest(orgs: Sequence[Organization]) -> str:
    """A digest of everything ``orgs`` hold (equal digests: equal organizations, in the same order)."""
    return hashlib.sha256(pickle.dumps(list(orgs), protocol=pickle.HIGHEST_PROTOCOL)).hexdigest()


class SharedIndexes:
    """Indexes built in this process, by kind and the digest of the organizations they are built from.

    An index is a pure function of its organizations (and of the code, which a process does not
    change), so any registry over equal organizations may take it; the oldest goes first when more
    than ``size`` register contents are kept. Thread-safe.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[tuple[str, str], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str]) -> Any | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[str, str], index: Any) -> None:
        with self._lock:
            self._items[key] = index
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def get_or_build(self, kind: str, orgs: Sequence[Organization], build: Callable[[Sequence[Organization]], T]) -> T:
        """The ``kind`` index over ``orgs``: the one built over equal organizations, else ``build(orgs)``."""
        key = (kind, organizations_digest(orgs))
        found: T | None = self.get(key)
        if found is None:
            found = build(orgs)
            self.put(key, found)
        return found

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


SHARED_INDEXES = SharedIndexes(4)
"""The indexes of the last few register contents this process built (see :class:`SharedIndexes`)."""


@cache
def code_stamp() -> str:
    """A digest of the content of the code and data the index is built with."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for name in CODE_PACKAGES:
        target = root / name
        files = sorted(target.rglob("*")) if target.is_dir() else [target]
        for source in files:
            if source.suffix in CODE_SUFFIXES and source.is_file():
                digest.update(source.name.encode())
                digest.update(source.read_bytes())
    return digest.hexdigest()

"""A disk cache of the match index, so a single ``check`` answers without rebuilding it.

Building the index costs more than the rest of a ``check`` together. The registry keeps it on disk
(under ``<data dir>/cache``) keyed on exactly what it is built from: the store (its URL, without
a password), the current lineage's snapshots (ids and sha256), the reviews applied on top, and the
code and word lists that build it (by content). The spelling search's tables, derived from the
index, are kept beside it, so a ``check`` does not rebuild them either. Writes that do not change
those (an audit record, a watchlist, a notice) leave the cache valid; anything that does change
them makes a new key.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

from undesirable.model import Organization
from undesirable.registry.review import reviews_version
from undesirable.registry.snapshots import current_lineage, read_snapshots
from undesirable.settings import Settings
from undesirable.store import Store

if TYPE_CHECKING:
    from undesirable.matching.index import MatchIndex

CACHE_FORMAT = 4
CODE_PACKAGES = ("matching", "names", "scanning", "model.py", "data")
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
    from undesirable.matching.spelling import build_tables

    with store.reading() as conn:
        state = [f"{s.id}:{s.sha256}" for s in current_lineage(read_snapshots(conn))]
        state.append(f"reviews:{reviews_version(conn)}")
    path = cache_path(settings.data_dir / "cache", "match", database_url=settings.database_url, state=state)
    cached = load_cached(path)
    if isinstance(cached, tuple) and len(cached) == 2 and isinstance(cached[0], MatchIndex):
        found: MatchIndex = cached[0]
        found.caches.restore_tables(cached[1])
        return found
    index = build_match_index(organizations())
    build_tables(index)
    save_cached(path, (index, index.caches.derived_tables()))
    return index


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

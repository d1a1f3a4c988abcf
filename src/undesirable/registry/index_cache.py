"""A disk cache of the match index, so a single ``check`` answers without rebuilding it.

Building the index costs more than the rest of a ``check`` together (and needs the store, which
needs SQLAlchemy). For a SQLite store the cache is keyed by the database file's state (size and
modification time of the file and its write-ahead log) and by the code that built it, so any
write to the store or any upgrade makes it stale. Other stores skip the cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

from undesirable.settings import Settings

CACHE_FORMAT = 2
CODE_PACKAGES = ("matching", "names", "model.py", "data")
CODE_SUFFIXES = (".py", ".json")


def database_stamp(settings: Settings) -> str | None:
    """A string that changes whenever the SQLite store changes; None for other stores."""
    url = settings.database_url
    if not url.startswith("sqlite:///"):
        return None
    path = Path(url.removeprefix("sqlite:///"))
    parts = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            stat = candidate.stat()
        except FileNotFoundError:
            parts.append("-")
            continue
        parts.append(f"{stat.st_size}:{stat.st_mtime_ns}")
    if parts[0] == "-":
        return None
    return f"{path.resolve()}|{'|'.join(parts)}"


def load_cached(settings: Settings, kind: str) -> Any | None:
    """What :func:`save_cached` stored for the store's current state, or None."""
    stamp = database_stamp(settings)
    if stamp is None:
        return None
    path = _cache_path(settings, kind, stamp)
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def save_cached(settings: Settings, kind: str, payload: Any) -> None:
    """Keep ``payload`` for the store's current state; old entries of ``kind`` are removed."""
    stamp = database_stamp(settings)
    if stamp is None:
        return
    path = _cache_path(settings, kind, stamp)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{kind}-*.pickle"):
            old.unlink(missing_ok=True)
        temporary = path.with_suffix(".tmp")
        with temporary.open("wb") as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        return  # a cache that cannot be written only costs time


def _cache_path(settings: Settings, kind: str, stamp: str) -> Path:
    digest = hashlib.sha256(f"{CACHE_FORMAT}|{_code_stamp()}|{stamp}".encode()).hexdigest()[:24]
    return settings.data_dir / "cache" / f"{kind}-{digest}.pickle"


def _code_stamp() -> str:
    root = Path(__file__).resolve().parent.parent
    parts: list[str] = []
    for name in CODE_PACKAGES:
        target = root / name
        files = sorted(target.rglob("*")) if target.is_dir() else [target]
        sources = [f for f in files if f.suffix in CODE_SUFFIXES and f.is_file()]
        parts.extend(f"{f.name}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in sources)
    return hashlib.sha256("|".join(parts).encode()).hexdigest()

"""undesirable: the open register of organizations Russia has declared "undesirable".

    from undesirable import Registry
    registry = Registry.open()
"""

from __future__ import annotations

from undesirable.errors import NotFoundError, SourceError, UndesirableError, UsageError
from undesirable.model import FormerName, Organization
from undesirable.registry.registry import History, Registry
from undesirable.registry.snapshots import Snapshot
from undesirable.settings import Settings, load_settings

__all__ = [
    "FormerName",
    "History",
    "NotFoundError",
    "Organization",
    "Registry",
    "Settings",
    "Snapshot",
    "SourceError",
    "UndesirableError",
    "UsageError",
    "load_settings",
]
__version__ = "0.1.0"

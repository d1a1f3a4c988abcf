"""undesirable: the open register of organizations Russia has declared "undesirable".

    from undesirable import Registry
    with Registry.open() as reg:
        reg.organizations(as_of="2020-01-01")

See docs/api.md.

Names are imported on first use, so ``import undesirable`` (and the CLI's start-up) stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from undesirable.errors import NoDataError as NoDataError
    from undesirable.errors import NotFoundError as NotFoundError
    from undesirable.errors import SourceError as SourceError
    from undesirable.errors import UndesirableError as UndesirableError
    from undesirable.errors import UsageError as UsageError
    from undesirable.model import FormerName as FormerName
    from undesirable.model import Organization as Organization
    from undesirable.model import Snapshot as Snapshot
    from undesirable.registry.history import History as History
    from undesirable.registry.registry import Registry as Registry
    from undesirable.settings import Settings as Settings
    from undesirable.settings import load_settings as load_settings

_EXPORTS = {
    "FormerName": "undesirable.model",
    "History": "undesirable.registry.history",
    "NoDataError": "undesirable.errors",
    "NotFoundError": "undesirable.errors",
    "Organization": "undesirable.model",
    "Registry": "undesirable.registry.registry",
    "Settings": "undesirable.settings",
    "Snapshot": "undesirable.model",
    "SourceError": "undesirable.errors",
    "UndesirableError": "undesirable.errors",
    "UsageError": "undesirable.errors",
    "load_settings": "undesirable.settings",
}
__all__ = sorted(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'undesirable' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value

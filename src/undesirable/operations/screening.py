"""Screening operations: a name against the register, mentions in a text.

The shapes are the CLI's: a name check is ``{"query", "as_of", "snapshot", "matches"}`` like
``check --json``, a scan is ``{"as_of", "snapshot", "mentions"}`` like ``scan --json``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from undesirable.registry.registry import Registry


def snapshot_json(registry: Registry) -> dict[str, Any] | None:
    snapshot = registry.current_snapshot()
    return snapshot.to_json() if snapshot is not None else None


def match_name_json(
    registry: Registry, name: str, *, as_of: date | None, threshold: float | None, limit: int
) -> list[dict[str, Any]]:
    """The ``matches`` list of ``check --json`` for one name, best first."""
    from undesirable.screening import match_to_json

    found = registry.match(name, as_of=as_of, threshold=threshold, limit=limit)
    return [match_to_json(item, as_of=as_of) for item in found]


def scan_json(registry: Registry, text: str, *, as_of: date | None) -> list[dict[str, Any]]:
    """The ``mentions`` list of ``scan --json``, in text order."""
    return [mention.to_json(as_of=as_of) for mention in registry.scan(text, as_of=as_of)]

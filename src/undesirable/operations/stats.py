"""Statistics operations: the register in numbers, naming the snapshot they come from."""

from __future__ import annotations

from datetime import date
from typing import Any

from undesirable.registry.registry import Registry
from undesirable.stats import compute_stats


def register_stats(registry: Registry, *, as_of: date | None) -> dict[str, Any]:
    """``compute_stats`` over every organization, naming the snapshot the numbers come from."""
    snapshot = registry.current_snapshot()
    source = snapshot.provenance() if snapshot else "No snapshot imported."
    return compute_stats(registry.all_organizations(), as_of=as_of, source=source)

"""The register as yente's entities: each organization an FtM ``Organization``, nested with its ``Sanction``.

The properties are the FtM export's (:mod:`undesirable.exports.ftm`), so an entity fetched here and
one loaded from ``export --format ftm`` carry the same id and the same values. yente's result
filters (topics, datasets, schemata, excluded ids, changed since) are applied here too, by one
function for ``/match`` and ``/search``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from undesirable.errors import NotFoundError, UsageError
from undesirable.exports.ftm import FTM_ID, entity_id, entity_topics, organization_properties, sanction_properties
from undesirable.model import Organization, Snapshot
from undesirable.registry.registry import Registry

DATASET = "ru_undesirable"
COLLECTION = "default"
DATASET_ALIASES = frozenset({DATASET, COLLECTION, "undesirable", "ru-undesirable"})
DATASET_TITLE = "Russia: organizations declared 'undesirable' (272-FZ, art. 3.1)"
ENTITY_SCHEMA = "Organization"
SCHEMA_ANCESTORS = frozenset({"Organization", "LegalEntity", "Thing"})
"""The schemata an ``Organization`` entity is (a filter or ``exclude_schema`` on any of them hits it)."""


@dataclass(frozen=True)
class EntityFilters:
    """yente's result filters; empty means no filter."""

    topics: tuple[str, ...] = ()
    include_dataset: tuple[str, ...] = ()
    exclude_dataset: tuple[str, ...] = ()
    exclude_schema: tuple[str, ...] = ()
    exclude_ids: frozenset[str] = field(default_factory=frozenset)
    changed_since: date | None = None
    countries: tuple[str, ...] = ()

    def keeps(self, org: Organization, *, changed: date | None) -> bool:
        """Whether ``org`` passes every filter (``changed``: when its entity last changed)."""
        if org.id in self.exclude_ids:
            return False
        if self.topics and not set(self.topics) & set(entity_topics(org, as_of=None)):
            return False
        if self.include_dataset and not set(self.include_dataset) & {DATASET, COLLECTION}:
            return False
        if DATASET in self.exclude_dataset or set(self.exclude_schema) & {ENTITY_SCHEMA}:
            return False
        if self.countries and (org.country_code or "").lower() not in {c.lower() for c in self.countries}:
            return False
        return self.changed_since is None or (changed is not None and changed >= self.changed_since)


def resolve_dataset(name: str) -> str:
    """The dataset a path names (``ru_undesirable`` or the ``default`` collection); 404 otherwise."""
    if name not in DATASET_ALIASES:
        raise NotFoundError(f"No such dataset: {name!r} (use {DATASET!r} or {COLLECTION!r})")
    return DATASET if name != COLLECTION else COLLECTION


def canonical_ids(registry: Registry, ids: Iterable[str]) -> frozenset[str]:
    """The canonical ids of ``ids`` (any form the registry resolves); unknown ones are kept as given."""
    out: set[str] = set()
    for given in ids:
        try:
            out.add(registry.get(given).id)
        except NotFoundError:
            out.add(given)
    return frozenset(out)


def parse_changed_since(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise UsageError(f"changed_since: not a date or timestamp: {value!r}") from None


def entity_json(org: Organization, *, snapshot: Snapshot | None, nested: bool = False) -> dict[str, Any]:
    """``org`` as yente's entity; ``nested`` puts its ``Sanction`` entity under ``sanctions``."""
    properties: dict[str, list[Any]] = dict(organization_properties(org, as_of=None))
    if nested:
        properties["sanctions"] = [sanction_json(org, snapshot=snapshot)]
    first = org.inclusion_date or org.gp_decision_date
    day = snapshot.actuality.date() if snapshot is not None else None
    return {
        "id": org.id,
        "caption": org.display_name,
        "schema": ENTITY_SCHEMA,
        "properties": properties,
        "datasets": [DATASET],
        "referents": [i for i in org.former_ids if FTM_ID.fullmatch(i)],  # yente: ids merged into this one
        "target": org.is_designated_on(None),
        "first_seen": stamp(first),
        "last_seen": stamp(day),
        "last_change": stamp(day),
    }


def sanction_json(org: Organization, *, snapshot: Snapshot | None) -> dict[str, Any]:
    """The designation as yente's nested ``Sanction`` entity (the FtM export's ``Sanction``)."""
    properties = sanction_properties(org, org.id, snapshot=snapshot, as_of=None)
    properties.pop("entity", None)  # yente leaves the back-reference out of a nested entity
    return {
        "id": entity_id(org, "sanction"),
        "caption": f"{org.inclusion_order or 'Designation'}: {org.display_name}",
        "schema": "Sanction",
        "properties": properties,
        "datasets": [DATASET],
        "referents": [],
        "target": False,
        "first_seen": stamp(org.inclusion_date or org.gp_decision_date),
        "last_seen": stamp(snapshot.actuality.date() if snapshot is not None else None),
        "last_change": stamp(snapshot.actuality.date() if snapshot is not None else None),
    }


def stamp(value: date | None) -> str | None:
    return datetime.combine(value, datetime.min.time(), tzinfo=UTC).isoformat() if value else None

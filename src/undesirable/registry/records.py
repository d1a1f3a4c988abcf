"""Organizations to and from the JSON records kept in the store (every field, dates ISO)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from undesirable.model import FormerName, Organization

_DATE_FIELDS = {
    "gp_decision_date",
    "inclusion_date",
    "published_date",
    "exclusion_date",
    "gp_cancel_date",
    "removed_date",
    "first_reported",
    "not_in_official_of",
}
_TUPLE_FIELDS = {
    "aliases",
    "acronyms",
    "domains",
    "sources",
    "review_reasons",
    "former_ids",
    "month_dates",
    "supplemented",
}


def organization_to_record(org: Organization) -> dict[str, Any]:
    """Every field of ``org`` as JSON-ready values."""
    record: dict[str, Any] = {}
    for spec in fields(org):
        value = getattr(org, spec.name)
        if spec.name in _DATE_FIELDS:
            value = value.isoformat() if value else None
        elif spec.name == "former_names":
            value = [f.to_json() for f in value]
        elif spec.name in _TUPLE_FIELDS:
            value = list(value)
        record[spec.name] = value
    return record


def organization_from_record(record: dict[str, Any]) -> Organization:
    """The inverse of :func:`organization_to_record`; unknown keys are ignored."""
    known = {spec.name for spec in fields(Organization)}
    values: dict[str, Any] = {}
    for key, value in record.items():
        if key not in known:
            continue
        if key in _DATE_FIELDS:
            value = date.fromisoformat(value) if value else None
        elif key == "former_names":
            value = tuple(
                FormerName(item["name"], date.fromisoformat(item["until"]) if item.get("until") else None)
                for item in value
            )
        elif key in _TUPLE_FIELDS:
            value = tuple(value)
        values[key] = value
    return Organization(**values)

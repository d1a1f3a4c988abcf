"""The ``ftm`` export: FollowTheMoney entities as JSON lines, for OpenSanctions' yente or OCCRP's Aleph.

Each organization becomes an ``Organization`` entity (every name it is known by: primary names,
aliases, acronyms, former names; country, websites, sources) and its designation a ``Sanction``
entity pointing at it (the authority, the inclusion order, the decision, inclusion and exclusion
dates, the status). Ids are readable and stable: ``ru-undesirable-1076-r-2015-07-29`` and the
same with ``-sanction``. Designated and pending organizations carry the topic
``sanction.counter`` (FollowTheMoney's topic for restrictive measures Russia imposes).

The entities are built with the ``followthemoney`` library (``pip install 'undesirable[ftm]'``),
so every value is checked and cleaned as the tools that load them expect.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from undesirable.errors import UsageError
from undesirable.model import Organization, Snapshot

FTM_ID = re.compile(r"[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?")
"""What FollowTheMoney accepts as an entity id."""
TOPIC = "sanction.counter"
AUTHORITY = "Министерство юстиции Российской Федерации (Ministry of Justice of the Russian Federation)"
PROGRAM = "Перечень нежелательных организаций, 272-ФЗ ст. 3.1 (Russia: undesirable organizations)"
PROVISIONS = "Activity declared undesirable on the territory of the Russian Federation"
ACTIVE_STATUSES = ("designated", "cancelled", "uncertain", "pending")


def iter_ftm_entities(
    organizations: Sequence[Organization], *, snapshot: Snapshot, as_of: date | None = None
) -> Iterator[dict[str, Any]]:
    """An Organization and a Sanction entity (as FollowTheMoney dicts) per organization."""
    model = _model()
    for org in organizations:
        entity = _organization(model, org, as_of=as_of)
        yield entity.to_dict()
        yield _sanction(model, org, entity.id, snapshot=snapshot, as_of=as_of).to_dict()


def dump_ftm_lines(organizations: Sequence[Organization], *, snapshot: Snapshot, as_of: date | None = None) -> str:
    """The entities as JSON lines (UTF-8 text, one entity per line)."""
    return "".join(
        json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n"
        for e in iter_ftm_entities(organizations, snapshot=snapshot, as_of=as_of)
    )


def entity_id(org: Organization, *suffix: str) -> str:
    """The entity id of ``org`` (its own id, ``ru-undesirable-1076-r-2015-07-29``), or of a part of it.

    The registry's ids are valid FollowTheMoney ids, so the export's ids are the API's ids.
    """
    return "-".join((org.id, *suffix))


def organization_properties(org: Organization, *, as_of: date | None) -> dict[str, list[str]]:
    """The FtM ``Organization`` properties of ``org`` (uncleaned; empty ones left out).

    The HTTP API's entities (``/entities/{id}``, ``/match/{dataset}``) carry the same properties, so
    an entity fetched from the API and one loaded from this export agree.
    """
    properties: dict[str, list[str]] = {
        "name": [n for n in (org.name_ru, org.name_en) if n] or [org.raw_name or org.display_name],
        "alias": list(org.aliases),
        "abbreviation": list(org.acronyms),
        "previousName": [f.name for f in org.former_names],
        "country": [org.country_code.lower()] if org.country_code else [],
        "website": list(org.domains),
        "sourceUrl": list(org.sources),
        "notes": [org.notes] if org.notes else [],
        "classification": [org.category] if org.category else [],
        "topics": entity_topics(org, as_of=as_of),
    }
    return {key: values for key, values in properties.items() if values}


def entity_topics(org: Organization, *, as_of: date | None) -> list[str]:
    """``["sanction.counter"]`` while ``org`` is designated or pending on ``as_of`` (today), else none."""
    return [TOPIC] if org.status_on(as_of) in ACTIVE_STATUSES else []


def sanction_properties(
    org: Organization, org_entity_id: str, *, snapshot: Snapshot | None, as_of: date | None
) -> dict[str, list[str]]:
    """The FtM ``Sanction`` properties of ``org``'s designation (uncleaned; empty ones left out)."""
    source = snapshot.source if snapshot is not None and snapshot.source.startswith("http") else None
    retrieved = (snapshot.fetched_at or snapshot.imported_at) if snapshot is not None else None
    values: dict[str, str | None] = {
        "entity": org_entity_id,
        "authority": AUTHORITY,
        "authorityId": org.inclusion_order,
        "program": PROGRAM,
        "provisions": PROVISIONS,
        "country": "ru",
        "listingDate": _iso(org.inclusion_date),
        "startDate": _iso(org.gp_decision_date or org.inclusion_date),
        "endDate": _iso(org.exclusion_date or org.gp_cancel_date),
        "status": org.status_on(as_of),
        "recordId": str(org.register_no) if org.register_no is not None else None,
        "summary": org.raw_name or None,
        "sourceUrl": source,
        "retrievedAt": retrieved.isoformat() if retrieved is not None else None,
    }
    return {key: [value] for key, value in values.items() if value}


def _organization(model: Any, org: Organization, *, as_of: date | None) -> Any:
    entity = model.make_entity("Organization")
    entity.id = entity_id(org)
    for key, values in organization_properties(org, as_of=as_of).items():
        entity.add(key, values)
    return entity


def _sanction(model: Any, org: Organization, org_entity_id: str, *, snapshot: Snapshot, as_of: date | None) -> Any:
    sanction = model.make_entity("Sanction")
    sanction.id = entity_id(org, "sanction")
    for key, values in sanction_properties(org, org_entity_id, snapshot=snapshot, as_of=as_of).items():
        sanction.add(key, values)
    return sanction


def _model() -> Any:
    try:
        from followthemoney import model
    except ImportError as exc:
        raise UsageError("the ftm export needs followthemoney: pip install 'undesirable[ftm]'") from exc
    return model


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None

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
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from undesirable.errors import UsageError
from undesirable.model import Organization, Snapshot

ID_PREFIX = "ru-undesirable"
TOPIC = "sanction.counter"
AUTHORITY = "Министерство юстиции Российской Федерации (Ministry of Justice of the Russian Federation)"
PROGRAM = "Перечень нежелательных организаций, 272-ФЗ ст. 3.1 (Russia: undesirable organizations)"
PROVISIONS = "Activity declared undesirable on the territory of the Russian Federation"
ACTIVE_STATUSES = ("designated", "pending")


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
    """The readable, stable entity id of ``org`` (``ru-undesirable-1076-r-2015-07-29``)."""
    from normality import slugify

    slug = slugify(" ".join((ID_PREFIX, org.id, *suffix)), sep="-")
    assert slug is not None
    return slug


def _organization(model: Any, org: Organization, *, as_of: date | None) -> Any:
    entity = model.make_entity("Organization")
    entity.id = entity_id(org)
    entity.add("name", [n for n in (org.name_ru, org.name_en) if n] or [org.raw_name])
    entity.add("alias", list(org.aliases))
    entity.add("abbreviation", list(org.acronyms))
    entity.add("previousName", [f.name for f in org.former_names])
    entity.add("country", org.country_code.lower() if org.country_code else None)
    entity.add("website", list(org.domains))
    entity.add("sourceUrl", list(org.sources))
    entity.add("notes", org.notes)
    entity.add("classification", org.category)
    if org.status_on(as_of) in ACTIVE_STATUSES:
        entity.add("topics", TOPIC)
    return entity


def _sanction(model: Any, org: Organization, org_entity_id: str, *, snapshot: Snapshot, as_of: date | None) -> Any:
    sanction = model.make_entity("Sanction")
    sanction.id = entity_id(org, "sanction")
    sanction.add("entity", org_entity_id)
    sanction.add("authority", AUTHORITY)
    sanction.add("authorityId", org.inclusion_order)
    sanction.add("program", PROGRAM)
    sanction.add("provisions", PROVISIONS)
    sanction.add("country", "ru")
    sanction.add("listingDate", _iso(org.inclusion_date))
    sanction.add("startDate", _iso(org.gp_decision_date or org.inclusion_date))
    sanction.add("endDate", _iso(org.exclusion_date or org.gp_cancel_date))
    sanction.add("status", org.status_on(as_of))
    sanction.add("recordId", str(org.register_no) if org.register_no is not None else None)
    sanction.add("summary", org.raw_name)
    sanction.add("sourceUrl", snapshot.source if snapshot.source.startswith("http") else None)
    sanction.add("retrievedAt", _iso(snapshot.fetched_at or snapshot.imported_at))
    return sanction


def _model() -> Any:
    try:
        from followthemoney import model
    except ImportError as exc:
        raise UsageError("the ftm export needs followthemoney: pip install 'undesirable[ftm]'") from exc
    return model


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None

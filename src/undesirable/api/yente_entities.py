"""yente's data routes: ``/entities/{id}``, ``/search/{dataset}``, ``/catalog``, ``/algorithms``.

With ``/match/{dataset}`` (:mod:`undesirable.api.yente`) they make the surface yente's clients use:
nomenklatura's enricher matches, then fetches each match with ``/entities/{id}?nested=true`` to
expand it (here: the organization with its ``Sanction`` entity under ``sanctions``). An entity id
in any older form answers with a 308 redirect to the canonical id, as yente does for merged ids.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import RedirectResponse

from undesirable import __version__
from undesirable.api.yente import MATCHER_DOCS, screen_names
from undesirable.api.yente_data import (
    COLLECTION,
    DATASET,
    DATASET_TITLE,
    SCHEMA_ANCESTORS,
    EntityFilters,
    entity_json,
    resolve_dataset,
)
from undesirable.api.yente_errors import YENTE_ERROR_RESPONSES, YenteRoute
from undesirable.api.yente_models import AlgorithmResponse, DataCatalogModel, EntityResponse, SearchResponse
from undesirable.errors import NotFoundError, UsageError
from undesirable.exports.ftm import entity_topics
from undesirable.model import Organization
from undesirable.registry.ids import ID_PATH_PATTERN
from undesirable.serving import get_registry, get_settings

router = APIRouter(tags=["yente compatibility"], route_class=YenteRoute)

SEARCH_PAGE = 10
MAX_SEARCH_PAGE = 500
SEARCH_CUTOFF = 0.5
"""Lowest name score a text search returns."""
ALGORITHM = "best"
ALGORITHM_DESCRIPTION = (
    "The register's one name matcher (exact alias, acronym, token overlap, transliteration, fuzzy "
    "distance); any algorithm name a client sends is answered by it."
)
FACET_LABELS = {"countries": "Countries", "topics": "Topics", "datasets": "Data sources"}


@router.get(
    "/entities/{entity_id:path}",
    summary="One entity (yente-compatible), with its sanction nested",
    response_model=EntityResponse,
    responses={308: {"description": "The id is an older form: redirect to the canonical id"}, **YENTE_ERROR_RESPONSES},
)
def fetch_entity(
    request: Request,
    entity_id: Annotated[
        str, Path(description="The organization's id, in any form ever used.", pattern=ID_PATH_PATTERN)
    ],
    nested: Annotated[bool, Query(description="Include adjacent entities (the Sanction).")] = True,
) -> Any:
    """The organization as a FollowTheMoney entity; an older id form redirects (308) to the canonical one."""
    registry = get_registry(request)
    try:
        org = registry.get(entity_id)
    except NotFoundError:
        raise NotFoundError("No such entity!") from None
    if org.id != entity_id:
        path = request.app.url_path_for("fetch_entity", entity_id=org.id)
        return RedirectResponse(path + (f"?{request.url.query}" if request.url.query else ""), status_code=308)
    return entity_json(org, snapshot=registry.current_snapshot(), nested=nested)


@router.get(
    "/search/{dataset}",
    summary="Simple entity search (yente-compatible)",
    response_model=SearchResponse,
    responses=YENTE_ERROR_RESPONSES,
)
def search_entities(
    request: Request,
    dataset: str,
    q: Annotated[str, Query(max_length=500, description="A name in any script; empty lists every entity.")] = "",
    schema: Annotated[str, Query(description="Only entities of this schema (or a descendant).")] = "Thing",
    countries: Annotated[list[str], Query(description="Only entities of these countries.")] = [],  # noqa: B006
    topics: Annotated[list[str], Query(description="Only entities with one of these topics.")] = [],  # noqa: B006
    datasets: Annotated[list[str], Query(description="Only entities from these datasets.")] = [],  # noqa: B006
    limit: Annotated[int, Query(ge=0, le=MAX_SEARCH_PAGE)] = SEARCH_PAGE,
    offset: Annotated[int, Query(ge=0)] = 0,
    fuzzy: bool = False,
    target: bool | None = None,
) -> dict[str, Any]:
    """Entities whose names match ``q`` (best first), or all of them, with yente's facets."""
    resolve_dataset(dataset)
    registry = get_registry(request)
    if schema not in SCHEMA_ANCESTORS | {"Company", "PublicBody", "Person", "Vessel", "Airplane", "Asset"}:
        raise UsageError("Invalid schema")
    found = _search(registry, q) if schema in SCHEMA_ANCESTORS else []
    filters = EntityFilters(topics=tuple(topics), include_dataset=tuple(datasets), countries=tuple(countries))
    kept = [
        o for o in found if filters.keeps(o, changed=None) and (target is None or o.is_designated_on(None) == target)
    ]
    snapshot = registry.current_snapshot()
    return {
        "limit": limit,
        "offset": offset,
        "total": {"value": len(kept), "relation": "eq"},
        "results": [entity_json(o, snapshot=snapshot) for o in kept[offset : offset + limit]],
        "facets": _facets(kept),
    }


@router.get("/catalog", summary="The datasets this server holds (yente-compatible)", response_model=DataCatalogModel)
def catalog(request: Request) -> dict[str, Any]:
    """One dataset, ``ru_undesirable``, and the ``default`` collection that holds it."""
    snapshot = get_registry(request).current_snapshot()
    version = snapshot.actuality.strftime("%Y%m%d%H%M%S") + "-" + snapshot.sha256[:8] if snapshot else "empty"
    base = get_settings(request).public_url
    summary = snapshot.describe() if snapshot else "no snapshot imported yet"
    common = {"load": True, "version": version, "index_version": version, "index_current": True, "url": base + "/"}
    return {
        "datasets": [
            {"name": DATASET, "title": DATASET_TITLE, "summary": summary, "children": [], **common},
            {"name": COLLECTION, "title": "All data on this server", "summary": None, "children": [DATASET], **common},
        ],
        "current": [DATASET, COLLECTION],
        "outdated": [],
        "index_stale": False,
    }


@router.get("/algorithms", summary="Matching algorithms (yente-compatible)", response_model=AlgorithmResponse)
def algorithms() -> dict[str, Any]:
    """The one matcher, its features and their coefficients."""
    algorithm = {"name": ALGORITHM, "description": ALGORITHM_DESCRIPTION, "features": MATCHER_DOCS}
    return {"algorithms": [algorithm], "default": ALGORITHM, "best": ALGORITHM, "version": __version__}


def _search(registry: Any, q: str) -> list[Organization]:
    if not q.strip():
        return sorted(registry.all_organizations(), key=lambda o: o.id)
    try:
        screened = screen_names(registry, [q.strip()], countries=set())
    except UsageError:
        return []
    return [s.organization for s in screened if s.score >= SEARCH_CUTOFF]


def _facets(orgs: list[Organization]) -> dict[str, Any]:
    counts: dict[str, Counter[str]] = {
        "countries": Counter((o.country_code or "").lower() for o in orgs if o.country_code),
        "topics": Counter(t for o in orgs for t in entity_topics(o, as_of=None)),
        "datasets": Counter({DATASET: len(orgs)} if orgs else {}),
    }
    return {
        key: {
            "label": FACET_LABELS[key],
            "values": [{"name": n, "label": n, "count": c} for n, c in counter.most_common()],
        }
        for key, counter in counts.items()
    }

"""The yente surface driven by a real yente client: nomenklatura's ``YenteEnricher`` against a live server.

The enricher matches (``POST /match/{dataset}``), then expands each confirmed match
(``GET /entities/{id}?nested=true``), exactly as ``nk match`` and ``nk enrich`` do. Every response is
also validated against models written here from yente's documented response shapes
(``yente/data/common.py``), so a field yente's clients read cannot go missing or change type.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, Field

from tests.api.live import live_server

pytestmark = pytest.mark.slow


# --- yente's response shapes (from yente/data/common.py), written independently of the server's code ---


class YenteEntity(BaseModel):
    id: str
    caption: str
    schema_: str = Field(..., alias="schema")
    properties: dict[str, list[str | YenteEntity]]
    datasets: list[str] = []
    referents: list[str] = []
    target: bool = False
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    last_change: datetime | None = None


class YenteScoredEntity(YenteEntity):
    score: float
    features: dict[str, float]
    match: bool = False


class YenteTotal(BaseModel):
    value: int
    relation: str


class YenteExample(BaseModel):
    id: str | None = None
    schema_: str = Field(..., alias="schema")
    properties: dict[str, str | list[Any]]


class YenteMatches(BaseModel):
    status: int
    results: list[YenteScoredEntity]
    total: YenteTotal
    query: YenteExample


class YenteFeatureDoc(BaseModel):
    description: str
    coefficient: float
    url: str


class YenteMatchResponse(BaseModel):
    responses: dict[str, YenteMatches]
    matcher: dict[str, YenteFeatureDoc]
    limit: int


class YenteFacetItem(BaseModel):
    name: str
    label: str
    count: int


class YenteFacet(BaseModel):
    label: str
    values: list[YenteFacetItem]


class YenteSearchResponse(BaseModel):
    limit: int
    offset: int
    total: YenteTotal
    results: list[YenteEntity]
    facets: dict[str, YenteFacet]


class YenteDataset(BaseModel):
    name: str
    title: str
    summary: str | None = None
    url: str | None = None
    load: bool
    entities_url: str | None = None
    version: str
    index_version: str | None = None
    index_current: bool = False
    children: list[str]


class YenteCatalog(BaseModel):
    datasets: list[YenteDataset]
    current: list[str]
    outdated: list[str]
    index_stale: bool = False


class YenteAlgorithm(BaseModel):
    name: str
    description: str | None = None
    features: dict[str, YenteFeatureDoc]


class YenteAlgorithms(BaseModel):
    algorithms: list[YenteAlgorithm]
    default: str
    best: str


class YenteError(BaseModel):
    detail: str


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from undesirable import Registry, load_settings

    db = tmp_path_factory.mktemp("yente-db") / "store.sqlite3"
    settings = load_settings({"UNDESIRABLE_DATABASE_URL": f"sqlite:///{db}", "UNDESIRABLE_AUTOLOAD": "1"})
    registry = Registry.open(settings=settings)
    try:
        with live_server(settings, registry) as url:
            yield url
    finally:
        registry.close()


@pytest.fixture()
def nk(tmp_path: Path) -> Iterator[tuple[Any, Any, Any]]:
    """nomenklatura's session, resolver and dataset over a fresh SQLite file."""
    from followthemoney import Dataset
    from followthemoney import StatementEntity as Entity
    from nomenklatura.db import Session
    from nomenklatura.resolver import Resolver
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{tmp_path / 'nk.sqlite3'}")
    session = Session(engine)
    try:
        yield session, Resolver[Entity](session, create=True), Dataset.make({"name": "clients", "title": "Clients"})
    finally:
        session.close()
        engine.dispose()


def _enricher(server: str, session: Any, dataset: Any) -> Any:
    from nomenklatura.cache import Cache
    from nomenklatura.enrich import make_enricher

    config = {"type": "nomenklatura.enrich.yente:YenteEnricher", "api": server + "/", "dataset": "default"}
    return make_enricher(dataset, Cache(session, dataset, create=True), config)


def _query(dataset: Any, entity_id: str, name: str, country: str) -> Any:
    from followthemoney import StatementEntity as Entity

    data = {"id": entity_id, "schema": "Organization", "properties": {"name": [name], "country": [country]}}
    return Entity.from_data(dataset, data)


def test_nomenklatura_matches_and_expands_against_serve(server: str, nk: tuple[Any, Any, Any]) -> None:
    from nomenklatura.enrich import enrich, match
    from nomenklatura.judgement import Judgement

    session, resolver, dataset = nk
    enricher = _enricher(server, session, dataset)
    try:
        query = _query(dataset, "client-1", "Medusa Project", "lv")
        found = [e for e in match(enricher, resolver, [query]) if e.id != query.id]
        assert found, "the enricher found no candidate"
        best = found[0]
        assert best.schema.name == "Organization"
        assert "Medusa" in best.caption or "Медуза" in " ".join(best.get("alias"))
        assert "sanction.counter" in best.get("topics")
        resolver.decide(query.id, best.id, Judgement.POSITIVE)
        expanded = list(enrich(enricher, resolver, [query]))
        schemata = {e.schema.name for e in expanded}
        assert schemata == {"Organization", "Sanction"}, schemata
        sanction = next(e for e in expanded if e.schema.name == "Sanction")
        assert sanction.get("listingDate") == ["2023-02-07"]
        assert sanction.get("entity"), "the nested sanction points back at the organization"
    finally:
        enricher.close()


def test_match_responses_have_yentes_shape_and_honour_filters(server: str) -> None:
    queries = {"q": {"schema": "Organization", "properties": {"name": ["Meduza"]}}}
    body = httpx.post(f"{server}/match/default", json={"queries": queries}).json()
    answer = YenteMatchResponse.model_validate(body).responses["q"]
    top = answer.results[0]
    assert top.match and "sanction.counter" in top.properties["topics"]
    excluded = httpx.post(
        f"{server}/match/default", params={"exclude_entity_ids": [top.id]}, json={"queries": queries}
    ).json()
    assert top.id not in [r.id for r in YenteMatchResponse.model_validate(excluded).responses["q"].results]
    for params, kept in (({"topics": "sanction.counter"}, True), ({"topics": "crime"}, False),
                         ({"include_dataset": "ru_undesirable"}, True), ({"include_dataset": "us_ofac_sdn"}, False),
                         ({"threshold": 0.99, "limit": 1}, True)):  # fmt: skip
        got = httpx.post(f"{server}/match/default", params=params, json={"queries": queries}).json()
        results = YenteMatchResponse.model_validate(got).responses["q"].results
        assert bool(results) is kept, params
        assert len(results) <= int(params.get("limit", 5))  # type: ignore[call-overload]


def test_entities_search_catalog_algorithms_have_yentes_shape(server: str) -> None:
    search = YenteSearchResponse.model_validate(
        httpx.get(f"{server}/search/default", params={"q": "Bellingcat"}).json()
    )
    assert search.results and search.total.value >= len(search.results)
    assert search.facets["countries"].values
    entity = YenteEntity.model_validate(httpx.get(f"{server}/entities/{search.results[0].id}").json())
    assert entity.id == search.results[0].id
    nested = [v for v in entity.properties["sanctions"] if isinstance(v, YenteEntity)]
    assert nested and nested[0].schema_ == "Sanction"
    flat = YenteEntity.model_validate(httpx.get(f"{server}/entities/{entity.id}", params={"nested": "false"}).json())
    assert "sanctions" not in flat.properties
    catalog = YenteCatalog.model_validate(httpx.get(f"{server}/catalog").json())
    assert {d.name for d in catalog.datasets} == {"ru_undesirable", "default"}
    algorithms = YenteAlgorithms.model_validate(httpx.get(f"{server}/algorithms").json())
    assert algorithms.best in {a.name for a in algorithms.algorithms}


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status"),
    [
        ("get", "/entities/no-such-entity", {}, 404),
        ("get", "/search/no_such_dataset", {}, 404),
        ("get", "/search/default?schema=Spaceship", {}, 400),
        ("post", "/match/no_such_dataset", {"json": {"queries": {}}}, 404),
        ("post", "/match/default", {"json": {"queries": {}}}, 400),
        ("post", "/match/default", {"json": {"queries": {"a": {"schema": "Spaceship", "properties": {}}}}}, 400),
    ],
)
def test_errors_come_in_yentes_shape(server: str, method: str, path: str, kwargs: dict[str, Any], status: int) -> None:
    response = httpx.request(method.upper(), server + path, **kwargs)
    assert response.status_code == status, response.text
    YenteError.model_validate(response.json())


def test_a_request_yente_cannot_parse_is_422_with_fastapis_detail_list(server: str) -> None:
    response = httpx.post(f"{server}/match/default", json={"no": "queries"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "queries"]


def test_exclude_entity_ids_takes_any_id_form(server: str) -> None:
    queries = {"q": {"schema": "Organization", "properties": {"name": ["Medusa Project"]}}}
    top = YenteMatchResponse.model_validate(httpx.post(f"{server}/match/default", json={"queries": queries}).json())
    first = top.responses["q"].results[0].id
    old_form = "138-p/2023-02-07"  # Meduza's inclusion order and date with a Latin p: an earlier id form
    assert httpx.get(f"{server}/entities/{old_form}", follow_redirects=True).json()["id"] == first
    body = httpx.post(f"{server}/match/default", params={"exclude_entity_ids": old_form}, json={"queries": queries})
    assert first not in [r.id for r in YenteMatchResponse.model_validate(body.json()).responses["q"].results]

"""The response bodies of the yente-compatible routes, in yente's documented shapes.

Field names, types and nesting follow OpenSanctions' yente (``EntityResponse``,
``ScoredEntityResponse``, ``EntityMatchResponse``, ``SearchResponse``, ``DataCatalogModel``,
``AlgorithmResponse``), so yente's clients read them unchanged.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

EXAMPLE_ID = "ru-undesirable-1076-r-2015-07-29"


class EntityResponse(BaseModel):
    """A FollowTheMoney entity; with ``nested``, entity-valued properties hold entities."""

    model_config = ConfigDict(populate_by_name=True)

    id: str = Field(..., examples=[EXAMPLE_ID])
    caption: str = Field(..., examples=["National Endowment for Democracy"])
    schema_: str = Field(..., alias="schema", examples=["Organization"])
    properties: dict[str, list[str | EntityResponse]] = Field(..., examples=[{"name": ["Amnesty International"]}])
    datasets: list[str] = Field(default_factory=list, examples=[["ru_undesirable"]])
    referents: list[str] = Field(default_factory=list)
    target: bool = False
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    last_change: datetime | None = None


class FeatureExplanation(BaseModel):
    """Why one feature scored as it did."""

    score: float
    detail: str
    query: str | None = None
    candidate: str | None = None


class ScoredEntityResponse(EntityResponse):
    """An entity scored against a query entity."""

    score: float = Field(..., examples=[0.97])
    match: bool = False
    features: dict[str, float]
    explanations: dict[str, FeatureExplanation] = Field(default_factory=dict)


class TotalSpec(BaseModel):
    value: int = Field(..., examples=[1])
    relation: str = Field("eq", examples=["eq"])


class EntityExampleOut(BaseModel):
    """The query entity, as it was understood."""

    model_config = ConfigDict(populate_by_name=True)

    id: str | None = None
    schema_: str = Field(..., alias="schema")
    properties: dict[str, list[Any]]


class EntityMatches(BaseModel):
    status: int = Field(200, examples=[200])
    results: list[ScoredEntityResponse]
    total: TotalSpec
    query: EntityExampleOut


class FeatureDoc(BaseModel):
    description: str
    coefficient: float
    url: str


class EntityMatchResponse(BaseModel):
    responses: dict[str, EntityMatches]
    matcher: dict[str, FeatureDoc]
    limit: int = Field(..., examples=[5])


class SearchFacetItem(BaseModel):
    name: str = Field(..., examples=["us"])
    label: str = Field(..., examples=["us"])
    count: int = Field(1, examples=[42])


class SearchFacet(BaseModel):
    label: str = Field(..., examples=["Countries"])
    values: list[SearchFacetItem]


class SearchResponse(BaseModel):
    limit: int = Field(..., examples=[10])
    offset: int = Field(0, examples=[0])
    total: TotalSpec
    results: list[EntityResponse]
    facets: dict[str, SearchFacet]


class DatasetModel(BaseModel):
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


class DataCatalogModel(BaseModel):
    datasets: list[DatasetModel]
    current: list[str]
    outdated: list[str]
    index_stale: bool = False


class Algorithm(BaseModel):
    name: str
    description: str | None = None
    features: dict[str, FeatureDoc]


class AlgorithmResponse(BaseModel):
    algorithms: list[Algorithm]
    default: str
    best: str

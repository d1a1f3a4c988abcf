"""The Reconciliation Service API 0.2's request and response shapes, as pydantic models.

Requests follow the spec's ``reconciliation-query-batch`` schema exactly: each query has a
``query`` string or a non-empty ``properties`` list (or both), nothing else besides ``type``,
``limit`` and ``type_strict``; a property value ``v`` is a string, number, boolean, an entity
``{"id", "name"}`` or a list of these. Responses follow the manifest, result-batch and
suggest-entities schemas.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, model_validator

MAX_LIMIT = 50
MAX_QUERY_CHARS = 500


class EntityValue(BaseModel):
    """A property value that is another entity (e.g. a country reconciled before)."""

    model_config = ConfigDict(extra="allow")

    id: str
    name: str | None = None


Scalar = str | float | bool | EntityValue


class PropertyValue(BaseModel):
    pid: str
    v: Scalar | list[Scalar]

    def values(self) -> list[Scalar]:
        return list(self.v) if isinstance(self.v, list) else [self.v]


class ReconQuery(BaseModel):
    """One reconciliation query: a name, properties, or both."""

    model_config = ConfigDict(extra="forbid")

    query: str | None = Field(None, max_length=MAX_QUERY_CHARS)
    type: str | list[str] | None = None
    limit: float | None = None
    properties: list[PropertyValue] | None = None
    type_strict: Literal["any", "should", "all"] | None = None

    @model_validator(mode="after")
    def _has_query_or_properties(self) -> ReconQuery:
        if self.query is None and not self.properties:
            raise ValueError("a query needs 'query' or a non-empty 'properties' list")
        return self


class ReconBatch(RootModel[dict[str, ReconQuery]]):
    pass


class TypeRef(BaseModel):
    id: str = Field(..., examples=["Organization"])
    name: str = Field(..., examples=["Organization"])


class Feature(BaseModel):
    id: str
    value: float | bool


class Candidate(BaseModel):
    id: str = Field(..., examples=["ru-undesirable-1076-r-2015-07-29"])
    name: str = Field(..., examples=["The National Endowment for Democracy"])
    description: str = ""
    score: float = Field(..., ge=0, le=100, examples=[100.0])
    match: bool
    type: list[TypeRef]
    features: list[Feature] = Field(default_factory=list)


class QueryResult(BaseModel):
    result: list[Candidate]


class ResultBatch(RootModel[dict[str, QueryResult]]):
    pass


class ServiceUrl(BaseModel):
    url: str


class Preview(BaseModel):
    url: str
    width: int
    height: int


class SuggestService(BaseModel):
    service_url: str
    service_path: str


class Manifest(BaseModel):
    versions: list[str] = Field(..., examples=[["0.2"]])
    name: str
    identifierSpace: str
    schemaSpace: str
    documentation: str
    serviceVersion: str
    defaultTypes: list[TypeRef]
    view: ServiceUrl
    preview: Preview
    suggest: dict[str, SuggestService]
    batchSize: int


class Suggestion(BaseModel):
    id: str
    name: str
    description: str = ""
    notable: list[TypeRef]


class SuggestResponse(BaseModel):
    result: list[Suggestion]


class TypesResponse(BaseModel):
    """What the service's ``schemaSpace`` holds: the one type it reconciles."""

    types: list[TypeRef]

"""The JSON API's response bodies as pydantic models, so ``/openapi.json`` types every operation.

They describe the contracts the operations already return (``Organization.to_json``, the CLI's
``--json`` shapes); a generated client gets one class per shape. Every model also accepts fields
it does not name (``extra="allow"``): contracts grow by adding fields, and a field added to an
operation reaches clients before its model names it. Dates stay ISO strings, exactly as sent.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

OPEN = ConfigDict(extra="allow")


class SnapshotOut(BaseModel):
    """One imported version of the register."""

    model_config = OPEN

    id: int
    actuality: str = Field(..., examples=["2026-08-14T17:28:00"])
    sha256: str
    source: str
    kind: str = Field(..., examples=["official"])
    official: bool
    rows: int
    imported_at: str
    fetched_at: str | None = None
    title: str = ""
    note: str | None = None
    same_actuality_as: int | None = None
    previous_id: int | None = None
    warnings: list[str] = Field(default_factory=list)
    description: str | None = None
    provenance: str | None = None


class SourceOut(BaseModel):
    """One snapshot an answer was searched in, and how many of the organizations searched it describes."""

    model_config = OPEN

    snapshot_id: int
    kind: str = Field(..., examples=["official"])
    official: bool
    actuality: str = Field(..., examples=["2026-08-14T17:28:00"])
    sha256: str
    rows: int
    role: Literal["current", "supplement"] = Field(
        ..., description="current: the snapshot that answers; supplement: the source of the entries it does not list."
    )
    entries: int = Field(..., ge=0, description="Organizations searched that this source describes.")
    description: str | None = None


COVERAGE = "Everything the answer was searched in, in one line (Registry.coverage())."
SOURCES = "Each snapshot searched; the sum of their entries is the number of organizations searched."


class FormerNameOut(BaseModel):
    model_config = OPEN

    name: str
    until: str | None = None


class OrganizationOut(BaseModel):
    """One register entry (``Organization.to_json``); ``designated`` as of the date asked about."""

    model_config = OPEN

    id: str = Field(..., examples=["ru-undesirable-1076-r-2015-07-29"])
    name_ru: str | None = None
    name_en: str | None = None
    aliases: list[str] = Field(default_factory=list)
    acronyms: list[str] = Field(default_factory=list)
    former_names: list[FormerNameOut] = Field(default_factory=list)
    country: str | None = None
    country_code: str | None = Field(None, examples=["US"])
    category: str | None = None
    domains: list[str] = Field(default_factory=list)
    gp_decision_date: str | None = None
    inclusion_date: str | None = None
    inclusion_order: str | None = None
    exclusion_date: str | None = None
    exclusion_order: str | None = None
    status: str = Field(..., examples=["designated"])
    designated: bool
    designated_since: str | None = None
    sources: list[str] = Field(default_factory=list)
    register_no: int | None = None
    raw_name: str = ""
    published_date: str | None = None
    gp_cancel_date: str | None = None
    removed_date: str | None = None
    basis: str = "official"
    needs_review: bool = False
    review_reasons: list[str] = Field(default_factory=list)
    notes: str | None = None
    former_ids: list[str] = Field(default_factory=list, description="Earlier forms of the id; each still resolves.")


class OrganizationPage(BaseModel):
    """A page of the register as it stood on ``as_of``."""

    model_config = OPEN

    as_of: str | None
    snapshot: SnapshotOut | None
    count: int
    limit: int
    offset: int
    organizations: list[OrganizationOut]


class EventOut(BaseModel):
    model_config = OPEN

    org_id: str
    kind: str = Field(..., examples=["included"])
    date: str | None = None
    order: str | None = None
    snapshot_id: int | None = None
    detail: dict[str, Any] = Field(default_factory=dict)


class OrganizationHistory(BaseModel):
    """One organization, its events and the snapshots that list it."""

    model_config = OPEN

    organization: OrganizationOut
    events: list[EventOut]
    snapshots: list[int]
    snapshot: SnapshotOut | None = None


class ReasonOut(BaseModel):
    """Why, as data: a code of the message catalogue, its values, and its text in each language."""

    model_config = OPEN

    code: str
    values: dict[str, str | int | float]
    text: dict[str, str]


class SharedNameOut(BaseModel):
    """The other entries that carry the matched name, and the facts that tell them apart."""

    model_config = OPEN

    count: int
    entries: list[str]
    differs_by: dict[str, dict[str, str]]


class GroupOut(BaseModel):
    """Related entries (one organization's several legal entities, a family of them)."""

    model_config = OPEN

    id: str
    members: list[str]


class MatchOut(BaseModel):
    """One candidate for a name, with why it matched (``explanation`` is the English text of ``reasons``)."""

    model_config = OPEN

    organization: OrganizationOut
    score: float = Field(..., ge=0, le=1)
    matched_name: str
    explanation: list[str]
    reasons: list[ReasonOut] = []
    shared_name: SharedNameOut | None = None
    group: GroupOut | None = None


class NameCheck(BaseModel):
    """The answer for one name (``undesirable check --json``)."""

    model_config = OPEN

    query: str
    as_of: str | None
    snapshot: SnapshotOut | None
    coverage: str | None = Field(None, description=COVERAGE)
    sources: list[SourceOut] = Field([], description=SOURCES)
    matches: list[MatchOut]
    namesakes: list[MatchOut] = Field(
        [], description="With no match: the organizations named after the person the query names (below the threshold)."
    )


class BatchItem(BaseModel):
    model_config = OPEN

    query: str
    matches: list[MatchOut]
    namesakes: list[MatchOut] = []
    status: Literal["ok", "failed"] = Field(
        "ok",
        description="failed: the name was NOT screened (the matcher failed on it); its empty matches mean nothing.",
    )
    error: str | None = Field(None, description="Why a failed name was not screened.")


class FailedName(BaseModel):
    """A name of a batch that could not be screened."""

    model_config = OPEN

    index: int = Field(..., ge=0, description="Its position in names (from 0).")
    query: str
    error: str


class BatchCheck(BaseModel):
    """One result per name, in the order given."""

    model_config = OPEN

    as_of: str | None
    snapshot: SnapshotOut | None
    coverage: str | None = Field(None, description=COVERAGE)
    sources: list[SourceOut] = Field([], description=SOURCES)
    results: list[BatchItem]
    failed: list[FailedName] = Field([], description="The names that were NOT screened (status failed), if any.")


class MentionOut(BaseModel):
    """A mention of an organization in a text, by character offsets."""

    model_config = OPEN

    start: int
    end: int
    text: str
    organization: OrganizationOut
    matched_name: str
    confidence: float
    designated: bool
    kind: str = "name"
    reasons: list[ReasonOut] = []


class ScanResult(BaseModel):
    model_config = OPEN

    as_of: str | None
    snapshot: SnapshotOut | None
    coverage: str | None = Field(None, description=COVERAGE)
    sources: list[SourceOut] = Field([], description=SOURCES)
    mentions: list[MentionOut]
    truncated: bool = Field(False, description="True when only the first limits.mentions mentions are given.")

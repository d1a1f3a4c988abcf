"""The register's records as plain data: what an organization is, independent of storage.

An ``Organization`` is one entry of the list as the current snapshot (plus annotations) describes
it. Its ``id`` is stable across snapshots: ``{inclusion order}/{inclusion date}`` for official rows
(``1076-р/2015-07-29``; order numbers restart every year, so the date is part of the key), or
``curated:{slug}`` for rows known only from public reporting. ``to_json`` gives the JSON contract
other tools rely on; whether an organization is designated depends on the date asked about, so it
is computed by :func:`designation_status`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Literal

Status = Literal["designated", "pending", "excluded", "removed", "not_yet"]

CATEGORIES = (
    "media",
    "human_rights",
    "democracy_elections",
    "education",
    "religious",
    "political_movement",
    "donor_foundation",
    "think_tank",
    "culture",
    "diaspora",
    "ukraine_related",
    "environmental",
    "other",
)


@dataclass(frozen=True)
class FormerName:
    """A name the organization had before a rename noted in the register."""

    name: str
    until: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "until": _iso(self.until)}


@dataclass(frozen=True)
class Organization:
    """One register entry, with its parsed names and curated annotations merged in."""

    id: str
    name_ru: str | None
    name_en: str | None
    raw_name: str = ""
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    former_names: tuple[FormerName, ...] = ()
    country: str | None = None
    country_code: str | None = None
    category: str | None = None
    domains: tuple[str, ...] = ()
    register_no: int | None = None
    gp_decision_date: date | None = None
    inclusion_date: date | None = None
    inclusion_order: str | None = None
    published_date: date | None = None
    exclusion_date: date | None = None
    exclusion_order: str | None = None
    gp_cancel_date: date | None = None
    removed_date: date | None = None
    source_status: str | None = None
    sources: tuple[str, ...] = ()
    notes: str | None = None
    needs_review: bool = False
    review_reasons: tuple[str, ...] = ()
    group_id: str | None = None
    basis: str = "official"
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def display_name(self) -> str:
        return self.name_en or self.name_ru or self.raw_name or self.id

    @property
    def designated_since(self) -> date | None:
        """The inclusion order's date; for rows known from reporting without it, the decision's."""
        if self.inclusion_date is None and self.basis == "press":
            return self.gp_decision_date
        return self.inclusion_date

    def all_names(self) -> list[str]:
        """Every name this organization is known by, primary names first, without repeats."""
        names = [self.name_ru, self.name_en, *self.aliases, *(f.name for f in self.former_names)]
        seen: dict[str, None] = {}
        for name in names:
            if name and name not in seen:
                seen[name] = None
        return list(seen)

    def status_on(self, on: date | None) -> Status:
        return designation_status(self, on)

    def is_designated_on(self, on: date | None) -> bool:
        return designation_status(self, on) == "designated"

    def with_changes(self, **changes: Any) -> Organization:
        return replace(self, **changes)

    def to_json(self, *, as_of: date | None = None) -> dict[str, Any]:
        """The organization in the JSON contract shape, ``designated`` as of ``as_of`` (today)."""
        status = designation_status(self, as_of)
        return {
            "id": self.id,
            "name_ru": self.name_ru,
            "name_en": self.name_en,
            "aliases": list(self.aliases),
            "acronyms": list(self.acronyms),
            "former_names": [f.to_json() for f in self.former_names],
            "country": self.country,
            "country_code": self.country_code,
            "category": self.category,
            "domains": list(self.domains),
            "gp_decision_date": _iso(self.gp_decision_date),
            "inclusion_date": _iso(self.inclusion_date),
            "inclusion_order": self.inclusion_order,
            "exclusion_date": _iso(self.exclusion_date),
            "exclusion_order": self.exclusion_order,
            "status": status,
            "designated": status == "designated",
            "designated_since": _iso(self.designated_since),
            "sources": list(self.sources),
            "register_no": self.register_no,
            "raw_name": self.raw_name,
            "published_date": _iso(self.published_date),
            "gp_cancel_date": _iso(self.gp_cancel_date),
            "removed_date": _iso(self.removed_date),
            "basis": self.basis,
            "needs_review": self.needs_review,
            "review_reasons": list(self.review_reasons),
            "notes": self.notes,
        }


def designation_status(org: Organization, on: date | None) -> Status:
    """Where ``org`` stood on ``on`` (today when None), from its dated events alone.

    ``designated``: included by an order dated on or before ``on`` and not excluded by then;
    ``pending``: a Prosecutor General decision on or before ``on`` but no inclusion order yet;
    ``excluded``: an exclusion order (or a cancellation) dated on or before ``on``;
    ``removed``: dropped from the list without a dated order, as seen between snapshots;
    ``not_yet``: nothing had happened by ``on``.

    Rows known only from reporting (``basis == "press"``) are on the list with the inclusion order's
    date unknown, not missing: they count as designated from the Prosecutor General's decision, and
    one with no date at all counts as designated, so a check never clears a listed organization.
    """
    on = on or date.today()
    ended = [d for d in (org.exclusion_date, org.gp_cancel_date) if d is not None and d <= on]
    if ended:
        return "excluded"
    if org.removed_date is not None and org.removed_date <= on:
        return "removed"
    if org.inclusion_date is not None and org.inclusion_date <= on:
        return "designated"
    if org.gp_decision_date is not None and org.gp_decision_date <= on:
        return "designated" if org.basis == "press" and org.inclusion_date is None else "pending"
    if org.inclusion_date is None and org.gp_decision_date is None:
        return "designated"
    return "not_yet"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class Snapshot:
    """One imported file: immutable once stored."""

    id: int
    actuality: datetime
    sha256: str
    source: str
    kind: str
    row_count: int
    imported_at: datetime
    title: str = ""
    note: str | None = None
    fetched_at: datetime | None = None
    same_actuality_as: int | None = None
    previous_id: int | None = None
    warnings: tuple[str, ...] = ()

    @property
    def lineage(self) -> str:
        return lineage_of(self.kind)

    @property
    def is_official(self) -> bool:
        return self.lineage == "official"

    def describe(self) -> str:
        """A line for people: what this snapshot is and how complete."""
        when = self.actuality.strftime("%d.%m.%Y")
        if self.is_official:
            return f"official list of {when}, {self.row_count} entries"
        return f"bundled reconstruction from public reporting, up to {when}, {self.row_count} entries"

    def provenance(self) -> str:
        """Where the data comes from and how complete it is: stated wherever data is shown."""
        if self.is_official:
            return f"Official list of the Justice Ministry as of {self.actuality:%d.%m.%Y} ({self.row_count} entries)."
        return (
            f"Bundled reconstruction from public reporting, up to {self.actuality:%d.%m.%Y} ({self.row_count} "
            "entries): complete to September 2024, partial after it (the official list had 390 entries on "
            "14.08.2026)."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "actuality": self.actuality.isoformat(),
            "sha256": self.sha256,
            "source": self.source,
            "kind": self.kind,
            "official": self.is_official,
            "rows": self.row_count,
            "imported_at": self.imported_at.isoformat(),
            "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
            "title": self.title,
            "note": self.note,
            "same_actuality_as": self.same_actuality_as,
            "previous_id": self.previous_id,
            "warnings": list(self.warnings),
            "description": self.describe(),
            "provenance": self.provenance(),
        }


def lineage_of(kind: str) -> str:
    """``bundled`` for the reconstruction, ``official`` for official files and their exports."""
    return "bundled" if kind == "bundled" else "official"

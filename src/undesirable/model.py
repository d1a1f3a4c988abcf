"""The register's records as plain data: what an organization is, independent of storage.

An ``Organization`` is one entry of the list as the current snapshot (plus annotations) describes
it. Its ``id`` is minted once and kept (``ru-undesirable-1076-r-2015-07-29``; see
:mod:`undesirable.registry.ids`); earlier forms are kept in ``former_ids``. ``to_json`` gives the
JSON contract other tools rely on; whether an organization is designated depends on the date
asked about, so it is computed by :func:`designation_status` (see :mod:`undesirable.dates`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Literal

from undesirable.dates import coerce_date

Status = Literal["designated", "pending", "cancelled", "uncertain", "excluded", "removed", "not_yet"]
ON_LIST_STATUSES: tuple[Status, ...] = ("designated", "cancelled")
"""On the list that day: included and not yet excluded (a cancelled decision awaits its exclusion)."""

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
    city: str | None = None
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
    former_ids: tuple[str, ...] = ()
    month_dates: tuple[str, ...] = ()
    first_reported: date | None = None
    known_from: str | None = None
    not_in_official_of: date | None = None
    supplemented: tuple[str, ...] = ()
    supplemented_from: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def display_name(self) -> str:
        return self.name_en or self.name_ru or self.raw_name or self.id

    @property
    def designated_since(self) -> date | None:
        """The inclusion order's date (its month's first day when only the month is known)."""
        return self.inclusion_date

    def date_text(self, name: str) -> str | None:
        """A date field as precise as it is known: ``2025-07-28``, or ``2025-07`` for a month."""
        value: date | None = getattr(self, name)
        if value is None:
            return None
        return value.strftime("%Y-%m") if name in self.month_dates else value.isoformat()

    def provenance_note(self) -> str | None:
        """For an entry the newest official file does not list: where it is known from."""
        if self.known_from is None:
            return None
        note = f"known from {self.known_from}"
        if self.not_in_official_of is not None:
            note += f", not in the official file of {self.not_in_official_of:%d.%m.%Y}"
        return note

    def all_names(self) -> list[str]:
        """Every name this organization is known by, primary names first, without repeats."""
        names = [self.name_ru, self.name_en, *self.aliases, *(f.name for f in self.former_names)]
        seen: dict[str, None] = {}
        for name in names:
            if name and name not in seen:
                seen[name] = None
        return list(seen)

    def status_on(self, on: date | str | None) -> Status:
        return designation_status(self, coerce_date(on, name="on"))

    def is_designated_on(self, on: date | str | None) -> bool:
        return self.status_on(on) in ON_LIST_STATUSES

    def status_reason(self, on: date | None) -> str | None:
        """Why the status is what it is, when that needs saying (an uncertain or partial date)."""
        from undesirable.dates import explain_status

        return explain_status(self, on)

    def with_changes(self, **changes: Any) -> Organization:
        return replace(self, **changes)

    def to_json(self, *, as_of: date | str | None = None) -> dict[str, Any]:
        """The organization in the JSON contract shape, ``designated`` as of ``as_of`` (today)."""
        as_of = coerce_date(as_of, name="as_of")
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
            "gp_decision_date": self.date_text("gp_decision_date"),
            "inclusion_date": self.date_text("inclusion_date"),
            "inclusion_order": self.inclusion_order,
            "exclusion_date": self.date_text("exclusion_date"),
            "exclusion_order": self.exclusion_order,
            "status": status,
            "designated": status in ON_LIST_STATUSES,
            "designated_since": self.date_text("inclusion_date"),
            "sources": list(self.sources),
            "register_no": self.register_no,
            "raw_name": self.raw_name,
            "published_date": self.date_text("published_date"),
            "gp_cancel_date": self.date_text("gp_cancel_date"),
            "removed_date": _iso(self.removed_date),
            "basis": self.basis,
            "needs_review": self.needs_review,
            "review_reasons": list(self.review_reasons),
            "notes": self.notes,
            "former_ids": list(self.former_ids),
            "date_precision": {name: "month" for name in self.month_dates},
            "status_reason": self.status_reason(as_of),
            "known_from": self.known_from,
            "not_in_official_of": _iso(self.not_in_official_of),
            "provenance_note": self.provenance_note(),
            "supplemented": {name: self.supplemented_from for name in self.supplemented},
            "city": self.city,
        }


def designation_status(org: Organization, on: date | None) -> Status:
    """Where ``org`` stood on ``on`` (today when None); see :func:`undesirable.dates.status_on`."""
    from undesirable.dates import status_on

    return status_on(org, on)


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
        return f"bundled reconstruction from public copies of the list, up to {when}, {self.row_count} entries"

    def provenance(self) -> str:
        """Where the data comes from and how complete it is: stated wherever data is shown."""
        if self.is_official:
            return f"Official list of the Justice Ministry as of {self.actuality:%d.%m.%Y} ({self.row_count} entries)."
        if self.note:
            return self.note
        return f"Reconstruction from public sources, not the Justice Ministry's file, up to {self.actuality:%d.%m.%Y}."

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

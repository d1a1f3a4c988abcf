"""Organization operations: the register as it stood on a date, and one organization from free text.

:func:`resolve_organization` is the one rule every face uses to turn what a person typed into an
organization: an id (any spelling the registry accepts), else a name equal once case, quotes and
punctuation are ignored, else the matcher's single best match when it is strong
(``STRONG_THRESHOLD``) and no other organization scores as high.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from undesirable.errors import NotFoundError, UsageError
from undesirable.matching.match import STRONG_THRESHOLD
from undesirable.model import Organization, Snapshot
from undesirable.names.keys import name_match_key
from undesirable.operations.dates import iso
from undesirable.registry.registry import Registry

DEFAULT_PAGE = 50
"""Organizations per page of a list."""


@dataclass(frozen=True)
class OrganizationList:
    """The organizations designated on ``as_of`` (today when None), filtered, and the snapshot asked."""

    as_of: date | None
    snapshot: Snapshot | None
    organizations: tuple[Organization, ...]
    uncertain: tuple[Organization, ...] = ()
    """Entries whose known dates cannot tell whether they were on the list that day (not counted)."""
    coverage: str = ""
    """What the answer rests on (the snapshot, and entries known only from another source)."""

    def to_json(self, *, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
        """``list --json``'s shape; with ``limit``, one page of it (and the paging fields)."""
        shown = self.organizations[offset : offset + limit] if limit is not None else self.organizations
        data: dict[str, Any] = {
            "as_of": iso(self.as_of),
            "snapshot": self.snapshot.to_json() if self.snapshot else None,
            "count": len(self.organizations),
        }
        if limit is not None:
            data.update(limit=limit, offset=offset)
        data["organizations"] = [org.to_json(as_of=self.as_of) for org in shown]
        data["uncertain_count"] = len(self.uncertain)
        data["uncertain"] = [org.to_json(as_of=self.as_of) for org in self.uncertain]
        data["coverage"] = self.coverage
        return data


def list_organizations(
    registry: Registry,
    *,
    as_of: date | None = None,
    category: str | None = None,
    country: str | None = None,
    name_contains: str | None = None,
    include_pending: bool = False,
) -> OrganizationList:
    """The register as it stood on ``as_of``: designated by then and not excluded, then filtered."""
    orgs = registry.organizations(as_of=as_of, category=category, country=country, include_pending=include_pending)
    uncertain = registry.organizations_uncertain(as_of=as_of, category=category, country=country)
    if name_contains and name_contains.strip():
        orgs = [org for org in orgs if has_name_containing(org, name_contains)]
        uncertain = [org for org in uncertain if has_name_containing(org, name_contains)]
    return OrganizationList(as_of, registry.current_snapshot(), tuple(orgs), tuple(uncertain), registry.coverage())


def resolve_organization(registry: Registry, text: str) -> Organization:
    """An id or an exact name, else the matcher's single best match if it is strong.

    Raises:
        NotFoundError: nothing is named so, and no strong match.
        UsageError: the text names or strongly matches several organizations equally.
    """
    try:
        return registry.resolve(text)
    except NotFoundError:
        pass
    matches = registry.match(text, threshold=STRONG_THRESHOLD, limit=2)
    if not matches:
        raise NotFoundError(f"no organization is named or strongly matches {text!r}")
    best = matches[0]
    if len(matches) > 1 and matches[1].score >= best.score:
        names = ", ".join(f"{m.organization.id} ({m.matched_name})" for m in matches)
        raise UsageError(f"{text!r} matches several organizations equally: {names}; give an id")
    return best.organization


def has_name_containing(org: Organization, text: str) -> bool:
    """Whether any name, acronym or domain of ``org`` contains ``text`` (compared by ``name_match_key``)."""
    needle = name_match_key(text)
    names = (*org.all_names(), *org.acronyms, *org.domains, org.id)
    return any(needle in name_match_key(name) for name in names)

"""The list as people browse it: filtered by date, status, category, country and year; sorted; counted.

One operation serves the web list, its downloads and any other face: :func:`browse_register`
takes a :class:`ListQuery` and returns a :class:`ListView` that also says *why* a list is short
or empty (a date before the law, a date past the end of the data, filters that exclude all).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from undesirable.errors import UsageError
from undesirable.model import CATEGORIES, Organization, Snapshot
from undesirable.operations.organizations import has_name_containing

if TYPE_CHECKING:
    from undesirable.registry.registry import Registry

LAW_IN_FORCE = date(2015, 5, 23)
"""129-FZ of 23 May 2015 added art. 3.1 to 272-FZ: no organization was "undesirable" before it."""
STATUSES = ("designated", "pending", "excluded", "any")
"""``excluded`` covers entries taken off the list; ``any`` is every entry known by the date."""
SORT_KEYS = ("name", "country", "category", "decided", "included", "status")
DATE_KEYS: dict[str, Callable[[Organization], date | None]] = {
    "decided": lambda o: o.gp_decision_date,
    "included": lambda o: o.inclusion_date or o.gp_decision_date,
}
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class ListQuery:
    """What a reader asks of the list (empty strings and None mean "no filter")."""

    as_of: date | None = None
    status: str = "designated"
    category: str = ""
    country: str = ""
    year: int | None = None
    q: str = ""
    sort: str = "-included"
    lang: str = "en"


@dataclass(frozen=True)
class ListView:
    """The organizations that answer a :class:`ListQuery`, with facet counts and the data's bounds."""

    query: ListQuery
    organizations: list[Organization]
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    data_end: date = date.min
    before_law: bool = False
    past_data_end: bool = False
    filtered: bool = False


def browse_register(registry: Registry, query: ListQuery) -> ListView:
    """The list for ``query``; unknown statuses, categories or sort keys are usage errors, no data is NoDataError."""
    _check(query)
    data_end = registry.require_data().actuality.date()
    day = query.as_of
    known = [o for o in registry.all_organizations() if o.status_on(day) != "not_yet"]
    in_status = [o for o in known if _has_status(o, query.status, day)]
    chosen = [o for o in in_status if _passes(o, query)]
    key = query.sort.lstrip("-")
    chosen.sort(key=_sort_key(key, query.lang, day), reverse=query.sort.startswith("-"))
    if key in DATE_KEYS:  # entries without the date come last, whichever the direction
        chosen = [o for o in chosen if DATE_KEYS[key](o)] + [o for o in chosen if not DATE_KEYS[key](o)]
    return ListView(
        query=query,
        organizations=chosen,
        counts=_facet_counts(known, in_status, day),
        data_end=data_end,
        before_law=day is not None and day < LAW_IN_FORCE,
        past_data_end=day is not None and day > data_end,
        filtered=bool(query.category or query.country or query.year or query.q.strip()),
    )


def _check(query: ListQuery) -> None:
    if query.status not in STATUSES:
        raise UsageError(f"status: unknown value {query.status!r} (one of: {', '.join(STATUSES)})")
    if query.category and query.category not in (*CATEGORIES, "unknown"):
        raise UsageError(f"category: unknown value {query.category!r} (one of: {', '.join(CATEGORIES)})")
    if query.sort.lstrip("-") not in SORT_KEYS:
        raise UsageError(f"sort: unknown value {query.sort!r} (one of: {', '.join(SORT_KEYS)}, each with - to reverse)")


def _has_status(org: Organization, status: str, day: date | None) -> bool:
    now = org.status_on(day)
    if status == "any":
        return True
    if status == "excluded":
        return now in ("excluded", "removed")
    return now == status


def _passes(org: Organization, query: ListQuery) -> bool:
    if query.category and (org.category or "unknown") != query.category:
        return False
    if query.country and (org.country_code or "").upper() != query.country.upper():
        return False
    if query.year and _year(org) != query.year:
        return False
    return not query.q.strip() or has_name_containing(org, query.q)


def _year(org: Organization) -> int | None:
    when = org.inclusion_date or org.gp_decision_date
    return when.year if when else None


def _facet_counts(known: Iterable[Organization], in_status: list[Organization], day: date | None) -> dict[str, Any]:
    statuses = Counter(_status_group(o.status_on(day)) for o in known)
    statuses["any"] = sum(statuses.values())
    return {
        "status": dict(statuses),
        "category": dict(Counter(o.category or "unknown" for o in in_status)),
        "country": dict(Counter(o.country_code.upper() for o in in_status if o.country_code)),
        "year": {str(y): n for y, n in sorted(Counter(_year(o) for o in in_status if _year(o)).items())},
    }


def _status_group(status: str) -> str:
    return "excluded" if status == "removed" else status


def _sort_key(key: str, lang: str, day: date | None) -> Callable[[Organization], Any]:
    far = date.max

    def name(org: Organization) -> str:
        shown = (org.name_ru if lang == "ru" else org.name_en) or org.display_name
        return shown.casefold().lstrip("«\"'(")

    keys: dict[str, Callable[[Organization], Any]] = {
        "name": name,
        "country": lambda o: (o.country_code or "~", name(o)),
        "category": lambda o: (o.category or "~", name(o)),
        "decided": lambda o: (o.gp_decision_date or far, name(o)),
        "included": lambda o: (o.inclusion_date or o.gp_decision_date or far, name(o)),
        "status": lambda o: (o.status_on(day), name(o)),
    }
    return keys[key]


def render_view_file(orgs: list[Organization], *, snapshot: Snapshot, kind: str) -> bytes:
    """The organizations of a view as the project's importable ``csv``, ``json`` or ``xlsx`` file."""
    from undesirable.exports.project import dump_project_csv, dump_project_json, dump_project_xlsx

    dump = {"csv": dump_project_csv, "json": dump_project_json, "xlsx": dump_project_xlsx}[kind]
    return dump(orgs, snapshot=snapshot)

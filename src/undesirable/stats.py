"""Numbers about the register: designations per year, growth over time, categories, countries.

:func:`compute_stats` is pure: organizations in, one JSON-ready dict out. Years are counted two
ways, by the Prosecutor General's decision date and by the Justice Ministry's inclusion date
(the register's own date); the cumulative size, the category stacks and the status counts follow
the inclusion date. Dated facts after ``as_of`` are ignored, so the numbers describe the register
as it stood on that day. Entries with unknown dates are counted, never guessed: the
``unknown_dates`` block says how many. The ``source`` string (which snapshot, or the bundled
reconstruction) is echoed so that every table or chart made from the result can name it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from statistics import median
from typing import Any

from undesirable.model import CATEGORIES, Organization, designation_status

UNKNOWN = "unknown"
CATEGORY_ORDER = (*CATEGORIES, UNKNOWN)


def compute_stats(orgs: Sequence[Organization], *, as_of: date | None = None, source: str) -> dict[str, Any]:
    """Statistics of the register as it stood on ``as_of`` (everything known when None).

    An organization counts when it was included or decided on or before ``as_of``; with
    ``as_of`` None every organization counts, even one with no dates at all.

    Args:
        orgs: Register entries (one per entry, as the register lists them).
        as_of: The day the numbers describe; None for every dated fact known.
        source: Where the entries come from (e.g. "official snapshot of 14.08.2026"), echoed.

    Returns:
        A JSON-ready dict: ``source``, ``as_of``, ``total``, ``by_status``,
        ``by_decision_year``, ``by_inclusion_year``, ``by_inclusion_year_category``,
        ``cumulative`` (a list of ``{date, count}`` by inclusion date), ``by_category``,
        ``by_country``, ``median_days_decision_to_inclusion``, ``decision_to_inclusion_pairs``,
        ``unknown_dates`` and ``not_counted`` (entries with no date on or before ``as_of``).
    """
    counted = [org for org in orgs if _is_counted(org, as_of)]
    decisions = [d for org in counted if (d := _known_by(org.gp_decision_date, as_of))]
    included = [org for org in counted if _known_by(org.inclusion_date, as_of)]
    inclusions = [org.inclusion_date for org in included if org.inclusion_date is not None]
    gaps = [gap for org in included if (gap := _days_to_inclusion(org, as_of)) is not None]
    status_day = as_of or date.max
    return {
        "source": source,
        "as_of": as_of.isoformat() if as_of is not None else None,
        "total": len(counted),
        "by_status": _sorted_counts(designation_status(org, status_day) for org in counted),
        "by_decision_year": _count_years(decisions),
        "by_inclusion_year": _count_years(inclusions),
        "by_inclusion_year_category": _count_year_categories(included),
        "cumulative": _cumulative(inclusions),
        "by_category": _sorted_counts(org.category or UNKNOWN for org in counted),
        "by_country": _sorted_counts(org.country_code or UNKNOWN for org in counted),
        "median_days_decision_to_inclusion": float(median(gaps)) if gaps else None,
        "decision_to_inclusion_pairs": len(gaps),
        "unknown_dates": {
            "decision": sum(org.gp_decision_date is None for org in counted),
            "inclusion": sum(org.inclusion_date is None for org in counted),
            "both": sum(org.gp_decision_date is None and org.inclusion_date is None for org in counted),
        },
        "not_counted": len(orgs) - len(counted),
    }


def _is_counted(org: Organization, as_of: date | None) -> bool:
    if as_of is None:
        return True
    return any(d is not None and d <= as_of for d in (org.inclusion_date, org.gp_decision_date))


def _known_by(value: date | None, as_of: date | None) -> date | None:
    """``value`` when it happened on or before ``as_of``; None when unknown or still ahead."""
    if value is None or (as_of is not None and value > as_of):
        return None
    return value


def _days_to_inclusion(org: Organization, as_of: date | None) -> int | None:
    """Days from the decision to the inclusion, when both are known by ``as_of``."""
    decided = _known_by(org.gp_decision_date, as_of)
    included = _known_by(org.inclusion_date, as_of)
    if decided is None or included is None:
        return None
    return (included - decided).days


def _count_years(dates: Iterable[date]) -> dict[str, int]:
    counts = Counter(d.year for d in dates)
    return {str(year): counts[year] for year in sorted(counts)}


def _count_year_categories(orgs: Iterable[Organization]) -> dict[str, dict[str, int]]:
    """Per inclusion year, the count of each category (in the model's category order)."""
    counts: dict[int, Counter[str]] = {}
    for org in orgs:
        if org.inclusion_date is not None:
            year = counts.setdefault(org.inclusion_date.year, Counter())
            year[org.category or UNKNOWN] += 1
    return {str(year): {cat: counts[year][cat] for cat in _category_order(counts[year])} for year in sorted(counts)}


def _category_order(counts: Counter[str]) -> list[str]:
    known = [cat for cat in CATEGORY_ORDER if cat in counts]
    return known + sorted(cat for cat in counts if cat not in CATEGORY_ORDER)


def _cumulative(dates: Iterable[date]) -> list[dict[str, Any]]:
    """The register's running size: one point per inclusion date, with the total so far."""
    per_day = Counter(dates)
    points, total = [], 0
    for day in sorted(per_day):
        total += per_day[day]
        points.append({"date": day.isoformat(), "count": total})
    return points


def _sorted_counts(values: Iterable[str]) -> dict[str, int]:
    """Counts, largest first, ties by name."""
    counts = Counter(values)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

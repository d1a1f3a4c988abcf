"""What callers pass to the registry, checked once for every face (CLI, API, web, Python).

Dates come as ``date`` objects or ISO strings (``"2020-01-01"``; ``DD.MM.YYYY`` too); filters name
a known category, or a country some organization of the register has. Anything else is a
:class:`UsageError` that lists the valid values, never an empty answer that looks like "none".
"""

from __future__ import annotations

from collections.abc import Iterable

from undesirable.dates import coerce_date
from undesirable.errors import UsageError
from undesirable.model import CATEGORIES, Organization

__all__ = ["check_filters", "coerce_date"]


def check_filters(orgs: Iterable[Organization], *, category: str | None, country: str | None) -> None:
    """Refuse a category that does not exist and a country no organization of the register has."""
    if category and category not in CATEGORIES:
        raise UsageError(f"category: unknown value {category!r} (one of: {', '.join(CATEGORIES)})")
    if country:
        known = sorted({o.country_code.upper() for o in orgs if o.country_code})
        if country.upper() not in known:
            raise UsageError(
                f"country: no organization of the register has country {country!r} "
                f"(ISO alpha-2 codes present: {', '.join(known)})"
            )

"""Which organizations an export holds: the register as it stood on a date.

An export lists every organization that was on the list on ``as_of`` (today by default):
designated, pending inclusion, or excluded by a dated order (the official list keeps excluded
rows, with the order). Organizations that vanished from the list without an order, or whose
decision came later, are left out. For a past date, facts dated after it (a later exclusion, a
later cancellation) are blanked, so the file reads as the list read then.
"""

from __future__ import annotations

from datetime import date

from undesirable.model import Organization

LISTED_STATUSES = ("designated", "cancelled", "uncertain", "pending", "excluded")


def select_listed(organizations: list[Organization], *, as_of: date | None = None) -> list[Organization]:
    """The organizations on the list on ``as_of``, in register order, as they stood then."""
    day = as_of or date.today()
    listed = [org for org in organizations if org.status_on(day) in LISTED_STATUSES]
    if as_of is not None:
        listed = [org_as_it_stood(org, as_of) for org in listed]
    listed.sort(key=lambda o: (o.register_no if o.register_no is not None else 1 << 30, o.id))
    return _unique_numbers(listed)


def org_as_it_stood(org: Organization, day: date) -> Organization:
    """``org`` without the facts dated after ``day``."""
    changes: dict[str, object] = {"removed_date": None}
    if org.exclusion_date is not None and org.exclusion_date > day:
        changes.update(exclusion_date=None, exclusion_order=None)
    if org.gp_cancel_date is not None and org.gp_cancel_date > day:
        changes["gp_cancel_date"] = None
    if org.published_date is not None and org.published_date > day:
        changes["published_date"] = None
    if org.inclusion_date is not None and org.inclusion_date > day:
        changes.update(inclusion_date=None, inclusion_order=None)
    return org.with_changes(**changes)


def _unique_numbers(orgs: list[Organization]) -> list[Organization]:
    """Give a free № п/п to a row whose number another row already has (past dates only)."""
    used = {o.register_no for o in orgs if o.register_no is not None}
    seen: set[int] = set()
    out = []
    for org in orgs:
        number = org.register_no
        if number is None or number in seen:
            number = max(used | seen, default=0) + 1
            org = org.with_changes(register_no=number)
        seen.add(number)
        out.append(org)
    return out

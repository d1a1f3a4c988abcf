"""Dates with their precision, and where an organization stood on a given day.

A register date is known to the day, only to the month (the facts have a ``YYYY-MM`` decision
date), or not at all. A month-only date is stored as the month's first day and named in the
organization's ``month_dates``; it is shown as ``2025-07`` and never turned into a day.

A designation lasts from the Justice Ministry's inclusion order to its exclusion order: the kind
of date that starts it ends it. The Prosecutor General's decision and its cancellation are events
with their own dates, and the states in between have names:

``not_yet``     nothing had happened by that day;
``pending``     decided by the Prosecutor General, not yet included in the list;
``designated``  on the list;
``cancelled``   on the list, the decision cancelled, the exclusion order not known yet;
``uncertain``   the day falls where the known dates cannot tell (included in June 2025, day
                unknown; an entry with no inclusion date before the first source reporting it);
``excluded``    excluded by an order dated on or before that day;
``removed``     gone from a later official file without a dated exclusion.

An entry with no known inclusion date is never on the register before the law existed
(23.05.2015), nor before its Prosecutor General decision, nor certainly before the first source
that reports it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from undesirable.errors import UsageError

if TYPE_CHECKING:
    from undesirable.model import Organization, Status

LAW_IN_FORCE = date(2015, 5, 23)
"""129-FZ of 23 May 2015 added art. 3.1 to 272-FZ: nothing was designated before it."""


@dataclass(frozen=True)
class Span:
    """The days a date may be: one day, or every day of a month."""

    first: date
    last: date
    month_only: bool = False


def date_span(org: Organization, name: str) -> Span | None:
    """The span of one of ``org``'s date fields, or None when the date is unknown."""
    value: date | None = getattr(org, name)
    if value is None:
        return None
    if name in org.month_dates:
        last = calendar.monthrange(value.year, value.month)[1]
        return Span(value.replace(day=1), value.replace(day=last), True)
    return Span(value, value)


def listing_span(org: Organization) -> tuple[date, date | None]:
    """From when ``org`` may be on the list, and from when it certainly is (None: never certain)."""
    included = date_span(org, "inclusion_date")
    if included is not None:
        return included.first, included.last
    decided = date_span(org, "gp_decision_date")
    first_possible = max(LAW_IN_FORCE, decided.first if decided else LAW_IN_FORCE)
    certain = org.first_reported
    if certain is not None and certain < first_possible:
        certain = first_possible
    return first_possible, certain


def status_on(org: Organization, on: date | None) -> Status:
    """Where ``org`` stood on ``on`` (today when None), from its dated facts alone."""
    on = on or date.today()
    excluded = date_span(org, "exclusion_date")
    if excluded is not None and on >= excluded.last:
        return "excluded"
    if org.removed_date is not None and org.removed_date <= on:
        return "removed"
    if excluded is not None and on >= excluded.first:
        return "uncertain"
    first_possible, certain_from = listing_span(org)
    if certain_from is not None and on >= certain_from:
        cancelled = date_span(org, "gp_cancel_date")
        return "cancelled" if cancelled is not None and on >= cancelled.last else "designated"
    if on >= first_possible:
        return "uncertain"
    decided = date_span(org, "gp_decision_date")
    if decided is not None and on >= decided.last:
        return "pending"
    return "not_yet"


def explain_status(org: Organization, on: date | None) -> str | None:
    """Why ``org`` has its status on ``on``, when that needs saying; None when the dates say it all."""
    status = status_on(org, on)
    if status == "excluded":
        order = f" (order {org.exclusion_order})" if org.exclusion_order else ""
        return f"excluded on {format_date(org, 'exclusion_date')}{order}"
    if status == "cancelled":
        return (
            f"the Prosecutor General's decision was cancelled on {format_date(org, 'gp_cancel_date')}; "
            "the exclusion order is not known yet"
        )
    if status == "pending":
        return f"decided by the Prosecutor General on {format_date(org, 'gp_decision_date')}; not yet included"
    if status != "uncertain":
        return None
    return _explain_uncertain(org)


def _explain_uncertain(org: Organization) -> str:
    excluded = date_span(org, "exclusion_date")
    if excluded is not None and excluded.month_only:
        return f"excluded in {excluded.first:%B %Y}, day unknown"
    included = date_span(org, "inclusion_date")
    if included is not None:
        return f"included in {included.first:%B %Y}, day unknown"
    reasons = ["inclusion date unknown"]
    if org.gp_decision_date is not None:
        reasons.append(f"decided by the Prosecutor General on {format_date(org, 'gp_decision_date')}")
    if org.first_reported is not None:
        reasons.append(f"first reported on the list on {org.first_reported:%d.%m.%Y}")
    return "; ".join(reasons)


def format_date(org: Organization, name: str) -> str:
    """A date for people, as precise as it is known: ``28.07.2015`` or ``07.2025``."""
    value: date | None = getattr(org, name)
    if value is None:
        return "unknown"
    return value.strftime("%m.%Y") if name in org.month_dates else value.strftime("%d.%m.%Y")


def describe_status(org: Organization, on: date | None) -> str:
    """One true line on where ``org`` stood on ``on``: what the CLI and pages print beside a name."""
    status = status_on(org, on)
    reason = explain_status(org, on)
    if status in ("designated", "cancelled"):
        since = format_date(org, "inclusion_date")
        text = f"designated since {since}" if org.inclusion_date else "designated (inclusion date unknown)"
        if reason:
            text += f"; {reason}"
    elif status == "excluded":
        text = reason or "excluded"
    elif status == "not_yet":
        text = "not designated by then"
        if org.inclusion_date is not None:
            text += f" (included on {format_date(org, 'inclusion_date')})"
    else:
        text = f"{status.replace('_', ' ')}: {reason}" if reason else status.replace("_", " ")
    note = org.provenance_note()
    return f"{text}; {note}" if note else text


def coerce_date(value: date | str | None, *, name: str = "date") -> date | None:
    """``value`` as a date: a ``date``, a ``datetime`` (its day), an ISO or ``DD.MM.YYYY`` string, or None.

    Every public function that takes a date accepts either form; a string that is not a date is a
    :class:`~undesirable.errors.UsageError` naming the parameter.
    """
    from datetime import datetime

    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        from undesirable.sources.cells import parse_date_cell

        parsed = parse_date_cell(text) if any(c in text for c in ".-") else None
        if parsed is not None:
            return parsed
    raise UsageError(f"{name}: not a date: {value!r} (use YYYY-MM-DD or DD.MM.YYYY)")

"""Time as the store keeps it: naive UTC date-times; the clock is passed in so tests can set it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Now, in UTC, timezone-aware (the default clock)."""
    return datetime.now(UTC)


def naive_utc(moment: datetime | None = None) -> datetime:
    """``moment`` (default now) as a naive UTC date-time, the form every table stores."""
    moment = moment or utc_now()
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment

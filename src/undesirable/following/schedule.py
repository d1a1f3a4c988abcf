"""Run ``update`` on a schedule: the ``watch`` loop under a service manager, or a thread in ``serve``.

Each round downloads the official export (a known file changes nothing), screens watchlists and
notifies subscribers when a new snapshot arrives, and retries deliveries still pending. A failed
round is one log line; the loop goes on. Rounds start every ``every`` (``6h``), measured from the
start of the previous round. The clock, the pause and the stop signal are passed in for tests.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from undesirable.errors import UndesirableError, UsageError
from undesirable.following.download import DownloadOptions
from undesirable.following.notify import deliver_pending
from undesirable.following.updater import Channel, UpdateResult, update_registry
from undesirable.settings import Settings

if TYPE_CHECKING:
    from undesirable.registry.registry import Registry

log = logging.getLogger("undesirable.watch")

MIN_INTERVAL = timedelta(minutes=5)
"""Shorter intervals are refused: the ministry's server is not to be hammered."""
_PART = re.compile(r"(\d+)\s*([smhd])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


@dataclass(frozen=True)
class Round:
    """The outcome of one scheduled update."""

    ok: bool
    message: str
    result: UpdateResult | None = None


def parse_interval(text: str) -> timedelta:
    """``6h``, ``30m``, ``1d``, ``1h30m`` as a time span (at least :data:`MIN_INTERVAL`)."""
    compact = text.strip().lower().replace(" ", "")
    parts = _PART.findall(compact)
    if not compact or "".join(n + u for n, u in parts) != compact:
        raise UsageError(f"not an interval: {text!r} (use e.g. 6h, 30m, 1d, 1h30m)")
    span = sum((timedelta(**{_UNITS[unit]: int(n)}) for n, unit in parts), timedelta())
    if span < MIN_INTERVAL:
        raise UsageError(f"interval {text!r} is shorter than {int(MIN_INTERVAL.total_seconds() / 60)} minutes")
    return span


def run_update_round(registry: Registry, options: DownloadOptions | None = None, *, source: Channel = "auto") -> Round:
    """One update (see :func:`update_registry`), never raising for an expected failure."""
    options = options or DownloadOptions()
    try:
        result = update_registry(registry, options, source=source)
        if result.notice_id is None:
            deliver_pending(registry, transport=options.transport)
    except UndesirableError as exc:
        return Round(False, exc.message)
    snap, diff = result.imported.snapshot, result.imported.diff
    if not result.imported.new:
        message = f"no new version: snapshot {snap.id} ({snap.describe()}) is already imported"
    else:
        message = (
            f"imported snapshot {snap.id} ({snap.describe()}): {len(diff.added)} added, "
            f"{len(diff.removed)} removed, {len(diff.changed)} changed, "
            f"{len(result.hits)} new watchlist hits, {len(result.deliveries)} deliveries"
        )
    return Round(True, message, result)


def log_round(outcome: Round) -> None:
    """Report a round to the ``undesirable.watch`` logger (the default of :func:`watch`)."""
    if outcome.ok:
        log.info("%s", outcome.message)
    else:
        log.error("update failed: %s", outcome.message)


def watch(
    registry: Registry,
    options: DownloadOptions | None = None,
    *,
    every: timedelta,
    source: Channel = "auto",
    on_round: Callable[[Round], None] = log_round,
    rounds: int | None = None,
    stop: threading.Event | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Run update rounds every ``every`` until ``rounds`` are done or ``stop`` is set.

    ``sleep`` waits between rounds and between a round's retries (it replaces ``options.sleep``).

    Returns:
        The number of rounds run.
    """
    options = replace(options or DownloadOptions(), sleep=sleep)
    done = 0
    while stop is None or not stop.is_set():
        started = clock()
        on_round(run_update_round(registry, options, source=source))
        done += 1
        if rounds is not None and done >= rounds:
            break
        pause = max(0.0, every.total_seconds() - (clock() - started))
        if stop is not None:
            stop.wait(pause)
        else:
            sleep(pause)
    return done


class UpdateScheduler:
    """``watch`` in a daemon thread with its own registry; :meth:`stop` ends it."""

    def __init__(self, settings: Settings, options: DownloadOptions | None = None, *, every: timedelta) -> None:
        self.settings = settings
        self.every = every
        self.options = options
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="undesirable-update", daemon=True)

    def start(self) -> UpdateScheduler:
        self.thread.start()
        return self

    def stop(self, *, timeout: float | None = 10.0) -> None:
        self.stopping.set()
        self.thread.join(timeout)

    def _run(self) -> None:
        from undesirable.registry.registry import Registry

        registry = Registry.open(settings=self.settings)
        try:
            watch(registry, self.options, every=self.every, stop=self.stopping)
        finally:
            registry.close()


def start_update_scheduler(settings: Settings, options: DownloadOptions | None = None) -> UpdateScheduler | None:
    """Start scheduled updates when ``UNDESIRABLE_UPDATE_EVERY`` is set (for ``serve``)."""
    if not settings.update_every:
        return None
    scheduler = UpdateScheduler(settings, options, every=parse_interval(settings.update_every))
    log.info("updating the register every %s", settings.update_every)
    return scheduler.start()

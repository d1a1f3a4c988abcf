"""Watchlists: names someone wants to hear about the day the register lists them.

A watchlist is a named set of names (partners, grantees, clients). Each name is screened against
the register when it is added and again on every new snapshot, with the matcher
(:meth:`Registry.match`, its default threshold) or, where the matcher is not installed, an exact
normalized lookup. A hit is an organization that is designated or pending on the day of the
screening; each (name, organization) pair is recorded once, so only new hits are reported.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, insert, select

from undesirable.errors import Location, NotFoundError, SourceError, UsageError
from undesirable.model import Organization
from undesirable.registry.clock import naive_utc
from undesirable.store import schema

if TYPE_CHECKING:
    from undesirable.registry.registry import Registry

DEFAULT_LIST = "default"
HIT_STATUSES = ("designated", "cancelled", "uncertain", "pending")
MAX_NAME_CHARS = 1000


@dataclass(frozen=True)
class WatchHit:
    """A watched name that the register lists."""

    watchlist: str
    query: str
    org_id: str
    org_name: str
    score: float
    matched_name: str
    status: str
    snapshot_id: int | None
    found_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "watchlist": self.watchlist,
            "query": self.query,
            "org_id": self.org_id,
            "org_name": self.org_name,
            "score": round(self.score, 4),
            "matched_name": self.matched_name,
            "status": self.status,
            "snapshot_id": self.snapshot_id,
            "found_at": self.found_at.isoformat(),
        }


@dataclass(frozen=True)
class Watchlist:
    name: str
    items: tuple[str, ...]
    hits: tuple[WatchHit, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "items": list(self.items),
            "hits": [h.to_json() for h in self.hits],
        }


def read_names_file(path: Path) -> list[str]:
    """Names from a file: one per line (``#`` comments), or a CSV's first column (a header
    cell ``name`` is skipped)."""
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read names: {exc}", location=Location(str(path))) from exc
    if path.suffix.lower() == ".csv":
        rows = [r[0] for r in csv.reader(io.StringIO(text)) if r and r[0].strip()]
        if rows and rows[0].strip().lower() in ("name", "names", "название", "наименование"):
            rows = rows[1:]
        return [r.strip() for r in rows]
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def add_to_watchlist(
    registry: Registry,
    names: Iterable[str],
    *,
    list_name: str = DEFAULT_LIST,
    now: datetime | None = None,
) -> tuple[list[str], list[WatchHit]]:
    """Add names (creating the list if needed); return the names new to it and their hits now."""
    moment = naive_utc(now)
    wanted = _unique_names(names)
    with registry.store.transaction() as conn:
        list_id = _list_id(conn, list_name, create=True, now=moment)
        known = set(
            conn.execute(
                select(schema.watchlist_items.c.name).where(schema.watchlist_items.c.watchlist_id == list_id)
            ).scalars()
        )
        fresh = [n for n in wanted if n not in known]
        if fresh:
            conn.execute(
                insert(schema.watchlist_items),
                [{"watchlist_id": list_id, "name": n, "added_at": moment} for n in fresh],
            )
    return fresh, screen_watchlists(registry, names=fresh, list_name=list_name, now=moment)


def remove_from_watchlist(registry: Registry, name: str, *, list_name: str = DEFAULT_LIST) -> None:
    """Remove one name (its recorded hits go with it)."""
    with registry.store.transaction() as conn:
        list_id = _list_id(conn, list_name, create=False)
        items = schema.watchlist_items
        where = (items.c.watchlist_id == list_id) & (items.c.name == name.strip())
        item_id = conn.execute(select(items.c.id).where(where)).scalar()
        if item_id is None:
            raise NotFoundError(f"{name!r} is not on watchlist {list_name!r}")
        conn.execute(delete(schema.watchlist_hits).where(schema.watchlist_hits.c.item_id == item_id))
        conn.execute(delete(items).where(items.c.id == item_id))


def delete_watchlist(registry: Registry, list_name: str) -> None:
    """Remove a whole watchlist, its names, hits and subscriptions."""
    with registry.store.transaction() as conn:
        list_id = _list_id(conn, list_name, create=False)
        item_ids = select(schema.watchlist_items.c.id).where(schema.watchlist_items.c.watchlist_id == list_id)
        conn.execute(delete(schema.watchlist_hits).where(schema.watchlist_hits.c.item_id.in_(item_ids)))
        conn.execute(delete(schema.watchlist_items).where(schema.watchlist_items.c.watchlist_id == list_id))
        conn.execute(delete(schema.subscriptions).where(schema.subscriptions.c.watchlist_id == list_id))
        conn.execute(delete(schema.watchlists).where(schema.watchlists.c.id == list_id))


def read_watchlists(registry: Registry, *, list_name: str | None = None) -> list[Watchlist]:
    """Every watchlist (or one) with its names and every hit recorded so far."""
    with registry.store.reading() as conn:
        lists = conn.execute(select(schema.watchlists).order_by(schema.watchlists.c.name)).all()
        if list_name is not None:
            lists = [row for row in lists if row.name == list_name]
            if not lists:
                raise NotFoundError(f"no watchlist {list_name!r}")
        names = {o.id: o.display_name for o in registry.all_organizations()}
        out = []
        for row in lists:
            items = conn.execute(
                select(schema.watchlist_items.c.name)
                .where(schema.watchlist_items.c.watchlist_id == row.id)
                .order_by(schema.watchlist_items.c.id)
            ).scalars()
            out.append(Watchlist(row.name, tuple(items), tuple(_read_hits(conn, row.id, row.name, names))))
    return out


def screen_watchlists(
    registry: Registry,
    *,
    names: Sequence[str] | None = None,
    list_name: str | None = None,
    snapshot_id: int | None = None,
    now: datetime | None = None,
) -> list[WatchHit]:
    """Screen watched names against the current register; record and return the new hits."""
    found = find_new_hits(registry, names=names, list_name=list_name, snapshot_id=snapshot_id, now=now)
    if found:
        with registry.store.transaction() as conn:
            record_hits(conn, found)
    return [hit for _, hit in found]


def find_new_hits(
    registry: Registry,
    *,
    names: Sequence[str] | None = None,
    list_name: str | None = None,
    snapshot_id: int | None = None,
    now: datetime | None = None,
) -> list[tuple[int, WatchHit]]:
    """The hits not recorded yet, keyed by watched item; nothing is written."""
    moment = naive_utc(now)
    if snapshot_id is None:
        snapshot = registry.current_snapshot()
        snapshot_id = snapshot.id if snapshot else None
    with registry.store.reading() as conn:
        items = _read_items(conn, list_name=list_name, names=names)
        seen = {(r.item_id, r.org_id) for r in conn.execute(select(schema.watchlist_hits))}
    found: list[tuple[int, WatchHit]] = []
    for item_id, watchlist, query in items:
        for org, score, matched in find_candidates(registry, query, on=moment.date()):
            if (item_id, org.id) in seen:
                continue
            seen.add((item_id, org.id))
            status = org.status_on(moment.date())
            hit = WatchHit(watchlist, query, org.id, org.display_name, score, matched, status, snapshot_id, moment)
            found.append((item_id, hit))
    return found


def record_hits(conn: Connection, found: Sequence[tuple[int, WatchHit]]) -> None:
    """Store hits found by :func:`find_new_hits` (inside the caller's transaction)."""
    conn.execute(insert(schema.watchlist_hits), [_hit_values(i, h) for i, h in found])


def find_candidates(registry: Registry, name: str, *, on: date) -> list[tuple[Organization, float, str]]:
    """Organizations ``name`` may be, designated or pending on ``on``, with score and name matched."""
    if registry.current_snapshot() is None:
        return []  # nothing listed yet: hits come with the first import
    try:
        matches = [(m.organization, float(m.score), str(m.matched_name)) for m in registry.match(name)]
    except ImportError:  # the matcher is not installed: exact normalized names only
        matches = [(org, 1.0, name) for org in registry.find_exact(name)]
    return [m for m in matches if m[0].status_on(on) in HIT_STATUSES]


def _read_items(conn: Connection, *, list_name: str | None, names: Sequence[str] | None) -> list[tuple[int, str, str]]:
    items, lists = schema.watchlist_items, schema.watchlists
    query = select(items.c.id, lists.c.name, items.c.name).join(lists, lists.c.id == items.c.watchlist_id)
    if list_name is not None:
        query = query.where(lists.c.name == list_name)
    if names is not None:
        query = query.where(items.c.name.in_(list(names)))
    return [(r[0], r[1], r[2]) for r in conn.execute(query.order_by(items.c.id))]


def _read_hits(conn: Connection, list_id: int, list_name: str, names: dict[str, str]) -> list[WatchHit]:
    hits, items = schema.watchlist_hits, schema.watchlist_items
    rows = conn.execute(
        select(hits, items.c.name.label("query"))
        .join(items, items.c.id == hits.c.item_id)
        .where(items.c.watchlist_id == list_id)
        .order_by(hits.c.id)
    )
    return [
        WatchHit(
            list_name,
            r.query,
            r.org_id,
            names.get(r.org_id, r.org_id),
            r.score,
            r.matched_name or "",
            r.status,
            r.snapshot_id,
            r.found_at,
        )
        for r in rows
    ]


def _hit_values(item_id: int, hit: WatchHit) -> dict[str, Any]:
    return {
        "item_id": item_id,
        "org_id": hit.org_id,
        "snapshot_id": hit.snapshot_id,
        "score": hit.score,
        "matched_name": hit.matched_name,
        "status": hit.status,
        "found_at": hit.found_at,
    }


def _list_id(conn: Connection, list_name: str, *, create: bool, now: datetime | None = None) -> int:
    name = list_name.strip()
    if not name:
        raise UsageError("a watchlist needs a name (--list)")
    found = conn.execute(select(schema.watchlists.c.id).where(schema.watchlists.c.name == name)).scalar()
    if found is not None:
        return int(found)
    if not create:
        raise NotFoundError(f"no watchlist {name!r}")
    key = conn.execute(insert(schema.watchlists).values(name=name, created_at=now)).inserted_primary_key
    assert key is not None
    return int(key[0])


def _unique_names(names: Iterable[str]) -> list[str]:
    out: dict[str, None] = {}
    for raw in names:
        name = " ".join(raw.split())
        if not name:
            continue
        if len(name) > MAX_NAME_CHARS:
            raise UsageError(f"a watched name is longer than {MAX_NAME_CHARS} characters")
        out.setdefault(name, None)
    if not out:
        raise UsageError("no name to watch")
    return list(out)

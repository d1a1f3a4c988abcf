"""Notices of a new snapshot: what changed and which watched names the register now lists.

When a new snapshot becomes current, :func:`follow_snapshot` screens the watchlists and stores
the new hits together with one *notice* (the JSON payload every subscriber receives) in a single
transaction. Then each subscription gets it: a webhook (signed JSON POST, see
``following.webhooks``) or an e-mail (see ``following.mail``). Every attempt is written to the
delivery log; a subscription that has not received a notice yet is tried again by
:func:`deliver_pending` (``watch`` does it on every round) until ``MAX_ATTEMPTS`` are logged.
A subscription bound to a watchlist hears only of that list's new hits.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import httpx
from sqlalchemy import func, insert, select

from undesirable.following.mail import ATTEMPTS as SMTP_ATTEMPTS
from undesirable.following.mail import TIMEOUT_SECONDS as SMTP_TIMEOUT
from undesirable.following.mail import build_notice_email, parse_smtp_url, send_email
from undesirable.following.outbound import redact_url
from undesirable.following.watchlists import WatchHit, find_new_hits, record_hits
from undesirable.following.webhooks import ATTEMPTS as WEBHOOK_ATTEMPTS
from undesirable.following.webhooks import TIMEOUT_SECONDS as WEBHOOK_TIMEOUT
from undesirable.following.webhooks import Attempt, post_webhook
from undesirable.model import Organization
from undesirable.registry.clock import naive_utc
from undesirable.registry.importer import ImportResult
from undesirable.store import schema

if TYPE_CHECKING:
    from undesirable.registry.registry import Registry

EVENT = "snapshot.new"
MAX_ATTEMPTS = 9
"""Delivery attempts logged per notice and subscription before it is given up."""


@dataclass(frozen=True)
class Delivery:
    notice_id: int
    subscription_id: int
    target: str
    attempt: Attempt

    def to_json(self) -> dict[str, Any]:
        a = self.attempt
        return {
            "notice": self.notice_id,
            "subscription": self.subscription_id,
            "target": redact_url(self.target),
            "ok": a.ok,
            "attempts": a.number,
            "status_code": a.status_code,
            "error": a.error,
        }


def follow_import(
    registry: Registry,
    result: ImportResult,
    *,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    now: datetime | None = None,
) -> tuple[int | None, list[WatchHit], list[Delivery]]:
    """Everything that follows an import: :func:`follow_snapshot`, then deliver the notice (if any)."""
    notice_id, hits = follow_snapshot(registry, result, now=now)
    deliveries = deliver_pending(registry, transport=transport, sleep=sleep) if notice_id else []
    return notice_id, hits, deliveries


def follow_snapshot(
    registry: Registry, result: ImportResult, *, now: datetime | None = None
) -> tuple[int | None, list[WatchHit]]:
    """After an import: record new watchlist hits and the notice, in one transaction.

    Returns:
        The notice id (None when the snapshot was known or is not the current one) and the hits.
    """
    current = registry.current_snapshot()
    if not result.new or current is None or current.id != result.snapshot.id:
        return None, []
    moment = naive_utc(now)
    found = find_new_hits(registry, snapshot_id=current.id, now=moment)
    hits = [hit for _, hit in found]
    payload = build_notice(registry, result, hits, now=moment)
    with registry.store.transaction() as conn:
        if found:
            record_hits(conn, found)
        values = {"snapshot_id": current.id, "event": EVENT, "payload": payload, "created_at": moment}
        key = conn.execute(insert(schema.notices).values(**values)).inserted_primary_key
    assert key is not None
    return int(key[0]), hits


def build_notice(registry: Registry, result: ImportResult, hits: list[WatchHit], *, now: datetime) -> dict[str, Any]:
    """The JSON every subscriber receives about a new snapshot."""
    snapshot, diff = result.snapshot, result.diff
    current = {o.id: o for o in registry.all_organizations()}
    before = registry.snapshot_organizations(snapshot.previous_id) if snapshot.previous_id else {}
    on = now.date()

    def brief(org_id: str, source: dict[str, Organization]) -> dict[str, Any]:
        org = source.get(org_id) or current.get(org_id)
        if org is None:
            return {"id": org_id, "name": org_id}
        return {
            "id": org.id,
            "name": org.display_name,
            "name_ru": org.name_ru,
            "name_en": org.name_en,
            "country": org.country,
            "status": org.status_on(on),
        }

    return {
        "event": EVENT,
        "created_at": now.isoformat(),
        "snapshot": {
            **{k: v for k, v in snapshot.to_json().items() if k != "warnings"},
            "date": snapshot.actuality.strftime("%d.%m.%Y"),
        },
        "counts": {
            "added": len(diff.added),
            "removed": len(diff.removed),
            "changed": len(diff.changed),
            "hits": len(hits),
        },
        "added": [brief(i, current) for i in diff.added],
        "removed": [brief(i, before) for i in diff.removed],
        "changed": [{**brief(i, current), "fields": [c.field for c in changes]} for i, changes in diff.changed.items()],
        "watchlist_hits": [h.to_json() for h in hits],
    }


def deliver_pending(
    registry: Registry,
    *,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    timeout: float | None = None,
    now: datetime | None = None,
) -> list[Delivery]:
    """Send every notice to every subscription that has not received it yet.

    Args:
        transport: the HTTP transport for webhooks (tests pass a mock).
        sleep: how to pause between attempts.
        timeout: seconds to wait for a receiver (default: each channel's own).
        now: the time to log attempts at (default: the clock's).
    """
    with registry.store.reading() as conn:
        notices = conn.execute(select(schema.notices).order_by(schema.notices.c.id)).all()
        subs = conn.execute(select(schema.subscriptions).order_by(schema.subscriptions.c.id)).all()
        log = schema.deliveries
        attempts = conn.execute(select(log.c.notice_id, log.c.subscription_id, log.c.ok)).all()
        lists = conn.execute(select(schema.watchlists.c.id, schema.watchlists.c.name)).all()
    list_names: dict[int, str] = {row.id: row.name for row in lists}
    done: dict[tuple[int, int], tuple[int, bool]] = {}
    for notice_id, sub_id, ok in attempts:
        tried, delivered = done.get((notice_id, sub_id), (0, False))
        done[(notice_id, sub_id)] = (tried + 1, delivered or bool(ok))
    out = []
    for notice in notices:
        for sub in subs:
            tried, ok = done.get((notice.id, sub.id), (0, False))
            if ok or tried >= MAX_ATTEMPTS or sub.created_at > notice.created_at:
                continue
            payload = _payload_for(notice.payload, list_names.get(sub.watchlist_id))
            if payload is None:
                continue
            attempt = _deliver(
                registry, notice.id, sub, payload, transport=transport, sleep=sleep, timeout=timeout, now=now
            )
            out.append(Delivery(notice.id, sub.id, sub.target, attempt))
    return out


def read_deliveries(registry: Registry, *, limit: int = 100) -> list[dict[str, Any]]:
    """The newest entries of the delivery log."""
    log, subs = schema.deliveries, schema.subscriptions
    query = (
        select(log, subs.c.target).join(subs, subs.c.id == log.c.subscription_id).order_by(log.c.id.desc()).limit(limit)
    )
    with registry.store.reading() as conn:
        rows = conn.execute(query).all()
    return [
        {
            "id": r.id,
            "notice": r.notice_id,
            "subscription": r.subscription_id,
            "target": redact_url(r.target),
            "attempt": r.attempt,
            "ok": r.ok,
            "status_code": r.status_code,
            "error": r.error,
            "at": r.at.isoformat(),
        }
        for r in rows
    ]


def _payload_for(payload: dict[str, Any], watchlist: str | None) -> dict[str, Any] | None:
    if watchlist is None:
        return payload
    hits = [h for h in payload["watchlist_hits"] if h["watchlist"] == watchlist]
    if not hits:
        return None
    return {**payload, "watchlist_hits": hits, "counts": {**payload["counts"], "hits": len(hits)}}


def _delivery_log(
    registry: Registry, notice_id: int, subscription_id: int, *, now: datetime | None
) -> tuple[int, Callable[[Attempt], None]]:
    """How many attempts were logged already for this notice and subscription, and how to log the next."""
    table = schema.deliveries
    with registry.store.reading() as conn:
        earlier = conn.execute(
            select(func.count()).where(table.c.notice_id == notice_id, table.c.subscription_id == subscription_id)
        ).scalar_one()

    def log(attempt: Attempt) -> None:
        values = {
            "notice_id": notice_id,
            "subscription_id": subscription_id,
            "attempt": earlier + attempt.number,
            "ok": attempt.ok,
            "status_code": attempt.status_code,
            "error": attempt.error,
            "at": naive_utc(now),
        }
        with registry.store.transaction() as conn:
            conn.execute(insert(table).values(**values))

    return int(earlier), log


def _deliver(
    registry: Registry,
    notice_id: int,
    sub: Any,
    payload: dict[str, Any],
    *,
    transport: httpx.BaseTransport | None,
    sleep: Callable[[float], None],
    timeout: float | None,
    now: datetime | None,
) -> Attempt:
    earlier, log = _delivery_log(registry, notice_id, sub.id, now=now)
    settings = registry.settings
    if sub.kind == "webhook":
        body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
        secret = sub.secret or settings.webhook_key
        if not secret:
            failed = Attempt(1, False, error="no signing key (set UNDESIRABLE_WEBHOOK_KEY)")
            log(failed)
            return failed
        return post_webhook(
            sub.target,
            body,
            secret=secret,
            event=EVENT,
            delivery_id=f"{notice_id}-{sub.id}",
            on_attempt=log,
            transport=transport,
            sleep=sleep,
            timeout=timeout or WEBHOOK_TIMEOUT,
            attempts=min(WEBHOOK_ATTEMPTS, MAX_ATTEMPTS - earlier),
            allow_private=settings.allow_private_webhooks,
            max_response_bytes=settings.limits.webhook_response_bytes,
        )
    if not settings.smtp_url:
        failed = Attempt(1, False, error="no mail server (set UNDESIRABLE_SMTP_URL)")
        log(failed)
        return failed
    message = build_notice_email(payload, sender=settings.mail_from, recipient=sub.target)
    server = parse_smtp_url(settings.smtp_url)
    return send_email(
        message,
        server,
        on_attempt=log,
        sleep=sleep,
        timeout=timeout or SMTP_TIMEOUT,
        attempts=min(SMTP_ATTEMPTS, MAX_ATTEMPTS - earlier),
    )

"""Subscriptions to notices: webhook URLs and e-mail addresses, optionally bound to a watchlist.

A webhook is signed with its own secret or, without one, with ``UNDESIRABLE_WEBHOOK_KEY`` (never
the certificate key); its target may not be a private, loopback or link-local address unless
``UNDESIRABLE_ALLOW_PRIVATE_WEBHOOKS=1``; listed targets hide passwords and query values; an e-mail
needs ``UNDESIRABLE_SMTP_URL``. Secrets are stored but never listed. See ``following.notify``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select

from undesirable.errors import NotFoundError, UsageError
from undesirable.following.outbound import private_target_problem, redact_url
from undesirable.proof.keys import webhook_key
from undesirable.registry.clock import naive_utc
from undesirable.store import schema

if TYPE_CHECKING:
    from undesirable.registry.registry import Registry


@dataclass(frozen=True)
class Subscription:
    id: int
    kind: str
    target: str
    watchlist: str | None
    signed_by: str | None

    @property
    def shown_target(self) -> str:
        """The target as it may be printed: no password, no query values."""
        return redact_url(self.target) if self.kind == "webhook" else self.target

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "target": self.shown_target,
            "watchlist": self.watchlist,
            "signed_by": self.signed_by,
        }


def add_subscription(
    registry: Registry,
    target: str,
    *,
    secret: str | None = None,
    list_name: str | None = None,
    now: datetime | None = None,
) -> Subscription:
    """Subscribe a webhook URL (``http(s)://``) or an e-mail address to notices."""
    target = target.strip()
    if target.startswith(("https://", "http://")):
        kind = "webhook"
        if not (secret or webhook_key(registry.settings)):
            raise UsageError("webhooks are signed: pass --secret or set UNDESIRABLE_WEBHOOK_KEY")
        refused = private_target_problem(target, allow_private=registry.settings.allow_private_webhooks)
        if refused is not None:
            raise UsageError(refused)
    elif "@" in target and " " not in target:
        kind = "email"
        if not registry.settings.smtp_url:
            raise UsageError("e-mail needs a mail server: set UNDESIRABLE_SMTP_URL")
    else:
        raise UsageError(f"not a webhook URL or an e-mail address: {target!r}")
    with registry.store.transaction() as conn:
        list_id = None
        if list_name is not None:
            table = schema.watchlists
            list_id = conn.execute(select(table.c.id).where(table.c.name == list_name)).scalar()
            if list_id is None:
                raise NotFoundError(f"no watchlist {list_name!r}")
        values = {"kind": kind, "target": target, "secret": secret, "watchlist_id": list_id}
        key = conn.execute(
            insert(schema.subscriptions).values(**values, created_at=naive_utc(now))
        ).inserted_primary_key
    assert key is not None
    return next(s for s in read_subscriptions(registry) if s.id == int(key[0]))


def read_subscriptions(registry: Registry) -> list[Subscription]:
    subs, lists = schema.subscriptions, schema.watchlists
    query = (
        select(subs, lists.c.name.label("watchlist"))
        .outerjoin(lists, lists.c.id == subs.c.watchlist_id)
        .order_by(subs.c.id)
    )
    with registry.store.reading() as conn:
        rows = conn.execute(query).all()
    return [
        Subscription(
            r.id,
            r.kind,
            r.target,
            r.watchlist,
            None if r.kind == "email" else ("own secret" if r.secret else "UNDESIRABLE_WEBHOOK_KEY"),
        )
        for r in rows
    ]


def remove_subscription(registry: Registry, subscription_id: int) -> None:
    with registry.store.transaction() as conn:
        table = schema.subscriptions
        gone = conn.execute(delete(table).where(table.c.id == subscription_id)).rowcount
    if not gone:
        raise NotFoundError(f"no subscription {subscription_id}")

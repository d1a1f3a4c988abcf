"""Notice e-mails: plain text plus HTML, sent over SMTP with retries.

The server comes from ``UNDESIRABLE_SMTP_URL``: ``smtp://user:password@host:587`` speaks plain
SMTP and switches to TLS (STARTTLS, certificate checked) whenever the server offers it;
``smtps://host:465`` speaks TLS from the start. A refused recipient fails at once; a broken
connection or a temporary (4xx) answer is retried.
"""

from __future__ import annotations

import smtplib
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from importlib import resources
from typing import Any
from urllib.parse import unquote, urlsplit

from undesirable.errors import UsageError
from undesirable.following.webhooks import Attempt

TIMEOUT_SECONDS = 30.0
ATTEMPTS = 3
BACKOFF_SECONDS = 5.0
"""The pause after the first failed attempt; it doubles after each further one."""
TEMPLATE = "notice_email.html"
MAX_LISTED = 50
"""Organizations listed per section of an e-mail; the rest are counted."""


@dataclass(frozen=True)
class SmtpServer:
    host: str
    port: int
    tls: bool
    user: str | None = None
    password: str | None = None


def parse_smtp_url(url: str) -> SmtpServer:
    """``smtp://user:pass@host:port`` or ``smtps://...`` as a server description."""
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise UsageError(f"not an SMTP URL: {url!r} (use smtp://host:port or smtps://host:port)")
    tls = parts.scheme == "smtps"
    try:
        port = parts.port or (465 if tls else 25)
    except ValueError as exc:
        raise UsageError(f"bad port in SMTP URL: {exc}") from exc
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    return SmtpServer(parts.hostname, port, tls, user, password)


def subject_line(payload: Mapping[str, Any]) -> str:
    """The subject of a notice: the list's date and what changed."""
    counts = payload["counts"]
    parts = [f"{counts['added']} added", f"{counts['removed']} removed", f"{counts['changed']} changed"]
    if counts["hits"]:
        parts.append(f"{counts['hits']} watchlist hits")
    return f"Undesirable organizations: list of {payload['snapshot']['date']}: " + ", ".join(parts)


def build_notice_email(payload: Mapping[str, Any], *, sender: str, recipient: str) -> EmailMessage:
    """The notice as an e-mail with a plain-text and an HTML part."""
    message = EmailMessage()
    message["Subject"] = subject_line(payload)
    message["From"] = sender
    message["To"] = recipient
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "localhost")
    message.set_content(render_notice_text(payload))
    message.add_alternative(render_notice_html(payload), subtype="html")
    return message


def render_notice_text(payload: Mapping[str, Any]) -> str:
    """The notice as plain text."""
    snapshot = payload["snapshot"]
    lines = [subject_line(payload), "", f"Version: {snapshot['description']}", f"sha256: {snapshot['sha256']}", ""]
    for title, key in (("Added", "added"), ("Removed", "removed"), ("Changed", "changed")):
        items = payload[key]
        if not items:
            continue
        lines.append(f"{title} ({len(items)}):")
        for item in items[:MAX_LISTED]:
            fields = f" [{', '.join(item['fields'])}]" if item.get("fields") else ""
            lines.append(f"  {item['id']}  {item['name']}{fields}")
        if len(items) > MAX_LISTED:
            lines.append(f"  … and {len(items) - MAX_LISTED} more")
        lines.append("")
    if payload["watchlist_hits"]:
        lines.append(f"Watchlist hits ({len(payload['watchlist_hits'])}):")
        for hit in payload["watchlist_hits"]:
            lines.append(
                f"  [{hit['watchlist']}] {hit['query']!r} -> {hit['org_name']} ({hit['org_id']}), "
                f"{hit['status']}, score {hit['score']:.2f}"
            )
        lines.append("")
    return "\n".join(lines)


def render_notice_html(payload: Mapping[str, Any]) -> str:
    """The notice as an HTML page (``data/notice_email.html``, autoescaped)."""
    import jinja2

    source = resources.files("undesirable.data").joinpath(TEMPLATE).read_text("utf-8")
    template = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(source)
    return template.render(p=payload, subject=subject_line(payload), limit=MAX_LISTED)


def send_email(
    message: EmailMessage,
    server: SmtpServer,
    *,
    on_attempt: Callable[[Attempt], None],
    attempts: int = ATTEMPTS,
    backoff: float = BACKOFF_SECONDS,
    sleep: Callable[[float], None] = time.sleep,
    timeout: float = TIMEOUT_SECONDS,
) -> Attempt:
    """Send ``message`` until the server takes it or the attempts run out; log every attempt."""
    attempt = Attempt(0, False, error="not attempted")
    for number in range(1, attempts + 1):
        attempt, retry = _send_once(message, server, number, timeout)
        on_attempt(attempt)
        if attempt.ok or not retry or number == attempts:
            break
        sleep(backoff * 2 ** (number - 1))
    return attempt


def _send_once(message: EmailMessage, server: SmtpServer, number: int, timeout: float) -> tuple[Attempt, bool]:
    context = ssl.create_default_context()
    try:
        client: smtplib.SMTP
        if server.tls:
            client = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout, context=context)
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=timeout)
        with client:
            client.ehlo()
            if not server.tls and client.has_extn("starttls"):
                client.starttls(context=context)
                client.ehlo()
            if server.user:
                client.login(server.user, server.password or "")
            client.send_message(message)
    except smtplib.SMTPRecipientsRefused as exc:
        return Attempt(number, False, error=f"recipient refused: {exc.recipients}"), False
    except smtplib.SMTPAuthenticationError as exc:
        return Attempt(number, False, exc.smtp_code, f"login refused: {exc.smtp_code}"), False
    except smtplib.SMTPResponseException as exc:
        text = f"server answered {exc.smtp_code} {exc.smtp_error!r}"
        return Attempt(number, False, exc.smtp_code, text[:300]), 400 <= exc.smtp_code < 500
    except (smtplib.SMTPException, OSError) as exc:
        return Attempt(number, False, error=f"{exc.__class__.__name__}: {exc}"[:300]), True
    return Attempt(number, True, 250), False

"""Every setting, read once from the environment (prefix ``UNDESIRABLE_``) into a frozen object.

| variable | meaning | default |
|---|---|---|
| ``UNDESIRABLE_DATABASE_URL`` | SQLAlchemy URL of the store (``sqlite:///path`` or ``postgresql+psycopg://...``) | a SQLite file in the user's data dir |
| ``UNDESIRABLE_DATA_DIR`` | folder for the default SQLite file and the audit log | the platform's user data dir |
| ``UNDESIRABLE_AUTOLOAD`` | ``0`` stops the bundled snapshot from loading into an empty store (or beside an older one, after an upgrade) | ``1`` |
| ``UNDESIRABLE_SOURCE_URL`` | where ``update`` downloads the official export | the Justice Ministry's export URL |
| ``UNDESIRABLE_API_TOKEN`` | bearer token for API writes; unset disables writes | unset |
| ``UNDESIRABLE_HMAC_KEY`` | key that signs screening certificates (at least 32 characters; not used for anything else) | unset |
| ``UNDESIRABLE_WEBHOOK_KEY`` | default key that signs webhook deliveries (at least 32 characters, not the certificate key) | unset: each webhook needs its own secret |
| ``UNDESIRABLE_AUDIT_KEY`` | key of the audit log's HMAC chain and its signed checkpoints; the database never holds it | a random key made once in ``audit.key`` in the data dir |
| ``UNDESIRABLE_ALLOW_PRIVATE_WEBHOOKS`` | ``1`` lets webhooks go to private, loopback and link-local addresses | ``0`` |
| ``UNDESIRABLE_CA_BUNDLE`` | PEM file of CA certificates ``update`` trusts (the ministry's chain is incomplete) | the system's |
| ``UNDESIRABLE_UPDATE_EVERY`` | run ``update`` this often inside ``serve`` (``6h``, ``30m``, ``1d``); unset: never | unset |
| ``UNDESIRABLE_SMTP_URL`` | mail server for notices: ``smtp://user:pass@host:587`` (STARTTLS) or ``smtps://...`` | unset |
| ``UNDESIRABLE_MAIL_FROM`` | sender address of notice e-mails | ``undesirable@localhost`` |
| ``UNDESIRABLE_AUDIT`` | ``1`` writes every screening call to the append-only audit log | ``0`` |
| ``UNDESIRABLE_PUBLIC_URL`` | the server's public base URL: Atom ids and links, reconciliation spaces and view URLs are built from it, never from the request's Host header | ``http://127.0.0.1:8000`` |
| ``UNDESIRABLE_SCAN_WORKERS`` | worker processes that run long text scans for the HTTP API and the web pages (short texts are scanned on a thread of the server process); ``0`` scans every text on a thread, where a long scan competes with every other request for the interpreter lock (see ``operations.workers``) | ``auto``: one per core, at most 4 |
| ``UNDESIRABLE_CORS_ORIGINS`` | origins browsers may read the API from (comma-separated, ``*`` for any); writes never allow cross-origin calls; reconciliation always allows any origin (the spec requires it) | ``*`` |

Domain code never reads these: the settings object is passed in.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from undesirable.limits import Limits

ENV_PREFIX = "UNDESIRABLE_"
OFFICIAL_EXPORT_URL = "https://reestrs.minjust.gov.ru/rest/registry/c2d1692e-a9f6-5a79-13ee-5da5b42980df/export"
DOCUMENTED_SETTINGS = (
    "DATABASE_URL",
    "DATA_DIR",
    "AUTOLOAD",
    "SOURCE_URL",
    "API_TOKEN",
    "HMAC_KEY",
    "WEBHOOK_KEY",
    "AUDIT_KEY",
    "ALLOW_PRIVATE_WEBHOOKS",
    "CA_BUNDLE",
    "UPDATE_EVERY",
    "SMTP_URL",
    "MAIL_FROM",
    "AUDIT",
    "PUBLIC_URL",
    "CORS_ORIGINS",
    "SCAN_WORKERS",
)
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8000"
MAX_AUTO_SCAN_WORKERS = 4
"""Scan worker processes when ``UNDESIRABLE_SCAN_WORKERS`` is ``auto`` (one per core, at most this)."""


@dataclass(frozen=True)
class Settings:
    """The project's configuration; build it with :func:`load_settings` or directly in tests."""

    database_url: str
    data_dir: Path
    autoload: bool = True
    source_url: str = OFFICIAL_EXPORT_URL
    api_token: str | None = field(default=None, repr=False)
    hmac_key: str | None = field(default=None, repr=False)
    webhook_key: str | None = field(default=None, repr=False)
    audit_key: str | None = field(default=None, repr=False)
    allow_private_webhooks: bool = False
    ca_bundle: Path | None = None
    update_every: str | None = None
    smtp_url: str | None = field(default=None, repr=False)
    mail_from: str = "undesirable@localhost"
    audit: bool = False
    public_url: str = DEFAULT_PUBLIC_URL
    cors_origins: tuple[str, ...] = ("*",)
    scan_workers: int | None = None
    """Worker processes for long scans; None: one per core, at most ``MAX_AUTO_SCAN_WORKERS``."""
    limits: Limits = field(default_factory=Limits)
    """Bounds on untrusted input (not read from the environment; see ``docs/security.md``)."""


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Read the ``UNDESIRABLE_*`` variables once; unset ones take their defaults."""
    env = os.environ if environ is None else environ

    def get(name: str) -> str | None:
        value = env.get(ENV_PREFIX + name)
        return value if value not in (None, "") else None

    data_dir = Path(get("DATA_DIR") or _default_data_dir())
    database_url = get("DATABASE_URL") or f"sqlite:///{data_dir / 'undesirable.sqlite3'}"
    return Settings(
        database_url=database_url,
        data_dir=data_dir,
        autoload=_is_on(get("AUTOLOAD") or "1"),
        source_url=get("SOURCE_URL") or OFFICIAL_EXPORT_URL,
        api_token=get("API_TOKEN"),
        hmac_key=get("HMAC_KEY"),
        webhook_key=get("WEBHOOK_KEY"),
        audit_key=get("AUDIT_KEY"),
        allow_private_webhooks=_is_on(get("ALLOW_PRIVATE_WEBHOOKS") or "0"),
        ca_bundle=Path(ca_bundle) if (ca_bundle := get("CA_BUNDLE")) else None,
        update_every=get("UPDATE_EVERY"),
        smtp_url=get("SMTP_URL"),
        mail_from=get("MAIL_FROM") or "undesirable@localhost",
        audit=_is_on(get("AUDIT") or "0"),
        public_url=(get("PUBLIC_URL") or DEFAULT_PUBLIC_URL).rstrip("/"),
        cors_origins=_split_origins(get("CORS_ORIGINS") or "*"),
        scan_workers=_workers(get("SCAN_WORKERS") or "auto", "SCAN_WORKERS"),
    )


def _is_on(value: str) -> bool:
    return value.strip().lower() not in ("0", "false", "no", "off")


def _split_origins(value: str) -> tuple[str, ...]:
    return tuple(origin.strip().rstrip("/") for origin in value.split(",") if origin.strip())


def _default_data_dir() -> str:
    import platformdirs

    return platformdirs.user_data_dir("undesirable", appauthor=False)


def _workers(value: str, name: str) -> int | None:
    """``auto`` (None: decided from the machine's cores), else a count of at least 0."""
    return None if value.strip().lower() == "auto" else _count(value, name)


def _count(value: str, name: str) -> int:
    """A count of at least 0; anything else is a usage error naming the variable."""
    from undesirable.errors import UsageError

    if not value.strip().isdigit():
        raise UsageError(f"{ENV_PREFIX}{name}: expected auto or a whole number of 0 or more, got {value!r}")
    return int(value)

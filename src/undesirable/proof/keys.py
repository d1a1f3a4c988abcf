"""The secret keys of proof and notices: one per purpose, none held by the database.

- ``UNDESIRABLE_HMAC_KEY`` signs screening certificates;
- ``UNDESIRABLE_WEBHOOK_KEY`` signs webhook deliveries (a subscription may carry its own secret);
- ``UNDESIRABLE_AUDIT_KEY`` keys the audit log's chain and signs its checkpoints. When unset, a
  random key is made once in ``audit.key`` in the data folder (readable by its owner only): set
  the variable when several machines write one PostgreSQL store.

Keys are at least :data:`MIN_KEY_CHARS` characters, and one key may not serve two purposes: a
webhook receiver learns the webhook key, and must not be able to sign certificates with it.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from undesirable.errors import UsageError

if TYPE_CHECKING:
    from undesirable.settings import Settings

MIN_KEY_CHARS = 32
AUDIT_KEY_FILE = "audit.key"


def check_key(value: str | None, *, variable: str, settings: Settings) -> str:
    """``value`` when it is a usable key for ``variable``; else a :class:`UsageError` saying why."""
    if not value:
        raise UsageError(f"set {variable} (a random secret of at least {MIN_KEY_CHARS} characters)")
    if len(value) < MIN_KEY_CHARS:
        raise UsageError(f"{variable} is too short: {len(value)} characters, at least {MIN_KEY_CHARS} are needed")
    others = {
        "UNDESIRABLE_HMAC_KEY": settings.hmac_key,
        "UNDESIRABLE_WEBHOOK_KEY": settings.webhook_key,
        "UNDESIRABLE_AUDIT_KEY": settings.audit_key,
    }
    for name, other in others.items():
        if name != variable and other and secrets.compare_digest(other.encode(), value.encode()):
            raise UsageError(f"{variable} and {name} must be different keys")
    return value


def certificate_key(settings: Settings) -> str:
    return check_key(settings.hmac_key, variable="UNDESIRABLE_HMAC_KEY", settings=settings)


def webhook_key(settings: Settings) -> str | None:
    """The default webhook secret, or None when none is set (then each subscription needs its own)."""
    if not settings.webhook_key:
        return None
    return check_key(settings.webhook_key, variable="UNDESIRABLE_WEBHOOK_KEY", settings=settings)


def audit_key(settings: Settings) -> bytes:
    """``UNDESIRABLE_AUDIT_KEY``, else the key in ``audit.key`` in the data folder (made once)."""
    if settings.audit_key:
        return check_key(settings.audit_key, variable="UNDESIRABLE_AUDIT_KEY", settings=settings).encode()
    path = Path(settings.data_dir) / AUDIT_KEY_FILE
    try:
        if not path.exists():
            _create_key_file(path)
        key = path.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read or make the audit key {path} (set UNDESIRABLE_AUDIT_KEY): {exc}") from None
    if len(key) < MIN_KEY_CHARS:
        raise UsageError(f"{path} holds no usable audit key (at least {MIN_KEY_CHARS} characters)")
    return key.encode()


def key_id(key: bytes | str) -> str:
    """The first 16 hex digits of the key's sha256: tells which key signed, reveals nothing."""
    raw = key.encode("utf-8") if isinstance(key, str) else key
    return hashlib.sha256(raw).hexdigest()[:16]


def _create_key_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return  # another process made it first
    with os.fdopen(handle, "w", encoding="ascii") as stream:
        stream.write(secrets.token_hex(32) + "\n")

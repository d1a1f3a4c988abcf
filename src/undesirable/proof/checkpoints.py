"""Signed checkpoints of the audit log's head, kept outside the database.

The keyed chain (:mod:`undesirable.proof.audit`) shows a record edited or removed in the middle,
but not the newest records deleted: the shorter chain is still a valid chain. So after each record
the head (its id and chain hash) is signed with the audit key and written to
``audit-checkpoints/<store>.json`` in the data folder; :func:`check_checkpoint` then requires the
log to still hold that record with that hash. A checkpoint file copied elsewhere proves the same
later. Several writers may race: a checkpoint only ever moves forward.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from undesirable.registry.clock import naive_utc

if TYPE_CHECKING:
    from undesirable.settings import Settings

FORMAT = "undesirable-audit-checkpoint"
FOLDER = "audit-checkpoints"


@dataclass(frozen=True)
class Checkpoint:
    record_id: int
    hash: str
    at: str
    signature: str

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "record_id": self.record_id,
            "hash": self.hash,
            "at": self.at,
            "signature": self.signature,
        }


def checkpoint_path(settings: Settings) -> Path:
    """Where the checkpoint of this store lives: one file per database, named by its URL's hash."""
    store = hashlib.sha256(settings.database_url.encode("utf-8")).hexdigest()[:16]
    return Path(settings.data_dir) / FOLDER / f"{store}.json"


def sign_head(record_id: int, chain_hash: str, at: str, key: bytes) -> str:
    message = f"{FORMAT}\n{record_id}\n{chain_hash}\n{at}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def write_checkpoint(settings: Settings, *, record_id: int, chain_hash: str, key: bytes) -> None:
    """Sign the head and write it, unless the file already holds a later head."""
    path = checkpoint_path(settings)
    current = read_checkpoint(path)
    if current is not None and current.record_id >= record_id:
        return
    at = naive_utc(None).isoformat(timespec="seconds")
    point = Checkpoint(record_id, chain_hash, at, sign_head(record_id, chain_hash, at, key))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(point.to_json(), stream)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_checkpoint(path: Path) -> Checkpoint | None:
    """The checkpoint in ``path``; None when there is none or it cannot be read as one."""
    try:
        data = json.loads(path.read_text("utf-8"))
        return Checkpoint(int(data["record_id"]), str(data["hash"]), str(data["at"]), str(data["signature"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def check_checkpoint(point: Checkpoint, *, key: bytes, hashes: dict[int, str]) -> str | None:
    """Why the log (``hashes``: record id -> chain hash) contradicts ``point``; None when it does not."""
    expected = sign_head(point.record_id, point.hash, point.at, key)
    if not hmac.compare_digest(expected, point.signature):
        return "the checkpoint's signature does not match (altered, or signed with another key)"
    if point.record_id not in hashes:
        newest = max(hashes, default=0)
        return (
            f"the log was cut short: the checkpoint of {point.at} names record {point.record_id}, "
            f"the log ends at record {newest}"
        )
    if not hmac.compare_digest(hashes[point.record_id], point.hash):
        return f"record {point.record_id} differs from the checkpoint of {point.at}: the log was rewritten"
    return None

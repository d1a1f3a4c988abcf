"""The screening audit log: who checked which name, when, against which version, and what came out.

Every screening call can be recorded (``UNDESIRABLE_AUDIT=1`` for all of them; a screening
certificate always is). A record holds who, when, the query, the as-of date, the threshold, the
snapshot (id and sha256) and the result; the result also names everything the answer was searched
in (``coverage``, one line, and ``sources``: each snapshot with how many of the organizations
searched it describes; see ``registry/state.py``). The log is append-only: the database itself refuses
UPDATE and DELETE on it (triggers, see store migration 2), and each record carries an HMAC-SHA256
of itself and of the record before it under the audit key (:mod:`undesirable.proof.keys`), which
the database never holds: whoever can write the database file cannot recompute the chain after
editing or removing a record. A signed checkpoint of the head, kept outside the database
(:mod:`undesirable.proof.checkpoints`), shows the newest records deleted. :func:`check_audit_trail`
checks both. Records written before the chain was keyed (plain sha256, no ``hmac-sha256:`` prefix)
are accepted only at the start of the log, and counted.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select, text

from undesirable.errors import UsageError
from undesirable.model import Organization
from undesirable.proof.checkpoints import check_checkpoint, checkpoint_path, read_checkpoint, write_checkpoint
from undesirable.proof.keys import audit_key
from undesirable.registry.clock import naive_utc
from undesirable.store import schema

if TYPE_CHECKING:
    from undesirable.registry.registry import Registry
    from undesirable.registry.state import Coverage

KINDS = ("check", "batch", "api", "web", "scan")
LISTED_STATUSES = ("designated", "cancelled", "uncertain", "pending")
MAX_QUERY_CHARS = 10_000
KEYED_PREFIX = "hmac-sha256:"


@dataclass(frozen=True)
class AuditCheck:
    """What :func:`check_audit_trail` found: how many records, the first bad one, and why."""

    records: int
    broken_at: int | None
    unkeyed: int
    checkpoint: dict[str, Any] | None
    problems: tuple[str, ...]

    @property
    def intact(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "broken_at": self.broken_at,
            "unkeyed_records": self.unkeyed,
            "checkpoint": self.checkpoint,
            "intact": self.intact,
            "problems": list(self.problems),
        }


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    who: str
    kind: str
    query: str
    as_of: date | None
    snapshot_id: int | None
    snapshot_sha256: str | None
    threshold: float | None
    result: dict[str, Any]
    prev_hash: str | None
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, **_hashed_fields(self), "hash": self.hash}


def summarize_matches(matches: Iterable[Any], *, as_of: date | None = None) -> dict[str, Any]:
    """A screening result in the log's shape, from organizations or matcher results alike.

    The verdict is ``match`` when a match is designated or pending on ``as_of``, else ``no_match``
    (matches with other statuses, e.g. excluded, are still listed).
    """
    items = []
    for match in matches:
        org: Organization = getattr(match, "organization", match)
        items.append(
            {
                "org_id": org.id,
                "name": org.display_name,
                "status": org.status_on(as_of),
                "score": round(float(getattr(match, "score", 1.0)), 4),
                "matched_name": getattr(match, "matched_name", None),
            }
        )
    listed = [m for m in items if m["status"] in LISTED_STATUSES]
    return {"verdict": "match" if listed else "no_match", "count": len(items), "matches": items}


def record_screening(
    registry: Registry,
    *,
    who: str,
    query: str,
    result: Mapping[str, Any],
    kind: str = "check",
    threshold: float | None = None,
    as_of: date | None = None,
    now: datetime | None = None,
    coverage: Coverage | None = None,
) -> AuditRecord:
    """Append one screening to the log (against the current snapshot) and return the record.

    ``coverage`` is what the answer was searched in (default: what the registry holds now); the
    record's result names it (``coverage`` and ``sources``).
    """
    if not who.strip():
        raise UsageError("the audit log needs to know who screens")
    if kind not in KINDS:
        raise UsageError(f"unknown screening kind {kind!r} (one of {', '.join(KINDS)})")
    snapshot = registry.current_snapshot()
    result = {**result, **searched_json(coverage or registry.sources())}
    key = audit_key(registry.settings)
    with registry.store.transaction() as conn:
        prev_hash = _last_hash(conn)
        fields: dict[str, Any] = {
            "at": naive_utc(now),
            "who": storable_text(who.strip()),
            "kind": kind,
            "query": storable_text(query[:MAX_QUERY_CHARS]),
            "as_of": as_of,
            "snapshot_id": snapshot.id if snapshot else None,
            "snapshot_sha256": snapshot.sha256 if snapshot else None,
            "threshold": threshold,
            "result": json.loads(storable_text(json.dumps(dict(result), default=str, ensure_ascii=False))),
            "prev_hash": prev_hash,
        }
        record = AuditRecord(id=0, hash="", **fields)
        digest = _digest(record, key)
        inserted = conn.execute(insert(schema.audit_log).values(**fields, hash=digest)).inserted_primary_key
    assert inserted is not None
    write_checkpoint(registry.settings, record_id=int(inserted[0]), chain_hash=digest, key=key)
    return AuditRecord(**{**record.__dict__, "id": int(inserted[0]), "hash": digest})


def searched_json(coverage: Coverage) -> dict[str, Any]:
    """What an answer was searched in, as records and certificates keep it (each source by id and sha256)."""
    kept = ("snapshot_id", "sha256", "kind", "actuality", "rows", "role", "entries")
    sources = [{name: value for name, value in s.to_json().items() if name in kept} for s in coverage.sources]
    return {"coverage": coverage.text, "sources": sources}


def storable_text(text: str) -> str:
    """``text`` with lone surrogates (which no database stores) replaced by U+FFFD: a query that
    holds one is still recorded, as near to what was sent as text can be."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def read_audit_log(registry: Registry, *, limit: int = 100, who: str | None = None) -> list[AuditRecord]:
    """The newest records first."""
    table = schema.audit_log
    query = select(table).order_by(table.c.id.desc()).limit(limit)
    if who is not None:
        query = query.where(table.c.who == who)
    with registry.store.reading() as conn:
        return [_record(r) for r in conn.execute(query)]


def verify_audit_chain(registry: Registry) -> tuple[int, int | None]:
    """Check every record's keyed hash and link; return how many were checked and the first bad id."""
    check = check_audit_trail(registry)
    return check.records, check.broken_at


def check_audit_trail(registry: Registry) -> AuditCheck:
    """Check the keyed chain record by record, then the signed checkpoint of its head."""
    key = audit_key(registry.settings)
    table = schema.audit_log
    previous: str | None = None
    count = unkeyed = 0
    broken: int | None = None
    hashes: dict[int, str] = {}
    with registry.store.reading() as conn:
        for row in conn.execute(select(table).order_by(table.c.id)):
            record = _record(row)
            count += 1
            legacy = not record.hash.startswith(KEYED_PREFIX)
            unkeyed += legacy
            if record.prev_hash != previous or (legacy and count != unkeyed) or not _has_valid_hash(record, key):
                broken = record.id
                break
            hashes[record.id] = record.hash
            previous = record.hash
    problems = [] if broken is None else [f"the chain breaks at record {broken}: a record was altered or removed"]
    point = read_checkpoint(checkpoint_path(registry.settings))
    if point is not None and broken is None and (problem := check_checkpoint(point, key=key, hashes=hashes)):
        problems.append(problem)
    return AuditCheck(count, broken, unkeyed, point.to_json() if point else None, tuple(problems))


def _has_valid_hash(record: AuditRecord, key: bytes) -> bool:
    if record.hash.startswith(KEYED_PREFIX):
        return hmac.compare_digest(_digest(record, key), record.hash)
    return hmac.compare_digest(_digest(record, None), record.hash)


def _last_hash(conn: Connection) -> str | None:
    if conn.dialect.name == "postgresql":  # one writer at a time keeps the chain linear
        conn.execute(text("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE"))
    table = schema.audit_log
    found = conn.execute(select(table.c.hash).order_by(table.c.id.desc()).limit(1)).scalar()
    return str(found) if found is not None else None


def _hashed_fields(record: AuditRecord) -> dict[str, Any]:
    return {
        "at": record.at.isoformat(),
        "who": record.who,
        "kind": record.kind,
        "query": record.query,
        "as_of": record.as_of.isoformat() if record.as_of else None,
        "snapshot_id": record.snapshot_id,
        "snapshot_sha256": record.snapshot_sha256,
        "threshold": record.threshold,
        "result": record.result,
        "prev_hash": record.prev_hash,
    }


def _digest(record: AuditRecord, key: bytes | None) -> str:
    """The record's chain hash: HMAC-SHA256 under ``key`` (prefixed), or the legacy plain sha256."""
    canonical = json.dumps(_hashed_fields(record), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    data = canonical.encode("utf-8")
    if key is None:
        return hashlib.sha256(data).hexdigest()
    return KEYED_PREFIX + hmac.new(key, data, hashlib.sha256).hexdigest()


def _record(row: Any) -> AuditRecord:
    return AuditRecord(
        id=row.id,
        at=row.at,
        who=row.who,
        kind=row.kind,
        query=row.query,
        as_of=row.as_of,
        snapshot_id=row.snapshot_id,
        snapshot_sha256=row.snapshot_sha256,
        threshold=row.threshold,
        result=dict(row.result or {}),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )

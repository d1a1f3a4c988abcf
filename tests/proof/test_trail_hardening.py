"""The audit trail and certificates against someone who can write the database file (issue items
6 and 7): a record edited and re-hashed, the newest records deleted, a certificate forged with the
webhook key, an HTML page edited, a one-character key; and a query holding a lone surrogate."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from tests.factories import write_sample_xlsx
from tests.proof.test_audit import _bypass_triggers
from undesirable.errors import UsageError
from undesirable.proof.audit import check_audit_trail, read_audit_log, record_screening, summarize_matches
from undesirable.proof.certificates import (
    issue_certificate,
    sign_certificate,
    verify_certificate_file,
    write_certificate,
)
from undesirable.store import schema

AUDIT_KEY = "audit-key-for-tests-0123456789abcdef"
CERT_KEY = "certificate-key-for-tests-0123456789ab"
WEBHOOK_KEY = "webhook-key-for-tests-0123456789abcdef"


@pytest.fixture()
def logged(registry: Any, tmp_path: Path) -> Any:
    registry.settings = replace(registry.settings, audit_key=AUDIT_KEY, hmac_key=CERT_KEY, webhook_key=WEBHOOK_KEY)
    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx"))
    for name in ("Open Society Foundation", "Nobody", "Somebody else"):
        record_screening(registry, who="officer", query=name, result=summarize_matches(registry.find_exact(name)))
    return registry


def test_the_chain_is_keyed_and_its_head_checkpointed(logged: Any) -> None:
    check = check_audit_trail(logged)
    assert (check.records, check.broken_at, check.intact, check.unkeyed) == (3, None, True, 0)
    assert all(r.hash.startswith("hmac-sha256:") for r in read_audit_log(logged))
    assert check.checkpoint is not None and check.checkpoint["record_id"] == read_audit_log(logged, limit=1)[0].id


def _rehash_without_the_key(conn: Any) -> None:
    """What an attacker with the database but not the key can do: edit a record and recompute an
    unkeyed sha256 chain from there (the old scheme passed this)."""
    from undesirable.proof import audit

    rows = conn.execute(select(schema.audit_log).order_by(schema.audit_log.c.id)).all()
    previous = None
    for row in rows:
        record = audit._record(row)
        query = "Innocent" if row.query == "Open Society Foundation" else row.query
        record = replace(record, query=query, prev_hash=previous)
        digest = audit._digest(record, None)
        guess = "hmac-sha256:" + hashlib.sha256(digest.encode()).hexdigest()  # no key: any guess
        conn.execute(
            text("UPDATE audit_log SET query = :q, prev_hash = :p, hash = :h WHERE id = :i"),
            {"q": query, "p": previous, "h": guess, "i": row.id},
        )
        previous = guess


def test_a_record_edited_and_rehashed_without_the_key_is_found(logged: Any) -> None:
    with logged.store.transaction() as conn:
        _bypass_triggers(conn)
        _rehash_without_the_key(conn)
    check = check_audit_trail(logged)
    assert not check.intact and check.broken_at == read_audit_log(logged)[-1].id


def test_the_newest_records_deleted_are_found_by_the_checkpoint(logged: Any) -> None:
    newest = read_audit_log(logged, limit=1)[0].id
    with logged.store.transaction() as conn:
        _bypass_triggers(conn)
        conn.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": newest})
    check = check_audit_trail(logged)
    assert check.broken_at is None  # the shorter chain is still a chain...
    assert not check.intact  # ...but not the one the signed checkpoint names
    assert "cut short" in check.problems[0] and str(newest) in check.problems[0]


def test_a_forged_checkpoint_is_found(logged: Any) -> None:
    from undesirable.proof.checkpoints import checkpoint_path

    path = checkpoint_path(logged.settings)
    data = json.loads(path.read_text())
    data["record_id"] = 1
    path.write_text(json.dumps(data))
    assert "signature" in check_audit_trail(logged).problems[0]


def test_a_lone_surrogate_in_a_query_is_still_recorded(logged: Any) -> None:
    record = record_screening(logged, who="api", query="Фонд \ud800 x", result={"verdict": "no_match", "count": 0})
    assert record.query == "Фонд \ufffd x"
    assert check_audit_trail(logged).intact


def test_the_webhook_key_cannot_sign_a_certificate_that_verifies(logged: Any, tmp_path: Path) -> None:
    document = issue_certificate(logged, query="Open Society Foundation", matches=[], who="officer")
    forged = dict(document, signature=sign_certificate(document["certificate"], WEBHOOK_KEY))
    path = tmp_path / "forged.json"
    path.write_text(json.dumps(forged), encoding="utf-8")
    assert not verify_certificate_file(path, key=CERT_KEY).valid


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hmac_key": "k"}, "UNDESIRABLE_HMAC_KEY is too short"),
        ({"hmac_key": WEBHOOK_KEY}, "must be different keys"),
    ],
)
def test_short_or_shared_keys_are_refused(logged: Any, changes: dict[str, str], message: str) -> None:
    logged.settings = replace(logged.settings, **changes)
    with pytest.raises(UsageError, match=message):
        issue_certificate(logged, query="x", matches=[], who="officer")


def test_an_edited_html_page_does_not_verify(logged: Any, tmp_path: Path) -> None:
    document = issue_certificate(logged, query="Open Society Foundation", matches=[], who="officer")
    _, html_path = write_certificate(document, tmp_path / "proof.html")
    assert verify_certificate_file(html_path, key=CERT_KEY).valid
    page = html_path.read_text("utf-8")
    assert "Open Society Foundation" in page
    edited = page.replace("<body>", "<body><h1>NOT LISTED</h1>", 1) if "<body>" in page else page + "<p>NOT LISTED</p>"
    html_path.write_text(edited, encoding="utf-8")
    check = verify_certificate_file(html_path, key=CERT_KEY)
    assert not check.valid and "HTML page" in check.reason

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.factories import sample_row, write_sample_xlsx
from undesirable.errors import UsageError
from undesirable.model import Organization
from undesirable.proof.audit import read_audit_log, record_screening, summarize_matches, verify_audit_chain

NOW = datetime(2024, 9, 6, 12, 0, 0, 123456)


@pytest.fixture()
def screened(registry: Any, tmp_path: Path) -> Any:
    rows = [sample_row(1), sample_row(2, excluded=date(2023, 1, 1), exclusion_order="3-р")]
    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx", rows=rows))
    for i, name in enumerate(["The National Endowment for Democracy", "Open Society Foundation", "Nobody"]):
        found = registry.find_exact(name)
        record_screening(
            registry,
            who="officer",
            query=name,
            result=summarize_matches(found),
            threshold=0.7,
            now=NOW.replace(minute=i),
        )
    return registry


def test_screenings_are_recorded_with_the_snapshot(screened: Any) -> None:
    newest, middle, oldest = read_audit_log(screened)
    snapshot = screened.current_snapshot()
    assert (oldest.who, oldest.query, oldest.kind, oldest.threshold) == (
        "officer",
        "The National Endowment for Democracy",
        "check",
        0.7,
    )
    assert oldest.at == NOW
    assert (oldest.snapshot_id, oldest.snapshot_sha256) == (snapshot.id, snapshot.sha256)
    assert oldest.result["verdict"] == "match"
    assert oldest.result["matches"][0]["org_id"] == "ru-undesirable-101-r-2020-01-10"
    assert middle.result["verdict"] == "no_match"  # excluded in 2023
    assert middle.result["matches"][0]["status"] == "excluded"
    assert {k: newest.result[k] for k in ("verdict", "count", "matches")} == {
        "verdict": "no_match",
        "count": 0,
        "matches": [],
    }
    assert newest.result["coverage"] == screened.coverage()  # what the "no match" was searched in
    assert [s["sha256"] for s in newest.result["sources"]] == [snapshot.sha256]
    assert middle.prev_hash == oldest.hash and newest.prev_hash == middle.hash
    assert verify_audit_chain(screened) == (3, None)
    assert read_audit_log(screened, limit=1)[0].query == "Nobody"
    assert read_audit_log(screened, who="someone else") == []


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET query = 'x'", "DELETE FROM audit_log"])
def test_the_database_refuses_to_change_the_log(screened: Any, statement: str) -> None:
    with pytest.raises(DBAPIError, match="append-only"), screened.store.transaction() as conn:
        conn.execute(text(statement))
    assert verify_audit_chain(screened) == (3, None)


def _bypass_triggers(conn: Any) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
    else:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))


@pytest.mark.parametrize(
    ("statement", "bad_id"),
    [
        ("UPDATE audit_log SET query = 'OSF' WHERE id = 2", 2),
        ("DELETE FROM audit_log WHERE id = 2", 3),
    ],
)
def test_the_hash_chain_shows_changes_made_behind_the_databases_back(
    screened: Any, statement: str, bad_id: int
) -> None:
    with screened.store.transaction() as conn:
        _bypass_triggers(conn)
        conn.execute(text(statement))
    assert verify_audit_chain(screened)[1] == bad_id


def test_matcher_results_are_summarized_with_their_scores(registry: Any) -> None:
    @dataclass
    class Match:
        organization: Organization
        score: float
        matched_name: str

    org = Organization(
        id="ru-undesirable-1-r-2020-01-01", name_ru="Фонд", name_en="Fund", inclusion_date=date(2020, 1, 1)
    )
    summary = summarize_matches([Match(org, 0.83333, "Fund")], as_of=date(2019, 1, 1))
    assert summary == {
        "verdict": "no_match",
        "count": 1,
        "matches": [{"org_id": org.id, "name": "Fund", "status": "not_yet", "score": 0.8333, "matched_name": "Fund"}],
    }
    assert summarize_matches([org], as_of=date(2021, 1, 1))["verdict"] == "match"


@pytest.mark.parametrize(("who", "kind"), [("", "check"), ("officer", "guess")])
def test_bad_records_are_refused(registry: Any, who: str, kind: str) -> None:
    with pytest.raises(UsageError):
        record_screening(registry, who=who, query="x", result={}, kind=kind)
    assert read_audit_log(registry) == []

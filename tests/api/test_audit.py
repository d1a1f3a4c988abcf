"""Screening calls of the API in the audit log: one record per request when auditing is on."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api.conftest import API_TOKEN

RECORDING = json.loads((Path(__file__).parent / "recordings" / "yente_match.json").read_text(encoding="utf-8"))


@pytest.fixture()
def audited(database_url: str, loaded_registry: Any) -> Iterator[Any]:
    """A client of an app that audits every screening call."""
    from fastapi.testclient import TestClient

    from undesirable import load_settings
    from undesirable.api import create_app

    settings = load_settings(
        {"UNDESIRABLE_DATABASE_URL": database_url, "UNDESIRABLE_API_TOKEN": API_TOKEN, "UNDESIRABLE_AUDIT": "1"}
    )
    with TestClient(create_app(settings, registry=loaded_registry)) as test_client:
        yield test_client


def _log(registry: Any) -> list[Any]:
    from undesirable.proof.audit import read_audit_log

    return list(reversed(read_audit_log(registry)))


def test_one_name_is_recorded_with_the_snapshot_and_the_verdict(audited: Any, loaded_registry: Any) -> None:
    body = audited.get("/api/match", params={"q": "Bellingcat", "as_of": "2023-01-01"}).json()
    [record] = _log(loaded_registry)
    assert (record.kind, record.query, record.who) == ("api", "Bellingcat", "testclient")
    assert record.snapshot_sha256 == body["snapshot"]["sha256"] == loaded_registry.current_snapshot().sha256
    assert record.as_of.isoformat() == "2023-01-01"
    assert record.threshold is not None and 0 < record.threshold < 1
    assert record.result["verdict"] == "match"
    assert record.result["matches"][0]["org_id"] == body["matches"][0]["organization"]["id"]


def test_the_user_header_names_who_screens(audited: Any, loaded_registry: Any) -> None:
    audited.get("/api/match", params={"q": "Acme Widgets Manufacturing", "threshold": 0.9},
                headers={"X-Undesirable-User": "alice@example.org\r"})  # fmt: skip
    [record] = _log(loaded_registry)
    assert record.who == "testclient (alice@example.org)"
    assert record.threshold == 0.9
    assert (record.result["verdict"], record.result["count"], record.result["matches"]) == ("no_match", 0, [])
    assert record.result["coverage"] == loaded_registry.coverage()
    assert sum(source["entries"] for source in record.result["sources"]) == len(loaded_registry.all_organizations())


def test_a_batch_is_one_record_with_each_names_verdict(audited: Any, loaded_registry: Any) -> None:
    names = ["Bellingcat", "Acme Widgets Manufacturing"]
    audited.post("/api/match", json={"names": names})
    [record] = _log(loaded_registry)
    assert record.query == "Bellingcat\nAcme Widgets Manufacturing"
    assert record.result["verdict"] == "match" and record.result["names"] == 2
    assert [(r["query"], r["verdict"]) for r in record.result["results"]] == [
        ("Bellingcat", "match"),
        ("Acme Widgets Manufacturing", "no_match"),
    ]


def test_a_long_batch_is_recorded_by_its_size(audited: Any, loaded_registry: Any) -> None:
    audited.post("/api/match", json={"names": ["Bellingcat " + "x" * 400] * 30, "limit": 1})
    [record] = _log(loaded_registry)
    assert record.query == "30 names"
    assert len(record.result["results"]) == 30


def test_a_scan_is_recorded_with_each_organization_once(audited: Any, loaded_registry: Any) -> None:
    text = "Bellingcat опубликовал расследование. Bellingcat и «Международная амнистия» ответили."
    mentions = audited.post("/api/scan", json={"text": text}).json()["mentions"]
    [record] = _log(loaded_registry)
    assert (record.kind, record.query, record.threshold) == ("scan", text, None)
    assert record.result["verdict"] == "match"
    found = [m["org_id"] for m in record.result["matches"]]
    assert len(found) == len(set(found)) == len({m["organization"]["id"] for m in mentions}) < len(mentions)


def test_a_yente_batch_is_one_record_of_its_matches(audited: Any, loaded_registry: Any) -> None:
    response = audited.post(RECORDING["path"], params=RECORDING["params"], json=RECORDING["body"])
    [record] = _log(loaded_registry)
    by_key = {r["query"].split(":")[0]: r for r in record.result["results"]}
    assert set(by_key) == set(RECORDING["body"]["queries"])
    assert by_key["amnesty"]["verdict"] == "match"
    for key, answer in response.json()["responses"].items():
        assert by_key[key]["count"] == sum(1 for r in answer["results"] if r["match"])
    assert record.threshold == float(RECORDING["params"].get("threshold", 0.7))


def test_nothing_is_recorded_when_auditing_is_off(client: Any, loaded_registry: Any) -> None:
    client.get("/api/match", params={"q": "Bellingcat"})
    client.post("/api/match", json={"names": ["Bellingcat"]})
    client.post("/api/scan", json={"text": "Bellingcat"})
    client.post(RECORDING["path"], params=RECORDING["params"], json=RECORDING["body"])
    assert _log(loaded_registry) == []


def test_the_header_is_documented(client: Any) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path, method in [("/api/match", "get"), ("/api/match", "post"), ("/api/scan", "post"),
                         ("/match/{dataset}", "post")]:  # fmt: skip
        assert "X-Undesirable-User" in {p["name"] for p in paths[path][method]["parameters"]}


def test_a_user_name_sent_in_utf8_is_kept_as_written(audited: Any, loaded_registry: Any) -> None:
    audited.get("/api/match", params={"q": "Bellingcat"}, headers={"X-Undesirable-User": "Алиса".encode()})
    assert _log(loaded_registry)[0].who == "testclient (Алиса)"


def test_a_lone_surrogate_is_screened_and_recorded(audited: Any, loaded_registry: Any) -> None:
    """A lone surrogate (valid JSON, not valid UTF-8) once crashed the request and left no record."""
    body = b'{"text": "Bellingcat \\ud800 and more"}'
    response = audited.post("/api/scan", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text
    (record,) = _log(loaded_registry)
    assert record.query == "Bellingcat \ufffd and more"
    refused = audited.post(
        "/api/match", content=b'{"names": ["x \\udfff"]}', headers={"content-type": "application/json"}
    )
    assert refused.status_code == 422  # a clear refusal of the request, not a crash


def test_a_batch_with_a_name_the_matcher_failed_on_is_not_recorded_as_clean(
    audited: Any, loaded_registry: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.api.test_matching import matcher_failing_on

    matcher_failing_on(monkeypatch, loaded_registry, "Сбойфонд")
    body = audited.post("/api/match", json={"names": ["Acme Widgets Manufacturing", "Сбойфонд"]}).json()
    assert body["failed"][0]["index"] == 1
    [record] = _log(loaded_registry)
    assert record.result["verdict"] == "incomplete"  # nothing matched, but one name was never looked at
    assert [(r["query"], r["verdict"]) for r in record.result["results"]] == [
        ("Acme Widgets Manufacturing", "no_match"),
        ("Сбойфонд", "not_screened"),
    ]
    assert record.result["results"][1]["error"] == "not screened: IndexError: list index out of range"

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.factories import write_sample_xlsx
from undesirable.errors import NotFoundError, SourceError, UsageError
from undesirable.proof.audit import read_audit_log, verify_audit_chain
from undesirable.proof.certificates import (
    issue_certificate,
    read_certificate_file,
    verify_certificate,
    write_certificate,
)

KEY = "certificate-test-key-0123456789abcdef"
NOW = datetime(2024, 9, 6, 12, 30)


@pytest.fixture()
def keyed(registry: Any, tmp_path: Path) -> Any:
    registry.settings = replace(registry.settings, hmac_key=KEY)
    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx"))
    return registry


def _issue(registry: Any, query: str) -> dict[str, Any]:
    found = registry.find_exact(query)
    return issue_certificate(registry, query=query, matches=found, who="officer", now=NOW)


def test_a_certificate_states_query_date_snapshot_and_result(keyed: Any) -> None:
    document = _issue(keyed, "The National Endowment for Democracy")
    body = document["certificate"]
    snapshot = keyed.current_snapshot()
    assert body["query"] == "The National Endowment for Democracy"
    assert body["as_of"] == "2024-09-06"
    assert body["issued_at"] == "2024-09-06T12:30:00"
    assert body["snapshot"]["sha256"] == snapshot.sha256
    assert body["snapshot"]["actuality"] == "2024-09-05T17:28:00"
    assert body["result"]["verdict"] == "match"
    assert body["result"]["matches"][0]["org_id"] == "ru-undesirable-101-r-2020-01-10"
    (record,) = read_audit_log(keyed)
    assert body["audit"] == {"id": record.id, "hash": record.hash}
    assert verify_audit_chain(keyed) == (1, None)
    assert verify_certificate(document, key=KEY).valid


def test_an_altered_certificate_or_another_key_fails(keyed: Any) -> None:
    document = _issue(keyed, "Nobody at all")
    assert document["certificate"]["result"]["verdict"] == "no_match"
    altered = json.loads(json.dumps(document))
    altered["certificate"]["query"] = "Somebody else"
    check = verify_certificate(altered, key=KEY)
    assert (check.valid, check.reason) == (False, "the signature does not match: the certificate was altered")
    check = verify_certificate(document, key="another key")
    assert (check.valid, check.reason) == (False, "signed with another key (key id differs)")
    assert verify_certificate({"certificate": {}, "signature": {}}, key=KEY).reason == "not a screening certificate"


def test_json_and_html_files_both_verify(keyed: Any, tmp_path: Path) -> None:
    document = _issue(keyed, "Open Society Foundation")
    json_path, html_path = write_certificate(document, tmp_path / "proof.json")
    assert (json_path.name, html_path.name) == ("proof.json", "proof.html")
    for path in (json_path, html_path):
        assert verify_certificate(read_certificate_file(path), key=KEY).valid
    html = html_path.read_text("utf-8")
    assert "On the register" in html and "Open Society Foundation" in html
    assert keyed.current_snapshot().sha256 in html


def test_html_in_a_query_is_escaped_and_still_verifies(keyed: Any, tmp_path: Path) -> None:
    document = _issue(keyed, "</script><b>Fund</b>")
    _, html_path = write_certificate(document, tmp_path / "odd.html")
    html = html_path.read_text("utf-8")
    assert "<b>Fund</b>" not in html
    assert "&lt;/script&gt;&lt;b&gt;Fund&lt;/b&gt;" in html
    assert read_certificate_file(html_path) == document
    assert verify_certificate(read_certificate_file(html_path), key=KEY).valid


def test_a_certificate_needs_a_key_and_a_snapshot(registry: Any) -> None:
    with pytest.raises(UsageError, match="UNDESIRABLE_HMAC_KEY"):
        issue_certificate(registry, query="x", matches=[], who="officer")
    registry.settings = replace(registry.settings, hmac_key=KEY)
    with pytest.raises(NotFoundError):
        issue_certificate(registry, query="x", matches=[], who="officer")
    assert read_audit_log(registry) == []


def test_unreadable_files_are_source_errors(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("not json", encoding="utf-8")
    with pytest.raises(SourceError):
        read_certificate_file(tmp_path / "x.json")
    with pytest.raises(SourceError):
        read_certificate_file(tmp_path / "missing.json")

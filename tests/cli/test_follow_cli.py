"""The commands that follow the list, run in-process (the HTTP transport is replaced; no network)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from tests.factories import sample_row, write_sample_xlsx
from undesirable.cli import app, follow_commands
from undesirable.following import updater

URL = "https://register.test/export"
FLAGGED = "«Проект» (Project), ((Латвия"


@pytest.fixture()
def cli(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run a command with a fresh store and data folder; returns the click result."""
    env = {
        "UNDESIRABLE_DATABASE_URL": database_url,
        "UNDESIRABLE_DATA_DIR": str(tmp_path / "data"),
        "UNDESIRABLE_AUTOLOAD": "0",
        "UNDESIRABLE_HMAC_KEY": "cli-test-certificate-key-0123456789",
        "UNDESIRABLE_WEBHOOK_KEY": "cli-test-webhook-key-0123456789abcdef",
        "UNDESIRABLE_ALLOW_PRIVATE_WEBHOOKS": "1",
        "UNDESIRABLE_SOURCE_URL": URL,
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(updater, "BACKOFF_SECONDS", 0.0)
    runner = CliRunner()

    def invoke(*args: str, answer: Any = None) -> Any:
        if answer is not None:
            handler = answer if callable(answer) else (lambda _request: answer)
            monkeypatch.setattr(follow_commands, "make_transport", lambda: httpx.MockTransport(handler))
        return runner.invoke(app, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture()
def export(tmp_path: Path) -> bytes:
    rows = [sample_row(1), sample_row(2), sample_row(3, raw_name=FLAGGED)]
    return write_sample_xlsx(tmp_path / "export.xlsx", rows=rows).read_bytes()


def test_update_imports_then_says_nothing_changed(cli: Any, export: bytes) -> None:
    done = cli("update", answer=httpx.Response(200, content=export))
    assert done.exit_code == 0, done.stderr
    assert "Imported snapshot 1: official list of 05.09.2024, 3 entries" in done.stdout
    again = cli("update", "--json", answer=httpx.Response(200, content=export))
    result = json.loads(again.stdout)
    assert result["snapshot"]["new"] is False
    assert result["download"]["url"] == URL
    assert "nothing changed" in cli("update", answer=httpx.Response(200, content=export)).stdout


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), "cannot connect to register.test"),
        (httpx.Response(200, html="<html><body>Maintenance</body></html>"), "sent an HTML page"),
        (httpx.Response(200, content=b"PK\x03\x04 truncated"), "not the official export"),
    ],
)
def test_update_failures_are_one_line_and_exit_1(cli: Any, answer: Any, message: str) -> None:
    def handler(_request: httpx.Request) -> httpx.Response:
        if isinstance(answer, Exception):
            raise answer
        return answer

    done = cli("update", answer=handler)
    assert done.exit_code == 1
    assert done.stderr.startswith("undesirable: ") and message in done.stderr
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert json.loads(cli("snapshots", "--json").stdout)["snapshots"] == []


def test_update_bad_url_is_a_usage_error(cli: Any) -> None:
    done = cli("update", "--url", "file:///etc/passwd", answer=httpx.Response(500))
    assert done.exit_code == 2
    assert "not an http(s) URL" in done.stderr


def test_watch_runs_a_round_and_refuses_tiny_intervals(cli: Any, export: bytes) -> None:
    done = cli("watch", "--every", "6h", "--rounds", "1", answer=httpx.Response(200, content=export))
    assert done.exit_code == 0, done.stderr
    assert " ok: imported snapshot 1 (official list of 05.09.2024, 3 entries)" in done.stdout
    assert cli("watch", "--every", "1m", "--rounds", "1").exit_code == 2


def test_review_list_correct_accept(cli: Any, export: bytes) -> None:
    cli("update", answer=httpx.Response(200, content=export))
    queue = json.loads(cli("review", "--json").stdout)
    assert [i["organization"]["id"] for i in queue["items"]] == ["ru-undesirable-103-r-2020-01-10"]
    done = cli(
        "review",
        "correct",
        "ru-undesirable-103-r-2020-01-10",
        "--name-en",
        "Project Fund",
        "--alias",
        "Project",
        "--by",
        "anna",
    )
    assert done.exit_code == 0, done.stderr
    assert "Recorded (correct by anna): Project Fund (ru-undesirable-103-r-2020-01-10)" in done.stdout
    assert json.loads(cli("review", "--json").stdout)["count"] == 0
    shown = json.loads(cli("show", "ru-undesirable-103-r-2020-01-10", "--json").stdout)["organization"]
    assert shown["name_en"] == "Project Fund" and "Project" in shown["aliases"]
    assert cli("review", "accept", "no-such-org", "--by", "anna").exit_code == 1


def test_watchlist_add_show_remove(cli: Any, export: bytes, tmp_path: Path) -> None:
    cli("update", answer=httpx.Response(200, content=export))
    names = tmp_path / "partners.txt"
    names.write_text("# partners\nOpen Society Foundation\nA small partner\n", encoding="utf-8")
    done = cli("watchlist", "add", str(names), "--list", "partners")
    assert done.exit_code == 0, done.stderr
    assert "Watchlist partners: 2 added, 0 already watched." in done.stdout
    assert "Already listed: 'Open Society Foundation'" in done.stdout
    shown = json.loads(cli("watchlist", "show", "--json").stdout)["watchlists"]
    assert shown[0]["items"] == ["Open Society Foundation", "A small partner"]
    assert shown[0]["hits"][0]["org_id"] == "ru-undesirable-102-r-2020-01-10"
    assert cli("watchlist", "remove", "A small partner", "--list", "partners").exit_code == 0
    assert cli("watchlist", "remove", "--list", "partners").exit_code == 2
    assert cli("watchlist", "remove", "--all", "--list", "partners").exit_code == 0
    assert json.loads(cli("watchlist", "show", "--json").stdout)["watchlists"] == []


def test_notify_add_list_remove(cli: Any) -> None:
    done = cli("notify", "add", "https://hooks.example.org/u", "--secret", "s3cret")
    assert done.exit_code == 0, done.stderr
    listed = cli("notify", "list", "--json").stdout
    assert "s3cret" not in listed
    assert json.loads(listed)["subscriptions"][0]["kind"] == "webhook"
    assert cli("notify", "add", "nobody").exit_code == 2
    assert cli("notify", "remove", "1").exit_code == 0
    assert cli("notify", "remove", "1").exit_code == 1
    assert json.loads(cli("notify", "log", "--json").stdout) == {"deliveries": []}


def test_export_every_format(cli: Any, export: bytes, tmp_path: Path) -> None:
    cli("update", answer=httpx.Response(200, content=export))
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("compliance-csv", "csv", "json", "xlsx", "ftm"):
        done = cli("export", "--format", fmt, "--output", str(out), "--json")
        assert done.exit_code == 0, done.stderr
        assert json.loads(done.stdout)["organizations"] == 3
    assert sorted(p.name for p in out.iterdir()) == [
        "perechen_organizatsij_272_FZ_2024_09_05.csv",
        "undesirable_register_2024_09_05.csv",
        "undesirable_register_2024_09_05.ftm.json",
        "undesirable_register_2024_09_05.json",
        "undesirable_register_2024_09_05.xlsx",
    ]
    assert cli("export", "--format", "pdf").exit_code == 2
    assert cli("export", "--format", "json", "--as-of", "yesterday").exit_code == 2


def test_export_to_standard_output(cli: Any, export: bytes) -> None:
    cli("update", answer=httpx.Response(200, content=export))
    done = cli("export", "--format", "compliance-csv", "--output", "-", "--as-of", "2020-01-09")
    rows = list(csv.reader(io.StringIO(done.stdout_bytes.decode("cp1251"), newline=""), delimiter=";"))
    assert len(rows) == 4 and rows[1][1] == ""  # decided, not yet included on 9 Jan 2020
    assert "Wrote 3 organizations (compliance-csv) to standard output." in done.stderr


def test_check_certificate_verify_and_audit(cli: Any, export: bytes, tmp_path: Path) -> None:
    cli("update", answer=httpx.Response(200, content=export))
    proof = tmp_path / "proof.json"
    done = cli("check", "Open Society Foundation", "--certificate", str(proof))
    assert done.exit_code == 0, done.stderr
    assert proof.is_file() and proof.with_suffix(".html").is_file()
    verified = cli("verify", str(proof.with_suffix(".html")))
    assert verified.exit_code == 0, verified.stderr
    assert "Valid: certificate" in verified.stdout and "(known in this store)" in verified.stdout
    document = json.loads(proof.read_text("utf-8"))
    document["certificate"]["result"]["verdict"] = "no_match"
    proof.write_text(json.dumps(document), encoding="utf-8")
    rejected = cli("verify", str(proof))
    assert rejected.exit_code == 1
    assert (
        rejected.stderr
        == "undesirable: certificate NOT valid: the signature does not match: the certificate was altered\n"
    )
    audit = json.loads(cli("audit", "--json").stdout)
    assert {k: audit["chain"][k] for k in ("records", "broken_at", "intact")} == {
        "records": 1,
        "broken_at": None,
        "intact": True,
    }
    assert audit["chain"]["checkpoint"]["record_id"] == 1
    assert audit["records"][0]["query"] == "Open Society Foundation"
    assert cli("check", "-", "--certificate", str(proof)).exit_code == 2


def test_checks_are_audited_when_asked(cli: Any, export: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("update", answer=httpx.Response(200, content=export))
    cli("check", "Somebody")
    assert json.loads(cli("audit", "--json").stdout)["records"] == []
    monkeypatch.setenv("UNDESIRABLE_AUDIT", "1")
    cli("check", "Somebody")
    (record,) = json.loads(cli("audit", "--json").stdout)["records"]
    assert (record["query"], record["result"]["verdict"], record["threshold"]) == ("Somebody", "no_match", 0.7)
    assert record["snapshot_sha256"] == json.loads(cli("snapshots", "--json").stdout)["snapshots"][0]["sha256"]
    assert datetime.fromisoformat(record["at"])

"""What an answer says it searched is what was searched, on every face, in the audit log and in a certificate.

The store holds an official file of a few entries and the bundled reconstruction: the register that
is searched is both together (``registry/state.py``), so a "no match" that names only the official
file's handful of entries would be a false statement in an audit file. Every face renders the
operation's ``coverage`` and ``sources``; the counts are checked against the organizations actually
searched, not against a number written here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.factories import write_sample_xlsx
from undesirable import Registry, load_settings
from undesirable.cli import app as cli_app

NOBODY = "Общество любителей пчеловодства Подмосковья"
HMAC_KEY = "certificate-key-0123456789abcdef0123"


@pytest.fixture()
def mixed(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """A store with the bundled reconstruction and an official file of four entries; the CLI's environment."""
    env = {
        "UNDESIRABLE_DATABASE_URL": database_url,
        "UNDESIRABLE_DATA_DIR": str(tmp_path / "data"),
        "UNDESIRABLE_AUTOLOAD": "1",
        "UNDESIRABLE_AUDIT": "1",
        "UNDESIRABLE_HMAC_KEY": HMAC_KEY,
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    settings = load_settings(env)
    with Registry.open(settings=settings) as registry:
        registry.import_file(write_sample_xlsx(tmp_path / "official.xlsx"))
        official = registry.current_snapshot()
        searched = len(registry.all_organizations())
        coverage = registry.coverage()
    assert official is not None and official.is_official and official.row_count == 4
    assert searched > 300  # the bundled entries the official file does not list are searched too
    return {"settings": settings, "official": official, "searched": searched, "coverage": coverage}


def cli(*args: str) -> Any:
    return CliRunner().invoke(cli_app, list(args), catch_exceptions=False)


def one_line(text: str) -> str:
    return " ".join(text.split())


def test_a_check_names_every_source_it_searched_on_every_face(mixed: dict[str, Any]) -> None:
    from fastapi.testclient import TestClient

    from undesirable.api import create_app

    searched, coverage = mixed["searched"], mixed["coverage"]
    answer = json.loads(cli("check", NOBODY, "--json").stdout)
    assert answer["matches"] == [] and answer["snapshot"]["id"] == mixed["official"].id  # the field is kept
    assert answer["coverage"] == coverage
    assert sum(source["entries"] for source in answer["sources"]) == searched
    assert [(s["official"], s["role"]) for s in answer["sources"]] == [(True, "current"), (False, "supplement")]
    supplement = answer["sources"][1]
    assert f"Plus {supplement['entries']} entries not in that file" in coverage

    text = one_line(cli("check", NOBODY).stdout)
    assert "No match" in text and f"Searched: {one_line(coverage)}" in text

    with TestClient(create_app(mixed["settings"])) as client:
        api = client.get("/api/match", params={"q": NOBODY}).json()
        assert (api["coverage"], api["sources"]) == (answer["coverage"], answer["sources"])
        batch = client.post("/api/match", json={"names": [NOBODY]}).json()
        assert (batch["coverage"], batch["sources"]) == (answer["coverage"], answer["sources"])
        pages = {lang: client.get("/search/results", params={"q": NOBODY, "lang": lang}).text for lang in ("en", "ru")}
    client.app.state.registry.close()  # type: ignore[attr-defined]  # the app does not close a registry it opened
    for lang, page in pages.items():
        searched_line = one_line(re.sub(r"<[^>]+>", " ", page.split('class="muted searched"')[1].split("</p>")[0]))
        assert str(searched) in searched_line, lang  # the total searched, not the official file's 4
        assert str(supplement["entries"]) in searched_line, lang
    assert "Plus" in pages["en"] and "Кроме того" in pages["ru"] and "Всего проверено организаций" in pages["ru"]


def test_a_scan_that_finds_nothing_names_every_source_it_searched(mixed: dict[str, Any]) -> None:
    from fastapi.testclient import TestClient

    from undesirable.api import create_app

    text = "Пчеловоды Подмосковья собрались в субботу."
    done = CliRunner().invoke(cli_app, ["scan", "-", "--json"], input=text, catch_exceptions=False)
    answer = json.loads(done.stdout)
    assert answer["mentions"] == [] and answer["coverage"] == mixed["coverage"]
    assert sum(source["entries"] for source in answer["sources"]) == mixed["searched"]
    plain = one_line(CliRunner().invoke(cli_app, ["scan", "-"], input=text, catch_exceptions=False).stdout)
    assert f"Searched: {one_line(mixed['coverage'])}" in plain
    with TestClient(create_app(mixed["settings"])) as client:
        api = client.post("/api/scan", json={"text": text}).json()
        page = client.post("/scan", data={"text": text}, params={"lang": "en"}).text
    client.app.state.registry.close()  # type: ignore[attr-defined]
    assert (api["coverage"], api["sources"]) == (answer["coverage"], answer["sources"])
    assert f"{mixed['searched']} organizations searched in all" in one_line(page)


def test_the_audit_record_and_the_certificate_of_a_check_name_every_source(
    mixed: dict[str, Any], tmp_path: Path
) -> None:
    from undesirable.proof.audit import read_audit_log
    from undesirable.proof.certificates import verify_certificate_file

    assert cli("check", NOBODY).exit_code == 0
    done = cli("check", NOBODY, "--certificate", str(tmp_path / "cert.json"))
    assert done.exit_code == 0
    with Registry.open(settings=mixed["settings"]) as registry:
        records = read_audit_log(registry)
    assert len(records) == 2
    for record in records:
        assert record.result["coverage"] == mixed["coverage"]
        assert sum(source["entries"] for source in record.result["sources"]) == mixed["searched"]
    certificate = json.loads((tmp_path / "cert.json").read_text())["certificate"]
    assert certificate["coverage"] == mixed["coverage"]
    assert [s["sha256"] for s in certificate["sources"]] == [s["sha256"] for s in records[0].result["sources"]]
    html = one_line((tmp_path / "cert.html").read_text())
    assert "No organization of the data searched matched" in html
    assert verify_certificate_file(tmp_path / "cert.html", key=HMAC_KEY).valid

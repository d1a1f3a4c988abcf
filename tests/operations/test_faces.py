"""One operation, three faces: the CLI, the HTTP API and the web page give the same answer.

Each test asks one question through every face that offers it, every face over the test's own
store (starting with the bundled register, a copy of the session's template), and compares what
comes back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from typer.testing import CliRunner

from tests.factories import sample_row, write_sample_xlsx
from undesirable.cli import app as cli_app
from undesirable.cli import follow_commands

TOKEN = "faces-token-0123456789"
HOOK = "https://hooks.test/notices"


class Faces:
    """The CLI and the app over one store (the same settings), and the webhook calls they made."""

    def __init__(self, root: Path, database_url: str, monkeypatch: pytest.MonkeyPatch, *, audit: bool) -> None:
        from fastapi.testclient import TestClient

        from undesirable import load_settings
        from undesirable.api import create_app

        env = {
            "UNDESIRABLE_DATABASE_URL": database_url,
            "UNDESIRABLE_DATA_DIR": str(root / "data"),
            "UNDESIRABLE_AUTOLOAD": "1",
            "UNDESIRABLE_API_TOKEN": TOKEN,
            "UNDESIRABLE_AUDIT": "1" if audit else "0",
        }
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        self.hooks: list[dict[str, Any]] = []
        transport = httpx.MockTransport(self._hook)
        monkeypatch.setattr(follow_commands, "make_transport", lambda: transport)
        self.settings = load_settings(env)
        self.client = TestClient(create_app(self.settings, transport=transport), raise_server_exceptions=False)
        self.runner = CliRunner()

    def _hook(self, request: httpx.Request) -> httpx.Response:
        self.hooks.append(json.loads(request.content))
        return httpx.Response(200)

    def cli(self, *args: str) -> Any:
        return self.runner.invoke(cli_app, list(args), catch_exceptions=False)

    def cli_json(self, *args: str) -> Any:
        done = self.cli(*args, "--json")
        assert done.exit_code == 0, done.output
        return json.loads(done.stdout)

    @property
    def registry(self) -> Any:
        return self.client.app.state.registry  # type: ignore[attr-defined]


@pytest.fixture()
def faces(tmp_path: Path, bundled_store: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Faces]]:
    """Makes the faces over the test's store (``audit``: whether the settings audit screening)."""
    made: list[Faces] = []

    def make(*, audit: bool = False) -> Faces:
        made.append(Faces(tmp_path, bundled_store, monkeypatch, audit=audit))
        return made[-1]

    yield make
    for face in made:
        face.client.close()
        face.registry.close()


def _log(registry: Any) -> list[Any]:
    from undesirable.proof.audit import read_audit_log

    return list(reversed(read_audit_log(registry)))


def test_an_upload_screens_watchlists_and_notifies_like_an_import(faces: Callable[..., Faces], tmp_path: Path) -> None:
    from undesirable.following.subscriptions import add_subscription
    from undesirable.following.watchlists import add_to_watchlist

    bellingcat = sample_row(5, raw_name="Bellingcat Ltd. («Беллингкэт»), Соединенное Королевство")
    files = [
        write_sample_xlsx(
            tmp_path / f"{when:%Y-%m}.xlsx", rows=[sample_row(i) for i in range(1, n)] + extra, actuality=when
        )
        for n, extra, when in (
            (4, [], datetime(2024, 9, 1)),
            (5, [], datetime(2024, 10, 1)),
            (5, [bellingcat], datetime(2024, 11, 1)),
        )
    ]
    face = faces()
    face.registry.import_file(files[0])
    add_to_watchlist(face.registry, ["Amnesty International", "Bellingcat"])
    add_subscription(face.registry, HOOK, secret="faces-secret")

    by_cli = face.cli_json("import", str(files[1]))
    with files[2].open("rb") as handle:
        upload = face.client.post(
            "/api/snapshots", files={"file": ("third.xlsx", handle)}, headers={"Authorization": f"Bearer {TOKEN}"}
        )
    assert upload.status_code == 201, upload.text
    by_api = upload.json()

    assert [(h["query"], h["org_id"]) for h in by_cli["watchlist_hits"]] == [
        ("Amnesty International", "ru-undesirable-104-r-2020-01-10")
    ]
    assert [(h["query"], h["org_id"]) for h in by_api["watchlist_hits"]] == [
        ("Bellingcat", "ru-undesirable-105-r-2020-01-10")
    ]
    for result in (by_cli, by_api):
        assert result["notice_id"] is not None
        assert [d["ok"] for d in result["deliveries"]] == [True]
    assert [hook["counts"] for hook in face.hooks] == [
        {"added": 1, "removed": 0, "changed": 0, "hits": 1},
        {"added": 1, "removed": 0, "changed": 0, "hits": 1},
    ]


def test_explain_resolves_free_text_by_one_rule(faces: Callable[..., Faces]) -> None:
    face = faces()
    by_cli = face.cli_json("explain", "Medusa Project", "--role", "participant", "--date", "2024-01-10")
    params = {"org": "Medusa Project", "role": "participant", "date": "2024-01-10"}
    by_api = face.client.get("/api/law/explain", params=params)
    assert by_api.status_code == 200, by_api.text
    assert by_api.json() == by_cli
    assert by_cli["organization"]["id"] == "ru-undesirable-138-r-2023-02-07"


def test_a_name_without_a_strong_match_is_refused_by_every_face(faces: Callable[..., Faces]) -> None:
    from undesirable.matching.match import STRONG_THRESHOLD

    face = faces()
    best = face.registry.match("Amnesty", limit=1)
    assert best and best[0].score < STRONG_THRESHOLD  # a possible match only: not enough to name one
    done = face.cli("explain", "Amnesty", "--role", "participant")
    assert done.exit_code == 1 and "no organization" in done.stderr
    response = face.client.get("/api/law/explain", params={"org": "Amnesty"})
    assert response.status_code == 404
    assert response.json()["error"]["message"] in done.stderr


@pytest.mark.parametrize("text", ["45500.5", "45500", "yesterday", "31.02.2020", "2020-1-9"])
def test_a_date_every_face_refuses(faces: Callable[..., Faces], text: str) -> None:
    face = faces()
    assert face.cli("list", "--as-of", text).exit_code == 2
    assert face.cli("explain", "Meduza", "--role", "participant", "--date", text).exit_code == 2
    for path, name in (
        ("/api/organizations", "as_of"),
        ("/api/law/explain?org=Meduza", "date"),
        ("/api/stats", "as_of"),
    ):
        response = face.client.get(path, params={name: text})
        assert response.status_code == 422, (path, response.text)
    page = face.client.get("/organizations", params={"as_of": text}, headers={"accept": "text/html"})
    assert page.status_code == 422


@pytest.mark.parametrize("text", ["2020-01-09", "09.01.2020"])
def test_a_date_every_face_reads_the_same(faces: Callable[..., Faces], text: str) -> None:
    face = faces()
    by_cli = face.cli_json("list", "--as-of", text)
    by_api = face.client.get("/api/organizations", params={"as_of": text, "limit": 500}).json()
    assert by_cli["as_of"] == by_api["as_of"] == "2020-01-09"
    assert [o["id"] for o in by_cli["organizations"]] == [o["id"] for o in by_api["organizations"]]
    assert by_cli["count"] == by_api["count"] > 0


def test_every_face_audits_a_name_check_the_same_way(faces: Callable[..., Faces]) -> None:
    face = faces(audit=True)
    by_cli = face.cli_json("check", "Meduza")
    by_api = face.client.get("/api/match", params={"q": "Meduza"}).json()
    page = face.client.get("/", params={"q": "Meduza"}, headers={"accept": "text/html"})
    assert page.status_code == 200 and quote("ru-undesirable-138-r-2023-02-07", safe="/:") in page.text
    assert by_cli["matches"] == by_api["matches"] != []
    records = _log(face.registry)
    assert [r.kind for r in records] == ["check", "api", "web"]
    assert len({json.dumps(r.result, sort_keys=True) for r in records}) == 1
    assert {r.query for r in records} == {"Meduza"}
    assert records[0].result["verdict"] == "match"


def test_every_face_audits_a_scan_the_same_way(faces: Callable[..., Faces], tmp_path: Path) -> None:
    text = "Сотрудники «Международной амнистии» и Bellingcat выступили с заявлением."
    face = faces(audit=True)
    source = tmp_path / "text.txt"
    source.write_text(text, encoding="utf-8")
    by_cli = face.cli_json("scan", str(source))
    by_api = face.client.post("/api/scan", json={"text": text}).json()
    page = face.client.post("/scan", data={"text": text}, headers={"accept": "text/html"})
    assert page.status_code == 200
    assert by_cli == by_api and by_cli["mentions"] != []
    records = _log(face.registry)
    assert [r.kind for r in records] == ["scan", "scan", "scan"]
    assert len({json.dumps(r.result, sort_keys=True) for r in records}) == 1


def test_every_face_tells_apart_the_entries_that_share_a_name(faces: Callable[..., Faces]) -> None:
    face = faces()
    terminal = face.cli("check", "Bellingcat").output
    matches = face.client.get("/api/match", params={"q": "Bellingcat"}).json()["matches"]
    pages = {
        lang: face.client.get("/", params={"q": "Bellingcat", "lang": lang}, headers={"accept": "text/html"}).text
        for lang in ("en", "ru")
    }
    apart = {m["organization"]["id"]: next(r for r in m["reasons"] if r["code"] == "told_apart") for m in matches}
    assert {i: r["values"] for i, r in apart.items()} == {
        "ru-undesirable-951-r-2022-07-26": {"country_code": "NL", "legal_form": "Stichting",
                                            "inclusion_order": "951-р"},
        "ru-undesirable-952-r-2022-07-26": {"country_code": "GB", "legal_form": "Ltd", "inclusion_order": "952-р"},
    }  # fmt: skip
    for reason in apart.values():
        assert reason["text"]["en"] in terminal.replace("\n", " ")
        assert reason["text"]["en"] in pages["en"] and reason["text"]["ru"] in pages["ru"]
    assert "Netherlands, legal form Stichting" in terminal and "Нидерланды, форма Stichting" in pages["ru"]


def test_every_face_records_the_namesakes_it_showed_beside_no_match(faces: Callable[..., Faces]) -> None:
    face = faces(audit=True)
    shown = face.cli_json("check", "Борис Немцов")["namesakes"]
    assert face.client.get("/api/match", params={"q": "Борис Немцов"}).json()["namesakes"] == shown != []
    page = face.client.get("/", params={"q": "Борис Немцов"}, headers={"accept": "text/html"})
    assert page.status_code == 200
    assert face.client.post("/api/match", json={"names": ["Борис Немцов", "Фонд Бориса Немцова"]}).status_code == 200
    records = _log(face.registry)
    assert [r.kind for r in records] == ["check", "api", "web", "api"]
    for record in records[:3]:
        assert record.result["verdict"] == "no_match" and record.result["matches"] == []
        assert [n["org_id"] for n in record.result["namesakes"]] == [m["organization"]["id"] for m in shown]
        assert record.result["namesakes"][0]["score"] == shown[0]["score"]
    alone, foundation = records[3].result["results"]
    assert alone["namesakes"] == records[0].result["namesakes"] and alone["verdict"] == "no_match"
    assert "namesakes" not in foundation and foundation["verdict"] == "match"  # a match: nothing shown apart


def test_every_face_says_a_persons_name_is_the_namesake(faces: Callable[..., Faces], tmp_path: Path) -> None:
    from undesirable.matching.match import POSSIBLE_THRESHOLD

    face = faces()
    nemtsov = "ru-undesirable-464-r-2024-04-16"
    alone = face.cli_json("check", "Борис Немцов")
    assert alone["matches"] == []  # the man is not listed: no match at the default threshold ...
    assert alone == face.client.get("/api/match", params={"q": "Борис Немцов"}).json()
    # ... but "no match" does not hide the foundation called after him, in any face
    assert [m["organization"]["id"] for m in alone["namesakes"]] == [nemtsov]
    assert alone["namesakes"][0]["score"] < POSSIBLE_THRESHOLD
    assert "Named after this person, below the threshold" in face.cli("check", "Борис Немцов").output
    for lang, title in (("en", "Named after this person"), ("ru", "Названы в честь этого человека")):
        page = face.client.get("/", params={"q": "Борис Немцов", "lang": lang}, headers={"accept": "text/html"})
        assert page.status_code == 200 and title in page.text and quote(nemtsov, safe="/:") in page.text
    assert face.cli_json("check", "Фонд Бориса Немцова")["namesakes"] == []  # the foundation itself: a match
    by_cli = face.cli_json("check", "Борис Немцов", "--threshold", "0.5")  # weaker matches asked for
    by_api = face.client.get("/api/match", params={"q": "Борис Немцов", "threshold": 0.5}).json()
    assert by_cli["matches"] == by_api["matches"] != []
    assert by_cli["namesakes"] == []  # shown as matches, not again apart
    top = by_cli["matches"][0]
    assert top["organization"]["id"] == nemtsov and top["score"] < POSSIBLE_THRESHOLD
    named = next(r for r in top["reasons"] if r["code"] == "named_after")
    assert named["values"] == {"person": "Борис Немцов"} and named["text"]["en"] != named["text"]["ru"]
    terminal = " ".join(face.cli("check", "Борис Немцов", "--threshold", "0.5").output.split())
    assert named["text"]["en"] in terminal
    text = "Борис Немцов выступил. Фонд Бориса Немцова вручил премию."
    source = tmp_path / "namesake.txt"
    source.write_text(text, encoding="utf-8")
    scanned = face.cli_json("scan", str(source))
    assert scanned == face.client.post("/api/scan", json={"text": text}).json()
    assert [m["text"] for m in scanned["mentions"]] == ["Фонд Бориса Немцова"]

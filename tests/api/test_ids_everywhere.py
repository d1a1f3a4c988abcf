"""One identity everywhere: every id in every output passes FollowTheMoney's id check.

Outputs: the JSON API (organizations, matches, scans, changes, diffs, review), the yente routes,
reconciliation, the web pages' links, the Atom feed, the exports (FtM, CSV, xlsx, JSON), a
certificate and the audit log. The FtM export's organization ids are the API's ids.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

import pytest

FTM_ID = re.compile(r"^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$")
ID_KEYS = frozenset({"id", "org_id", "entity_id", "added", "removed"})
"""Keys whose string values are ids (of organizations, entities, snapshots, records)."""
NOT_IDS = ("alias", "former", "previous", "referents", "features")
"""Keys whose contents are not entity ids: earlier id forms listed on purpose, and matching features."""
ORG_LINK = re.compile(r"/(?:organizations|entities)/([^\"'?#<>\s]+)")
HMAC_KEY = "test-certificate-key-for-ids-0123456789"  # at least 32 characters


def _ids_in(data: Any, key: str = "") -> Iterator[str]:
    """Every string found under an id key, at any depth."""
    if isinstance(data, dict):
        for k, v in data.items():
            if not any(word in k.lower() for word in NOT_IDS):
                yield from _ids_in(v, k)
    elif isinstance(data, list):
        for item in data:
            yield from _ids_in(item, key)
    elif isinstance(data, str) and key in ID_KEYS:
        yield data


def _assert_ftm_ids(ids: list[str], where: str) -> None:
    assert ids, f"{where}: no ids found (the check would be empty)"
    bad = sorted({i for i in ids if not FTM_ID.match(i)})
    assert bad == [], f"{where}: {bad[:5]}"


@pytest.fixture()
def app_client(database_url: str, loaded_registry: Any, tmp_path: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from undesirable import load_settings
    from undesirable.api import create_app

    settings = load_settings({"UNDESIRABLE_DATABASE_URL": database_url, "UNDESIRABLE_AUDIT": "1",
                              "UNDESIRABLE_DATA_DIR": str(tmp_path), "UNDESIRABLE_HMAC_KEY": HMAC_KEY})  # fmt: skip
    with TestClient(create_app(settings, registry=loaded_registry)) as client:
        yield client


def test_json_api_ids(app_client: Any) -> None:
    listed = app_client.get("/api/organizations?limit=500").json()
    org_ids = [o["id"] for o in listed["organizations"]]
    _assert_ftm_ids(org_ids, "/api/organizations")
    outputs = {
        "/api/organizations/{id}": app_client.get(f"/api/organizations/{org_ids[0]}").json(),
        "/api/match": app_client.get("/api/match", params={"q": "Medusa Project"}).json(),
        "POST /api/match": app_client.post(
            "/api/match", json={"names": ["Amnesty International", "Bellingcat"]}
        ).json(),
        "POST /api/scan": app_client.post("/api/scan", json={"text": "журналисты «Медузы» и «Мемориала»"}).json(),
        "/api/changes": app_client.get("/api/changes?limit=200").json(),
        "/api/snapshots/1/diff": app_client.get("/api/snapshots/1/diff").json(),
        "/api/review": app_client.get("/api/review").json(),
        "/match/default": app_client.post(
            "/match/default", json={"queries": {"q": {"schema": "Organization", "properties": {"name": ["Meduza"]}}}}
        ).json(),
        "/search/default": app_client.get("/search/default?q=Bellingcat").json(),
        "/entities/{id}": app_client.get(f"/entities/{org_ids[0]}").json(),
        "/reconcile": app_client.post("/reconcile", data={"queries": '{"q0": {"query": "Bellingcat"}}'}).json(),
        "/reconcile/suggest/entity": app_client.get("/reconcile/suggest/entity?prefix=fund").json(),
    }
    for where, body in outputs.items():
        _assert_ftm_ids([str(i) for i in _ids_in(body)], where)


def test_web_links_and_atom_ids(app_client: Any) -> None:
    for url in ("/organizations?lang=en", "/changes?lang=en", "/api/changes.atom?lang=en", "/api/changes.atom?lang=ru"):
        text = app_client.get(url).text
        linked = [unquote(m) for m in ORG_LINK.findall(text)]
        assert all(m == unquote(m) for m in ORG_LINK.findall(text)), f"{url}: ids are percent-encoded"
        _assert_ftm_ids([link.rstrip("/") for link in linked if link], url)


def test_exports_ids_and_ftm_equals_api(app_client: Any, loaded_registry: Any) -> None:
    from openpyxl import load_workbook

    from undesirable.exports import render_export

    ftm = [json.loads(line) for line in render_export(loaded_registry, format="ftm").data.decode().splitlines()]
    _assert_ftm_ids([e["id"] for e in ftm], "ftm export")
    ftm_orgs = {e["id"] for e in ftm if e["schema"] == "Organization"}
    api_orgs = {o["id"] for o in app_client.get("/api/organizations?limit=500").json()["organizations"]}
    assert ftm_orgs == api_orgs
    rows = list(csv.DictReader(io.StringIO(render_export(loaded_registry, format="csv").data.decode("utf-8"))))
    _assert_ftm_ids([r["id"] for r in rows], "csv export")
    _assert_ftm_ids(list(_ids_in(json.loads(render_export(loaded_registry, format="json").data))), "json export")
    book = load_workbook(io.BytesIO(render_export(loaded_registry, format="xlsx").data), read_only=True)
    _assert_ftm_ids([str(v) for sheet in book.worksheets for v in _id_column(sheet)], "xlsx export")
    match = app_client.post(
        "/match/default", json={"queries": {"q": {"schema": "Organization", "properties": {"name": ["Bellingcat"]}}}}
    ).json()
    assert {r["id"] for r in match["responses"]["q"]["results"]} <= ftm_orgs


def _id_column(sheet: Any) -> list[Any]:
    """The values under an ``id`` header cell, wherever the sheet has one."""
    column: int | None = None
    values = []
    for row in sheet.iter_rows(values_only=True):
        if column is None:
            column = next((i for i, cell in enumerate(row) if cell == "id"), None)
        elif row[column]:
            values.append(row[column])
    return values


def test_certificate_and_audit_log_ids(loaded_registry: Any, database_url: str, tmp_path: Any) -> None:
    from undesirable import Registry, load_settings
    from undesirable.proof.audit import read_audit_log
    from undesirable.proof.certificates import issue_certificate

    settings = load_settings({"UNDESIRABLE_DATABASE_URL": database_url, "UNDESIRABLE_HMAC_KEY": HMAC_KEY,
                              "UNDESIRABLE_DATA_DIR": str(tmp_path)})  # fmt: skip
    registry = Registry.open(settings=settings)
    try:
        matches = registry.match("Bellingcat")
        document = issue_certificate(registry, query="Bellingcat", matches=matches, who="tester")
        _assert_ftm_ids([str(i) for i in _ids_in(document["certificate"]["result"])], "certificate")
        records = [r.to_json() for r in read_audit_log(registry)]
        _assert_ftm_ids([str(i) for r in records for i in _ids_in(r["result"])], "audit log")
    finally:
        registry.close()

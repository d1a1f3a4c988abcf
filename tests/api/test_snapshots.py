"""``/api/snapshots``: list, one, diff; uploads need the token and must be an xlsx."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.api.conftest import API_TOKEN, assert_error_body
from tests.factories import sample_row, write_sample_xlsx

AUTH = {"Authorization": f"Bearer {API_TOKEN}"}


def _xlsx(tmp_path: Path, rows: int = 4, actuality: datetime | None = None) -> bytes:
    path = write_sample_xlsx(
        tmp_path / "export.xlsx", rows=[sample_row(i) for i in range(1, rows + 1)], actuality=actuality
    )
    return path.read_bytes()


def test_list_and_one_snapshot(client: Any) -> None:
    listing = client.get("/api/snapshots").json()
    assert listing["current"] == listing["snapshots"][-1]["id"]
    one = client.get(f"/api/snapshots/{listing['current']}").json()
    assert one["snapshot"]["id"] == listing["current"]
    assert len(one["organizations"]) == one["snapshot"]["rows"]


def test_upload_needs_a_valid_token(client: Any, tmp_path: Path) -> None:
    data = _xlsx(tmp_path)
    files = {"file": ("export.xlsx", data)}
    assert_error_body(client.post("/api/snapshots", files=files), 401, "unauthorized")
    wrong = {"Authorization": "Bearer not-the-token"}
    assert_error_body(client.post("/api/snapshots", files=files, headers=wrong), 401, "unauthorized")
    assert_error_body(client.post("/api/snapshots", files=files, headers={"Authorization": API_TOKEN}), 401)


def test_upload_creates_a_snapshot_once_and_diffs_it(client: Any, tmp_path: Path) -> None:
    export = _xlsx(tmp_path)  # the same bytes twice: a rewritten xlsx carries a new timestamp
    first = client.post("/api/snapshots", files={"file": ("export.xlsx", export)}, headers=AUTH)
    assert first.status_code == 201, first.text
    created = first.json()["snapshot"]
    assert created["new"] is True
    again = client.post("/api/snapshots", files={"file": ("export.xlsx", export)}, headers=AUTH)
    assert again.status_code == 200 and again.json()["snapshot"]["new"] is False
    later = _xlsx(tmp_path / "..", rows=3, actuality=datetime(2024, 10, 1, 12, 0))
    second = client.post("/api/snapshots", files={"file": ("later.xlsx", later)}, headers=AUTH).json()["snapshot"]
    diff = client.get(f"/api/snapshots/{second['id']}/diff").json()
    assert diff["old"]["id"] == created["id"]
    assert len(diff["diff"]["removed"]) == 1
    against = client.get(f"/api/snapshots/{second['id']}/diff?against={second['id']}").json()
    assert against["diff"] == {"added": [], "removed": [], "changed": [], "excluded": []}


@pytest.mark.parametrize(
    ("name", "data"),
    [("export.xlsx", b"not a spreadsheet"), ("export.xlsx", b"PK\x03\x04broken zip"), ("notes.txt", b"hello")],
)
def test_non_xlsx_upload_is_a_400(client: Any, name: str, data: bytes) -> None:
    assert_error_body(client.post("/api/snapshots", files={"file": (name, data)}, headers=AUTH), 400, "bad_source")


def test_upload_name_is_never_a_server_path(client: Any) -> None:
    response = client.post("/api/snapshots", files={"file": ("../../etc/passwd", b"PK\x03\x04x")}, headers=AUTH)
    message = assert_error_body(response, 400)["message"]
    assert message.startswith("passwd.xlsx:") and "/etc" not in message


def test_upload_must_be_a_form(client: Any) -> None:
    response = client.post("/api/snapshots", content=io.BytesIO(b"PK").read(), headers=AUTH)
    assert_error_body(response, 422, "bad_request")


def test_writes_are_disabled_without_a_configured_token(registry: Any) -> None:
    from fastapi.testclient import TestClient

    from undesirable import load_settings
    from undesirable.api import create_app

    settings = load_settings({"UNDESIRABLE_DATABASE_URL": "sqlite://", "UNDESIRABLE_AUTOLOAD": "0"})
    with TestClient(create_app(settings, registry=registry)) as client:
        for header in ("Bearer ", f"Bearer {API_TOKEN}"):
            files = {"file": ("a.xlsx", b"PK")}
            response = client.post("/api/snapshots", files=files, headers={"Authorization": header})
            assert "disabled" in assert_error_body(response, 401, "unauthorized")["message"]

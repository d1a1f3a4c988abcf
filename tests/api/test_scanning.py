"""``/api/scan``: the same objects as ``scan --json``, from JSON, a form or an uploaded file."""

from __future__ import annotations

from typing import Any

from tests.api.conftest import assert_error_body

TEXT = "Расследование Bellingcat опубликовано сегодня."


def _ids(body: dict[str, Any]) -> set[str]:
    return {m["organization"]["id"] for m in body["mentions"]}


def test_json_text_is_scanned_with_offsets(client: Any) -> None:
    body = client.post("/api/scan", json={"text": TEXT}).json()
    assert set(body) == {"as_of", "snapshot", "coverage", "sources", "mentions", "truncated"}
    assert body["truncated"] is False
    mention = body["mentions"][0]
    assert TEXT[mention["start"] : mention["end"]] == "Bellingcat"
    assert any("bellingcat" in (m["organization"]["name_en"] or "").lower() for m in body["mentions"])


def test_form_text_and_uploaded_file_give_the_same_mentions(client: Any) -> None:
    from_json = client.post("/api/scan", json={"text": TEXT}).json()
    from_form = client.post("/api/scan", data={"text": TEXT}).json()
    from_file = client.post("/api/scan", files={"file": ("note.txt", TEXT.encode(), "text/plain")}).json()
    assert _ids(from_json) == _ids(from_form) == _ids(from_file) != set()


def test_as_of_is_echoed(client: Any) -> None:
    assert client.post("/api/scan", json={"text": TEXT, "as_of": "2023-05-01"}).json()["as_of"] == "2023-05-01"


def test_text_without_mentions(client: Any) -> None:
    assert client.post("/api/scan", json={"text": "Сегодня хорошая погода."}).json()["mentions"] == []


def test_binary_upload_is_refused_not_crashed(client: Any) -> None:
    response = client.post("/api/scan", files={"file": ("x.bin", bytes(range(256)) * 4, "application/octet-stream")})
    assert response.status_code in (400, 422)
    assert_error_body(response, response.status_code)


def test_form_without_text_or_file(client: Any) -> None:
    assert_error_body(client.post("/api/scan", data={"as_of": "2020-01-01"}), 422, "bad_request")


def test_inflected_russian_names_are_found(client: Any) -> None:
    text = "Сотрудники «Международной амнистии» выступили с заявлением."
    mention = client.post("/api/scan", json={"text": text}).json()["mentions"][0]
    assert text[mention["start"] : mention["end"]].startswith("Международной амнистии")
    assert "amnesty" in mention["organization"]["id"]


def test_html_upload_is_read_as_text(client: Any) -> None:
    html = "<html><body><p>Расследование <b>Bellingcat</b></p></body></html>".encode()
    body = client.post("/api/scan", files={"file": ("page.html", html, "text/html")}).json()
    assert any(m["text"] == "Bellingcat" for m in body["mentions"])


def test_form_field_sent_twice_is_refused(client: Any) -> None:
    # found by fuzzing: a repeated field used to be read as its first value
    response = client.post("/api/scan", data={"text": [TEXT, "второй текст"]})
    body = assert_error_body(response, 422, "bad_request")
    assert "text" in body["message"]

"""``update`` over the ministry's REST service: by choice, as the xlsx export's fallback, on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from tests.sources.test_rest_json import LISTING, rest_values
from undesirable.errors import DownloadError
from undesirable.following import rest_update, updater
from undesirable.following.download import DownloadOptions
from undesirable.following.updater import update_registry

NOW = datetime(2026, 7, 16, 9, 30, tzinfo=UTC)
EXPORT = "https://register.test/rest/registry/c2d1692e/export"
VALUES = "https://register.test/rest/registry/c2d1692e/values"


def _values() -> list[dict[str, Any]]:
    return rest_values(json.loads(LISTING.read_text("utf-8")))


def _page(values: list[dict[str, Any]], body: bytes) -> bytes:
    asked = json.loads(body)
    offset, limit = int(asked["offset"]), int(asked["limit"])
    return json.dumps({"values": values[offset : offset + limit], "size": len(values)}).encode()


def test_rest_by_choice_pages_through_every_value(registry: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rest_update, "PAGE_SIZE", 100)
    values, asked = _values(), []

    def handle(request: httpx.Request) -> httpx.Response:
        asked.append((request.method, str(request.url), json.loads(request.content)))
        return httpx.Response(200, content=_page(values, request.content))

    options = DownloadOptions(url=VALUES, transport=httpx.MockTransport(handle), clock=lambda: NOW)
    result = update_registry(registry, options, source="rest")
    assert [a[2]["offset"] for a in asked] == [0, 100, 200, 300]
    assert all(a[0] == "POST" and a[2]["search"] == "" for a in asked)
    assert result.imported.new and result.imported.snapshot.row_count == 367
    assert result.imported.snapshot.kind == "official"
    assert result.imported.snapshot.actuality == datetime(2026, 7, 16, 9, 30)


def test_rest_is_the_fallback_when_the_export_fails(registry: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(updater, "BACKOFF_SECONDS", 0.0)
    values = _values()

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/export"):
            return httpx.Response(200, html="<html><body>Сервис недоступен</body></html>")
        return httpx.Response(200, content=_page(values, request.content))

    result = update_registry(
        registry, DownloadOptions(url=EXPORT, transport=httpx.MockTransport(handle), clock=lambda: NOW)
    )
    assert result.download.url == VALUES
    assert result.imported.snapshot.row_count == 367


def test_both_channels_failing_is_one_error_and_changes_nothing(registry: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(updater, "BACKOFF_SECONDS", 0.0)

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/export"):
            return httpx.Response(404)
        return httpx.Response(200, json={"error": "no such registry"})

    with pytest.raises(DownloadError) as caught:
        update_registry(registry, DownloadOptions(url=EXPORT, transport=httpx.MockTransport(handle), clock=lambda: NOW))
    assert "answered 404" in caught.value.message
    assert 'the REST service failed too: register.test answered without "values" and "size"' in caught.value.message
    assert registry.snapshots() == []


def test_a_bad_value_in_a_page_refuses_the_whole_answer(registry: Any) -> None:
    values = _values()
    values[41]["field_2_s"] = "31.02.2021"
    answer = json.dumps({"values": values, "size": len(values)}).encode()
    with pytest.raises(DownloadError, match=r"not the register: .*row 42, column field_2_s: not a date"):
        transport = httpx.MockTransport(lambda _r: httpx.Response(200, content=answer))
        update_registry(registry, DownloadOptions(url=VALUES, transport=transport, clock=lambda: NOW), source="rest")
    assert registry.snapshots() == []


def send_json(handler: BaseHTTPRequestHandler, data: bytes) -> None:
    """Answer ``handler``'s request with ``data`` as JSON."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


class _Service(BaseHTTPRequestHandler):
    values: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        send_json(self, _page(self.values, body))

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def loopback() -> Iterator[str]:
    _Service.values = _values()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Service)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/rest/registry/c2d1692e/values"
    finally:
        server.shutdown()
        server.server_close()


def test_rest_over_a_loopback_server_then_the_saved_answer(registry: Any, loopback: str, tmp_path: Path) -> None:
    from undesirable.following.rest_update import download_rest_values
    from undesirable.sources.rest_json import dump_rest_json

    download = download_rest_values(registry.settings, DownloadOptions(url=loopback, clock=lambda: NOW))
    assert len(download.source.rows) == 367
    result = registry.import_source(download.source, origin=loopback)
    assert result.new
    saved = tmp_path / "values.json"
    saved.write_bytes(dump_rest_json(_values(), fetched_at=datetime(2026, 7, 16, 9, 30)))
    again = registry.import_file(saved)
    assert again.new is False and again.snapshot.id == result.snapshot.id  # the same answer saved: the same sha256

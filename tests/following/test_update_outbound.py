"""``update`` against hostile servers (issue item 8): redirects to another host are not followed,
a server that trickles bytes is cut off by the overall deadline, and a gzip-encoded export (with
its compressed Content-Length) is imported instead of refused as "truncated"."""

from __future__ import annotations

import dataclasses
import gzip
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.factories import write_sample_xlsx
from undesirable.errors import DownloadError
from undesirable.following.download import DownloadOptions
from undesirable.following.updater import download_official_export
from undesirable.limits import Limits


@pytest.fixture()
def export_bytes(tmp_path: Path) -> bytes:
    return write_sample_xlsx(tmp_path / "export.xlsx").read_bytes()


def test_a_redirect_to_another_host_is_not_followed(registry: Any, export_bytes: bytes) -> None:
    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.host == "register.test":
            return httpx.Response(302, headers={"location": "http://169.254.169.254/latest/meta-data/"})
        return httpx.Response(200, content=export_bytes)

    with pytest.raises(DownloadError, match="redirects to another host are not followed"):
        download_official_export(
            registry.settings,
            DownloadOptions(url="https://register.test/export", transport=httpx.MockTransport(handle)),
        )
    assert seen == ["https://register.test/export"]


def test_a_redirect_within_the_host_is_followed(registry: Any, export_bytes: bytes) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/export":
            return httpx.Response(301, headers={"location": "/files/export.xlsx"})
        return httpx.Response(200, content=export_bytes)

    done = download_official_export(
        registry.settings, DownloadOptions(url="https://register.test/export", transport=httpx.MockTransport(handle))
    )
    assert done.size == len(export_bytes)


@pytest.fixture()
def loopback() -> Iterator[Callable[[Callable[[BaseHTTPRequestHandler], None]], str]]:
    servers: list[ThreadingHTTPServer] = []

    def serve(respond: Callable[[BaseHTTPRequestHandler], None]) -> str:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                respond(self)

            def log_message(self, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{server.server_address[1]}/export"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


def test_a_gzip_encoded_export_is_imported(registry: Any, export_bytes: bytes, loopback: Any) -> None:
    packed = gzip.compress(export_bytes)

    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(packed)))
        handler.end_headers()
        handler.wfile.write(packed)

    done = download_official_export(registry.settings, DownloadOptions(url=loopback(respond)))
    assert done.size == len(export_bytes)
    assert done.source.rows


def test_a_trickling_server_is_cut_off_by_the_overall_deadline(registry: Any, loopback: Any) -> None:
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        try:
            for _ in range(1000):  # a byte every 0.2 s: no single read ever times out
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass

    settings = dataclasses.replace(registry.settings, limits=Limits(download_seconds=1.5))
    started = time.monotonic()
    with pytest.raises(DownloadError, match=r"limits\.download_seconds"):
        download_official_export(settings, DownloadOptions(url=loopback(respond), timeout=10))
    assert time.monotonic() - started < 10


def test_an_endless_rest_answer_is_cut_at_the_cap(registry: Any) -> None:
    from undesirable.following.rest_update import download_rest_values

    served = 0

    def body() -> Iterator[bytes]:
        nonlocal served
        for _ in range(100_000):  # 6.5 GB if read to the end
            served += 65536
            yield b" " * 65536

    settings = dataclasses.replace(registry.settings, limits=Limits(download_bytes=1024 * 1024))
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body()))
    with pytest.raises(DownloadError, match="cap"):
        download_rest_values(
            settings, DownloadOptions(url="https://register.test/rest/registry/x/values", transport=transport)
        )
    assert served <= 2 * 1024 * 1024

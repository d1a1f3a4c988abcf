"""Security headers on every answer, and server timeouts: a slowloris client (headers sent a byte
at a time, or never finished) is disconnected, a body that stops arriving is answered 408.

The timeout tests run a real uvicorn server on loopback with small limits."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from undesirable.limits import Limits

HEADERS = ("content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy")


@pytest.mark.parametrize("path", ["/", "/review", "/api/organizations?limit=1", "/no/such/page", "/openapi.json"])
def test_every_answer_carries_the_security_headers(client: Any, path: str) -> None:
    response = client.get(path)
    for name in HEADERS:
        assert name in response.headers, (path, name)
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "script-src" not in response.headers["content-security-policy"]  # default-src 'self' covers scripts
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"


@pytest.fixture()
def server(app_settings: Any, loaded_registry: Any) -> Iterator[tuple[str, int]]:
    import uvicorn

    from undesirable.api import create_app
    from undesirable.hardening import make_header_timeout_protocol

    settings = dataclasses.replace(app_settings, limits=Limits(header_seconds=0.5, body_seconds=0.5))
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    config = uvicorn.Config(
        create_app(settings, registry=loaded_registry),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        http=make_header_timeout_protocol(0.5),
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert instance.started
    yield "127.0.0.1", port
    instance.should_exit = True
    thread.join(timeout=10)


def _read_all(sock: socket.socket, seconds: float) -> bytes | None:
    """What the server sends until it closes, or None when it is still open after ``seconds``."""
    sock.settimeout(seconds)
    data = b""
    try:
        while chunk := sock.recv(65536):
            data += chunk
    except TimeoutError:
        return None
    return data


def test_headers_that_never_finish_are_cut_off(server: tuple[str, int]) -> None:
    with socket.create_connection(server) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
        for _ in range(3):  # a slowloris: a header line now and then, never the end of the headers
            time.sleep(0.3)
            try:
                sock.sendall(b"X-Slow: 1\r\n")
            except OSError:
                break
        assert _read_all(sock, 5) == b""


def test_a_body_that_stops_arriving_is_answered_408(server: tuple[str, int]) -> None:
    with socket.create_connection(server) as sock:
        sock.sendall(
            b"POST /api/scan HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
            b'{"text": "'
        )
        answer = _read_all(sock, 3)  # the server closes the connection after answering (not at keep-alive's end)
    assert answer is not None and answer.startswith(b"HTTP/1.1 408"), answer
    assert b'"code":"request_timeout"' in answer
    assert b"\r\nconnection: close\r\n" in answer.lower()


def test_a_prompt_request_is_answered(server: tuple[str, int]) -> None:
    with socket.create_connection(server) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answer = _read_all(sock, 10)
    assert answer is not None and answer.startswith(b"HTTP/1.1 200"), answer
    assert b"\r\nx-frame-options: DENY\r\n" in answer

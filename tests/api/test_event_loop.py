"""A quick request never waits behind a long scan: scanning runs off the server's event loop."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

SENTENCE = "Сотрудники «Международной амнистии» и Bellingcat выступили с заявлением, а «Медуза» написала об этом. "
HEALTH_LIMIT_SECONDS = 1.0
"""A health check answers within this while a scan is running (a scan of the text takes several)."""


@pytest.fixture()
def server(database_url: str, loaded_registry: Any) -> Iterator[str]:
    """A real uvicorn server (one worker) over the bundled register, on a free loopback port."""
    import uvicorn

    from undesirable import load_settings
    from undesirable.api import create_app

    settings = load_settings({"UNDESIRABLE_DATABASE_URL": database_url, "UNDESIRABLE_AUTOLOAD": "0"})
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings, registry=loaded_registry), port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert instance.started
    try:
        yield base
    finally:
        instance.should_exit = True
        thread.join(timeout=30)


@pytest.mark.slow
def test_a_health_check_does_not_wait_behind_a_scan(server: str) -> None:
    text = SENTENCE * (300_000 // len(SENTENCE))
    httpx.post(f"{server}/api/scan", json={"text": SENTENCE}, timeout=120).raise_for_status()  # indexes built
    scan_done: list[float] = []

    def scan() -> None:
        httpx.post(f"{server}/api/scan", json={"text": text}, timeout=300).raise_for_status()
        scan_done.append(time.monotonic())

    worker = threading.Thread(target=scan)
    worker.start()
    time.sleep(0.5)  # the scan is running
    started = time.monotonic()
    health = httpx.get(f"{server}/healthz", timeout=60)
    answered = time.monotonic()
    worker.join(timeout=300)
    assert health.status_code == 200
    assert scan_done and scan_done[0] > answered, "the scan ended first: the check proves nothing"
    assert answered - started < HEALTH_LIMIT_SECONDS

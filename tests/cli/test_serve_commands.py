"""``undesirable serve``: options reach uvicorn; the workers' socket is a TCP socket proper."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from typer.testing import CliRunner

from undesirable.cli import app, serve_commands


def test_serve_loads_the_store_then_runs_the_server(monkeypatch: pytest.MonkeyPatch, database_url: str) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setenv("UNDESIRABLE_DATABASE_URL", database_url)
    monkeypatch.setenv("UNDESIRABLE_AUTOLOAD", "1")
    monkeypatch.setattr(serve_commands, "run_server", lambda **kw: calls.append(kw))
    result = CliRunner().invoke(app, ["serve", "--port", "8123", "--workers", "2", "--quiet"])
    assert result.exit_code == 0, result.output
    from undesirable.limits import DEFAULT_LIMITS

    assert calls == [{"host": "127.0.0.1", "port": 8123, "workers": 2, "quiet": True, "limits": DEFAULT_LIMITS}]
    from undesirable import Registry, load_settings
    from undesirable.store import open_store

    registry = Registry(open_store(database_url), load_settings())
    assert registry.current_snapshot() is not None  # the bundled register was loaded before the workers start
    registry.close()


def test_bad_port_is_a_usage_error() -> None:
    assert CliRunner().invoke(app, ["serve", "--port", "70000"]).exit_code == 2


def test_worker_socket_names_tcp_so_connections_get_nodelay() -> None:
    sock = serve_commands.bind_tcp_socket("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
        assert sock.get_inheritable()
        sock.listen()
        client = socket.create_connection(sock.getsockname())
        accepted, _ = sock.accept()
        assert accepted.proto == socket.IPPROTO_TCP  # what asyncio checks before it sets TCP_NODELAY
        accepted.close()
        client.close()
    finally:
        sock.close()


def test_serve_runs_scheduled_updates_once_and_stops_them(monkeypatch: pytest.MonkeyPatch, database_url: str) -> None:
    from undesirable.following import schedule

    events: list[str] = []

    class FakeScheduler:
        def stop(self, *, timeout: float | None = 10.0) -> None:
            events.append("stopped")

    def fake_start(settings: Any) -> FakeScheduler | None:
        events.append(f"started every {settings.update_every}")
        return FakeScheduler() if settings.update_every else None

    def fake_run(**_kw: Any) -> None:
        events.append("serving")
        raise KeyboardInterrupt

    monkeypatch.setenv("UNDESIRABLE_DATABASE_URL", database_url)
    monkeypatch.setenv("UNDESIRABLE_UPDATE_EVERY", "6h")
    monkeypatch.setattr(schedule, "start_update_scheduler", fake_start)
    monkeypatch.setattr(serve_commands, "run_server", fake_run)
    CliRunner().invoke(app, ["serve", "--workers", "2"])
    assert events == ["started every 6h", "serving", "stopped"]

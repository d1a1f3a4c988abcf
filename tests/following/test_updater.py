from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import openpyxl
import pytest

from tests.factories import sample_row, write_sample_xlsx
from undesirable.errors import DownloadError, UsageError
from undesirable.following import updater
from undesirable.following.download import DownloadOptions
from undesirable.following.updater import download_official_export, update_registry
from undesirable.settings import OFFICIAL_EXPORT_URL

URL = "https://register.test/export"
NOW = datetime(2024, 9, 6, 9, 30, tzinfo=UTC)

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture()
def export_bytes(tmp_path: Path) -> bytes:
    return write_sample_xlsx(tmp_path / "export.xlsx").read_bytes()


class Server:
    """A scripted server: each request gets the next answer; requests and pauses are recorded."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.pauses: list[float] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    def update(self, registry: Any, **kwargs: Any) -> Any:
        options = DownloadOptions(
            url=kwargs.pop("url", URL),
            transport=httpx.MockTransport(self.handle),
            sleep=self.pauses.append,
            clock=lambda: NOW,
            **kwargs,
        )
        return update_registry(registry, options, source="xlsx")  # the export alone; the REST fallback: own tests


def test_a_new_export_is_imported_with_its_fetch_time(registry: Any, export_bytes: bytes) -> None:
    server = Server(httpx.Response(200, content=export_bytes))
    result = server.update(registry)
    assert result.imported.new
    assert result.download.size == len(export_bytes)
    snapshot = registry.current_snapshot()
    assert snapshot.source == URL
    assert snapshot.fetched_at == datetime(2024, 9, 6, 9, 30)
    assert snapshot.row_count == 4
    assert server.requests[0].headers["user-agent"].startswith("undesirable/")
    assert result.to_json()["download"]["attempts"] == 1


def test_the_same_export_again_is_a_noop(registry: Any, export_bytes: bytes) -> None:
    server = Server(httpx.Response(200, content=export_bytes))
    server.update(registry)
    again = server.update(registry)
    assert again.imported.new is False
    assert again.notice_id is None
    assert len(registry.snapshots()) == 1


def test_the_default_url_comes_from_the_settings(registry: Any, export_bytes: bytes) -> None:
    server = Server(httpx.Response(200, content=export_bytes))
    download_official_export(registry.settings, DownloadOptions(transport=httpx.MockTransport(server.handle)))
    assert str(server.requests[0].url) == OFFICIAL_EXPORT_URL


def test_server_errors_are_retried_with_growing_pauses(registry: Any, export_bytes: bytes) -> None:
    server = Server(httpx.Response(503), httpx.Response(502), httpx.Response(200, content=export_bytes))
    result = server.update(registry)
    assert result.imported.new
    assert result.download.attempts == 3
    assert server.pauses == [updater.BACKOFF_SECONDS, updater.BACKOFF_SECONDS * 2]


def _huge_body() -> Iterator[bytes]:
    chunk = b"PK" + b"\0" * (1024 * 1024 - 2)
    for _ in range(21):
        yield chunk


@pytest.mark.parametrize(
    ("answer", "message", "requests"),
    [
        (
            httpx.Response(200, html="<!DOCTYPE html><html><body>Доступ ограничен</body></html>"),
            "sent an HTML page instead of the xlsx export",
            1,
        ),
        (httpx.Response(200, content=b""), "sent an empty body", 1),
        (httpx.Response(404), "register.test answered 404 Not Found", 1),
        (httpx.Response(503), "answered 503 Service Unavailable (gave up after 3 attempts)", 3),
        (
            httpx.Response(200, headers={"content-length": str(30 * 1024 * 1024)}, content=b"PK"),
            "announces 30.0 MB, over the 20.0 MB cap",
            1,
        ),
        (httpx.Response(200, content=_huge_body()), "exceeds the 20.0 MB cap; stopped", 1),
        (
            httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] unable to get local issuer certificate"),
            "pass the missing certificates with --ca-bundle",
            1,
        ),
        (httpx.ConnectError("[Errno -3] Temporary failure in name resolution"), "cannot resolve register.test", 1),
        (httpx.ConnectError("[Errno -2] Name or service not known"), "cannot resolve register.test", 1),
        (httpx.ConnectError("[Errno 111] Connection refused"), "cannot connect to register.test", 3),
        (httpx.ReadTimeout("timed out"), "did not answer in time", 3),
        (
            httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
            "the connection to register.test failed",
            3,
        ),
    ],
)
def test_failed_downloads_change_nothing(
    registry: Any, answer: httpx.Response | Exception, message: str, requests: int
) -> None:
    server = Server(answer)
    with pytest.raises(DownloadError) as caught:
        server.update(registry)
    assert message in caught.value.message
    assert len(server.requests) == requests
    assert registry.snapshots() == []


def test_a_truncated_body_is_retried_then_refused(registry: Any, export_bytes: bytes) -> None:
    declared = {"content-length": str(len(export_bytes))}
    server = Server(httpx.Response(200, headers=declared, content=export_bytes[:1000]))
    with pytest.raises(DownloadError, match=r"truncated download .*: 1000 of \d+ bytes"):
        server.update(registry)
    assert len(server.requests) == 3
    assert registry.snapshots() == []


def test_a_truncated_archive_without_length_is_refused(registry: Any, export_bytes: bytes) -> None:
    half = export_bytes[: len(export_bytes) // 2]
    server = Server(httpx.Response(200, content=iter([half])))
    with pytest.raises(DownloadError, match=r"not the official export: .*not an xlsx file"):
        server.update(registry)
    assert registry.snapshots() == []


def test_an_xlsx_of_another_layout_is_refused(registry: Any, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Лист 1"
    book.active["A1"] = "Список поставщиков"
    book.save(tmp_path / "other.xlsx")
    server = Server(httpx.Response(200, content=(tmp_path / "other.xlsx").read_bytes()))
    with pytest.raises(DownloadError, match="cell A1 should hold the register's title"):
        server.update(registry)
    assert registry.snapshots() == []


def test_a_later_version_is_imported_and_diffed(registry: Any, tmp_path: Path) -> None:
    first = write_sample_xlsx(tmp_path / "a.xlsx").read_bytes()
    rows = [sample_row(i) for i in range(1, 6)]
    later = write_sample_xlsx(tmp_path / "b.xlsx", rows=rows, actuality=datetime(2024, 10, 1)).read_bytes()
    Server(httpx.Response(200, content=first)).update(registry)
    result = Server(httpx.Response(200, content=later)).update(registry)
    assert list(result.imported.diff.added) == ["ru-undesirable-105-r-2020-01-10"]
    assert result.notice_id is not None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"url": "ftp://register.test/export"}, r"not an http\(s\) URL"),
        ({"timeout": 0}, "--timeout must be positive"),
        ({"ca_bundle": Path("/nonexistent/ca.pem")}, "--ca-bundle: cannot load"),
    ],
)
def test_bad_options_are_usage_errors(registry: Any, kwargs: dict[str, Any], message: str) -> None:
    server = Server(httpx.Response(500))
    with pytest.raises(UsageError, match=message):
        server.update(registry, **kwargs)
    assert server.requests == []


def test_a_ca_bundle_is_added_to_the_trusted_certificates(registry: Any, export_bytes: bytes) -> None:
    import certifi

    server = Server(httpx.Response(200, content=export_bytes))
    result = server.update(registry, ca_bundle=Path(certifi.where()))
    assert result.imported.new


def test_a_name_that_does_not_resolve_fails_at_once(registry: Any) -> None:
    # As httpx raises it: the connection error carries the resolver's own error as its cause.
    failure = httpx.ConnectError("connection failed")
    failure.__cause__ = socket.gaierror(-2, "unknown")
    server = Server(failure)
    with pytest.raises(DownloadError) as caught:
        server.update(registry)
    assert caught.value.message.startswith("cannot resolve register.test")
    assert len(server.requests) == 1


def test_the_timeout_bounds_the_whole_download_retries_included(registry: Any) -> None:
    server = Server(httpx.ReadTimeout("timed out"))
    with pytest.raises(DownloadError) as caught:
        server.update(registry, timeout=1.0)
    assert "takes longer than 1 s" in caught.value.message
    assert len(server.requests) == 1  # the pause before a second attempt would pass the deadline
    assert server.pauses == []

from __future__ import annotations

import logging
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.factories import write_sample_xlsx
from undesirable.errors import UsageError
from undesirable.following.download import DownloadOptions
from undesirable.following.schedule import Round, log_round, parse_interval, start_update_scheduler, watch

URL = "https://register.test/export"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6h", timedelta(hours=6)),
        ("30m", timedelta(minutes=30)),
        ("1d", timedelta(days=1)),
        ("1h30m", timedelta(hours=1, minutes=30)),
        (" 2H ", timedelta(hours=2)),
        ("3600s", timedelta(hours=1)),
    ],
)
def test_intervals(text: str, expected: timedelta) -> None:
    assert parse_interval(text) == expected


@pytest.mark.parametrize("text", ["", "6", "h", "6 hours", "-1h", "1m", "1h 2x"])
def test_bad_intervals(text: str) -> None:
    with pytest.raises(UsageError):
        parse_interval(text)


def test_watch_runs_rounds_and_survives_failures(registry: Any, tmp_path: Path) -> None:
    export = write_sample_xlsx(tmp_path / "export.xlsx").read_bytes()
    refused = httpx.ConnectError("[Errno 111] Connection refused")
    answers: list[httpx.Response | Exception] = [refused] * 3 + [httpx.Response(200, content=export)] * 2

    def handle(_request: httpx.Request) -> httpx.Response:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    outcomes: list[Round] = []
    pauses: list[float] = []
    ticks = iter(range(1000))
    done = watch(
        registry,
        DownloadOptions(url=URL, transport=httpx.MockTransport(handle)),
        every=timedelta(hours=6),
        rounds=3,
        on_round=outcomes.append,
        clock=lambda: float(next(ticks)),
        sleep=pauses.append,
        source="xlsx",  # the export alone: the scripted answers are the export's (REST fallback: test_rest_update)
    )
    assert done == 3
    assert [o.ok for o in outcomes] == [False, True, True]
    assert "cannot connect to register.test" in outcomes[0].message
    assert outcomes[1].message.startswith("imported snapshot 1 (official list of 05.09.2024, 4 entries)")
    assert outcomes[2].message.startswith("no new version: snapshot 1")
    # three download attempts in the failed round (two back-off pauses), then 6 h less elapsed time
    assert pauses[:2] == [5.0, 10.0]
    assert pauses[2] == 6 * 3600 - 1
    assert len(registry.snapshots()) == 1


def test_the_server_scheduler_updates_in_the_background(registry: Any, tmp_path: Path) -> None:
    export = write_sample_xlsx(tmp_path / "export.xlsx").read_bytes()
    settings = replace(registry.settings, update_every="5m", source_url=URL)
    transport = httpx.MockTransport(lambda _request: httpx.Response(200, content=export))
    scheduler = start_update_scheduler(settings, DownloadOptions(transport=transport))
    assert scheduler is not None
    try:
        deadline = time.monotonic() + 10
        while not registry.snapshots() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        scheduler.stop()
    assert not scheduler.thread.is_alive()
    assert registry.current_snapshot().source == URL


def test_no_scheduler_without_the_setting(registry: Any) -> None:
    assert start_update_scheduler(registry.settings) is None


def test_rounds_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="undesirable.watch")
    log_round(Round(True, "no new version"))
    log_round(Round(False, "cannot connect"))
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("INFO", "no new version"),
        ("ERROR", "update failed: cannot connect"),
    ]

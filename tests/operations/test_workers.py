"""Where scans run: long texts in worker processes by default, short ones in place; the same answer either way."""

from __future__ import annotations

import dataclasses
import json
import os
from typing import Any

import pytest

from undesirable.errors import UsageError
from undesirable.operations.workers import PROCESS_SCAN_CHARS, Scanner, scan_worker_count
from undesirable.settings import MAX_AUTO_SCAN_WORKERS, load_settings

SENTENCE = "Сотрудники «Международной амнистии» и Bellingcat выступили с заявлением, а «Медуза» написала об этом. "


def test_by_default_long_scans_get_one_worker_per_core() -> None:
    settings = load_settings({"UNDESIRABLE_DATA_DIR": "/nonexistent"})
    assert settings.scan_workers is None
    cores = len(os.sched_getaffinity(0))
    assert scan_worker_count(settings) == min(cores, MAX_AUTO_SCAN_WORKERS) >= 1
    assert scan_worker_count(load_settings({"UNDESIRABLE_SCAN_WORKERS": "auto"})) == scan_worker_count(settings)
    assert scan_worker_count(load_settings({"UNDESIRABLE_SCAN_WORKERS": "0"})) == 0
    assert scan_worker_count(load_settings({"UNDESIRABLE_SCAN_WORKERS": "6"})) == 6
    with pytest.raises(UsageError, match="UNDESIRABLE_SCAN_WORKERS: expected auto or a whole number"):
        load_settings({"UNDESIRABLE_SCAN_WORKERS": "many"})


def test_a_long_text_gets_the_same_answer_from_a_lower_priority_worker_process_as_in_place(
    loaded_registry: Any,
) -> None:
    from undesirable.operations.workers import WORKER_NICENESS

    text = SENTENCE * (PROCESS_SCAN_CHARS // len(SENTENCE) + 50)
    in_place = Scanner(dataclasses.replace(loaded_registry.settings, scan_workers=0), loaded_registry)
    pooled = Scanner(dataclasses.replace(loaded_registry.settings, scan_workers=1), loaded_registry)
    try:
        expected = in_place.scan_json(text, as_of=None, who=None)
        assert in_place._pool is None
        answer = pooled.scan_json(text, as_of=None, who=None)
        assert pooled._pool is not None, "a long text goes to the worker processes"
        assert answer == expected
        mentions = json.loads(answer)["mentions"]
        assert len(mentions) >= 3 * (len(text) // len(SENTENCE))  # the answer is a real one, not two empty ones
        niceness = pooled._pool.submit(_worker_niceness).result()
        assert niceness == min(os.nice(0) + WORKER_NICENESS, 19)  # it yields the CPU to the server process
    finally:
        in_place.close()
        pooled.close()


def _worker_niceness() -> int:
    return os.nice(0)


def test_a_short_text_is_scanned_in_place(loaded_registry: Any) -> None:
    pooled = Scanner(dataclasses.replace(loaded_registry.settings, scan_workers=2), loaded_registry)
    try:
        answer = json.loads(pooled.scan_json(SENTENCE, as_of=None, who=None))
        assert pooled._pool is None
        assert {m["text"] for m in answer["mentions"]} >= {"Bellingcat", "Медуза"}
    finally:
        pooled.close()

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_registry_cli import run

pytestmark = pytest.mark.usefixtures("bundled_store")  # the store starts with the bundled register


def test_explain_by_id_json_contract(database_url: str) -> None:
    done = run(
        ["explain", "ru-undesirable-1076-r-2015-07-29", "--role", "participant", "--date", "2022-03-01", "--json"],
        database_url=database_url,
        autoload="1",
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) >= {
        "organization",
        "date",
        "designated",
        "designated_since",
        "role",
        "offences",
        "summary_ru",
        "summary_en",
        "notice",
    }
    assert result["designated"] is True and result["designated_since"] == "2015-07-29"
    assert result["organization"]["id"] == "ru-undesirable-1076-r-2015-07-29"
    parts = {(o["article"], o["part"]) for o in result["offences"]}
    assert ("20.33", None) in parts or any(a == "20.33" for a, _ in parts)
    assert any(o["article"] == "284.1" and o["max_prison_years"] == 4 for o in result["offences"])


def test_explain_unknown_role_is_bad_usage(database_url: str) -> None:
    done = run(
        ["explain", "ru-undesirable-1076-r-2015-07-29", "--role", "spy"], database_url=database_url, autoload="1"
    )
    assert done.returncode == 2
    assert "unknown role 'spy'" in done.stderr


def test_stats_json_and_plot(tmp_path: Path, database_url: str) -> None:
    chart = tmp_path / "stats.svg"
    done = run(
        ["stats", "--as-of", "2024-09-05", "--json", "--plot", str(chart)], database_url=database_url, autoload="1"
    )
    assert done.returncode == 0, done.stderr
    stats = json.loads(done.stdout)
    assert sum(stats["by_inclusion_year"].values()) == 188
    assert stats["by_inclusion_year"]["2015"] == 4
    assert "Bundled reconstruction" in stats["source"]
    svg = chart.read_text()
    assert "<svg" in svg and "Bundled reconstruction" in svg

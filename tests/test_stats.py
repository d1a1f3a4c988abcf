from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from matplotlib.image import imread

from undesirable.charts import render_stats_chart
from undesirable.model import Organization
from undesirable.stats import compute_stats

SOURCE = "fixture register of 8 entries"


def _org(
    key: str,
    *,
    decided: date | None,
    included: date | None,
    category: str | None,
    country: str | None,
) -> Organization:
    return Organization(
        key,
        f"Организация {key}",
        f"Organization {key}",
        gp_decision_date=decided,
        inclusion_date=included,
        category=category,
        country_code=country,
    )


# Days from decision to inclusion: A 1, B 5, C 1, D 13, E 21; F has no decision date,
# G no inclusion date (pending), H no dates at all.
ORGS = [
    _org("A", decided=date(2015, 7, 28), included=date(2015, 7, 29), category="donor_foundation",
         country="US"),
    _org("B", decided=date(2015, 11, 26), included=date(2015, 12, 1), category="donor_foundation",
         country="US"),
    _org("C", decided=date(2017, 4, 26), included=date(2017, 4, 27), category="political_movement",
         country="GB"),
    _org("D", decided=date(2023, 1, 25), included=date(2023, 2, 7), category="media",
         country="LV"),
    _org("E", decided=date(2022, 12, 20), included=date(2023, 1, 10), category="media",
         country=None),
    _org("F", decided=None, included=date(2023, 2, 7), category=None, country="DE"),
    _org("G", decided=date(2024, 5, 1), included=None, category="human_rights", country="DE"),
    _org("H", decided=None, included=None, category="other", country="FR"),
]  # fmt: skip


def test_stats_of_everything_known() -> None:
    stats = compute_stats(ORGS, source=SOURCE)
    assert stats["source"] == SOURCE
    assert stats["as_of"] is None
    assert stats["total"] == 8
    assert stats["not_counted"] == 0
    assert stats["by_decision_year"] == {"2015": 2, "2017": 1, "2022": 1, "2023": 1, "2024": 1}
    assert stats["by_inclusion_year"] == {"2015": 2, "2017": 1, "2023": 3}
    assert stats["by_inclusion_year_category"] == {
        "2015": {"donor_foundation": 2},
        "2017": {"political_movement": 1},
        "2023": {"media": 2, "unknown": 1},
    }
    assert stats["cumulative"] == [
        {"date": "2015-07-29", "count": 1},
        {"date": "2015-12-01", "count": 2},
        {"date": "2017-04-27", "count": 3},
        {"date": "2023-01-10", "count": 4},
        {"date": "2023-02-07", "count": 6},
    ]
    assert list(stats["by_category"].items()) == [
        ("donor_foundation", 2),
        ("media", 2),
        ("human_rights", 1),
        ("other", 1),
        ("political_movement", 1),
        ("unknown", 1),
    ]
    assert list(stats["by_country"].items()) == [
        ("DE", 2),
        ("US", 2),
        ("FR", 1),
        ("GB", 1),
        ("LV", 1),
        ("unknown", 1),
    ]
    assert stats["median_days_decision_to_inclusion"] == 5.0
    assert stats["decision_to_inclusion_pairs"] == 5
    assert stats["unknown_dates"] == {"decision": 2, "inclusion": 2, "both": 1}
    # an entry without an inclusion date is uncertain (maybe listed), never silently "not listed"
    assert stats["by_status"] == {"designated": 6, "uncertain": 2}
    assert json.loads(json.dumps(stats)) == stats


def test_stats_as_of_ignore_later_facts() -> None:
    stats = compute_stats(ORGS, as_of=date(2023, 1, 31), source=SOURCE)
    assert stats["as_of"] == "2023-01-31"
    assert stats["total"] == 5  # A B C D E; F is included later, G decided later, H undated
    assert stats["not_counted"] == 3
    assert stats["by_decision_year"] == {"2015": 2, "2017": 1, "2022": 1, "2023": 1}
    assert stats["by_inclusion_year"] == {"2015": 2, "2017": 1, "2023": 1}
    assert stats["cumulative"][-1] == {"date": "2023-01-10", "count": 4}
    assert stats["median_days_decision_to_inclusion"] == 3.0  # gaps 1, 1, 5, 21
    assert stats["decision_to_inclusion_pairs"] == 4
    assert stats["by_status"] == {"designated": 4, "pending": 1}
    assert stats["unknown_dates"] == {"decision": 0, "inclusion": 0, "both": 0}


def test_stats_as_of_is_inclusive() -> None:
    stats = compute_stats(ORGS, as_of=date(2023, 2, 7), source=SOURCE)
    assert stats["total"] == 6  # A-F; G is decided later, H has no date
    assert stats["cumulative"][-1] == {"date": "2023-02-07", "count": 6}


def test_stats_of_nothing() -> None:
    stats = compute_stats([], source=SOURCE)
    assert stats["total"] == 0
    assert stats["cumulative"] == []
    assert stats["median_days_decision_to_inclusion"] is None


def test_png_chart_is_drawn(tmp_path: Path) -> None:
    path = tmp_path / "stats.png"
    render_stats_chart(compute_stats(ORGS, source=SOURCE), path)
    assert path.stat().st_size > 20_000
    pixels = imread(path)
    assert pixels.shape[0] > 400 and pixels.shape[1] > 600
    colours = np.unique(pixels.reshape(-1, pixels.shape[-1]).round(2), axis=0)
    assert len(colours) > 20
    assert pixels.std() > 0.05


def test_svg_chart_is_drawn_with_its_source(tmp_path: Path) -> None:
    path = tmp_path / "stats.svg"
    render_stats_chart(compute_stats(ORGS, as_of=date(2024, 1, 1), source=SOURCE), path)
    text = path.read_text(encoding="utf-8")
    assert path.stat().st_size > 10_000
    assert "<svg" in text
    assert text.count("<path") + text.count("<rect") > 20
    assert f"Source: {SOURCE}" in text
    assert "as of 2024-01-01" in text
    for category in ("donor foundation", "political movement", "media"):
        assert category in text


def test_chart_of_empty_stats_still_renders(tmp_path: Path) -> None:
    path = tmp_path / "empty.svg"
    render_stats_chart(compute_stats([], source=SOURCE), path)
    assert "no dated inclusions" in path.read_text(encoding="utf-8")


def test_chart_rejects_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="chart format"):
        render_stats_chart(compute_stats(ORGS, source=SOURCE), tmp_path / "stats.pdf")
    assert not (tmp_path / "stats.pdf").exists()


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_extreme_dates_are_left_out_of_the_chart_and_said(tmp_path: Path, suffix: str) -> None:
    """A register file dated 0001 or 9999 (a typo) once crashed ``stats --plot``."""
    odd = [
        _org("X", decided=None, included=date(1, 1, 1), category="media", country=None),
        _org("Y", decided=None, included=date(9999, 12, 31), category="media", country=None),
    ]
    path = tmp_path / f"chart{suffix}"
    render_stats_chart(compute_stats([*ORGS, *odd], source=SOURCE), path)
    assert path.stat().st_size > 1000
    if suffix == ".svg":
        assert "2 entries dated outside 2000-2100 are not drawn" in path.read_text("utf-8")

"""``Registry`` queries that span every organization."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from tests.factories import sample_row, write_sample_xlsx


def _import_three(registry: Any, tmp_path: Path) -> None:
    rows = [
        sample_row(1, decided=date(2019, 3, 1), included=date(2019, 3, 4)),
        sample_row(2, decided=date(2021, 6, 1), included=date(2021, 6, 9)),
        sample_row(3, decided=date(2020, 2, 2), included=date(2020, 2, 2), exclusion_order="5-р"),  # undated
    ]
    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx", rows=rows))


def test_events_are_every_organizations_history_newest_first(registry: Any, tmp_path: Path) -> None:
    _import_three(registry, tmp_path)
    events = registry.events()
    per_org = [e for org in registry.all_organizations() for e in registry.history(org.id).events]
    assert sorted(map(repr, events)) == sorted(map(repr, per_org))
    assert [(e.date, e.kind) for e in events] == [
        (date(2021, 6, 9), "included"),
        (date(2021, 6, 1), "designated"),
        (date(2020, 2, 2), "designated"),
        (date(2020, 2, 2), "included"),
        (date(2019, 3, 4), "included"),
        (date(2019, 3, 1), "designated"),
        (None, "excluded"),
    ]
    assert (events[-1].org_id, events[-1].order_no) == ("ru-undesirable-103-r-2020-02-02", "5-р")


def test_events_since_a_day_and_limited(registry: Any, tmp_path: Path) -> None:
    _import_three(registry, tmp_path)
    since = registry.events(since=date(2020, 2, 2))
    assert [e.date for e in since] == [date(2021, 6, 9), date(2021, 6, 1), date(2020, 2, 2), date(2020, 2, 2)]
    assert registry.events(limit=2) == registry.events()[:2]
    assert registry.events(since=date(2030, 1, 1)) == []


def test_events_of_an_empty_store(registry: Any) -> None:
    assert registry.events() == []

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.factories import sample_row, write_sample_xlsx
from undesirable.errors import NotFoundError, UsageError
from undesirable.operations.review import record_review, review_queue
from undesirable.store import schema

FLAGGED = "«Проект» (Project), ((Латвия"


def _import(registry: Any, tmp_path: Path, name: str, rows: list[Any], day: int = 5) -> Any:
    actuality = datetime(2024, 9, day, 17, 28)
    return registry.import_file(write_sample_xlsx(tmp_path / name, rows=rows, actuality=actuality))


def test_flagged_names_are_queued_until_reviewed(registry: Any, tmp_path: Path) -> None:
    _import(registry, tmp_path, "a.xlsx", [sample_row(1), sample_row(2, raw_name=FLAGGED)])
    queue = review_queue(registry)
    assert [item.organization.id for item in queue] == ["ru-undesirable-102-r-2020-01-10"]
    assert "unbalanced brackets" in queue[0].reasons

    review = record_review(
        registry,
        "ru-undesirable-102-r-2020-01-10",
        reviewer="anna",
        name_ru="Проект",
        name_en="Project Foundation",
        aliases=["Project"],
        now=datetime(2024, 9, 6, 10, 0),
    )
    assert review.id > 0
    assert review_queue(registry) == []
    org = registry.get("ru-undesirable-102-r-2020-01-10")
    assert org.name_en == "Project Foundation"
    assert "Project" in org.aliases
    assert org.needs_review is False
    assert registry.find_exact("project foundation")[0].id == org.id


def test_corrections_survive_a_later_snapshot_and_keep_diffs_clean(registry: Any, tmp_path: Path) -> None:
    _import(registry, tmp_path, "a.xlsx", [sample_row(1), sample_row(2)])
    record_review(registry, "ru-undesirable-101-r-2020-01-10", reviewer="anna", name_en="NED", aliases=["N.E.D."])
    second = _import(registry, tmp_path, "b.xlsx", [sample_row(i) for i in range(1, 4)], day=20)
    assert list(second.diff.added) == ["ru-undesirable-103-r-2020-01-10"]
    assert second.diff.changed == {}
    org = registry.get("ru-undesirable-101-r-2020-01-10")
    assert org.name_en == "NED"
    assert "The National Endowment for Democracy" in org.aliases
    assert "N.E.D." in org.aliases


def test_changed_and_added_organizations_are_queued_per_snapshot(registry: Any, tmp_path: Path) -> None:
    _import(registry, tmp_path, "a.xlsx", [sample_row(1), sample_row(2)])
    assert review_queue(registry) == []  # the first snapshot: nothing to compare with
    rows = [sample_row(1), sample_row(2, excluded=date(2024, 9, 1), exclusion_order="9-р")]
    _import(registry, tmp_path, "b.xlsx", [*rows, sample_row(3)], day=20)
    queue = {item.organization.id: item for item in review_queue(registry)}
    assert set(queue) == {"ru-undesirable-102-r-2020-01-10", "ru-undesirable-103-r-2020-01-10"}
    changed = queue["ru-undesirable-102-r-2020-01-10"]
    assert "exclusion_date" in changed.reasons[0]
    assert {"field": "exclusion_order", "old": None, "new": "9-р"} in changed.changes
    record_review(registry, "ru-undesirable-102-r-2020-01-10", reviewer="boris", action="accept")
    assert [item.organization.id for item in review_queue(registry)] == ["ru-undesirable-103-r-2020-01-10"]
    assert queue["ru-undesirable-103-r-2020-01-10"].to_json()["reasons"] == ["new in snapshot 2"]


def test_reviews_record_who_and_when(registry: Any, tmp_path: Path) -> None:
    _import(registry, tmp_path, "a.xlsx", [sample_row(1)])
    when = datetime(2024, 9, 6, 10, 0)
    record_review(registry, "ru-undesirable-101-r-2020-01-10", reviewer="anna", category="media", now=when)
    with registry.store.reading() as conn:
        row = conn.execute(select(schema.reviews)).one()
    assert (row.reviewer, row.created_at, row.category, row.snapshot_id) == ("anna", when, "media", 1)
    assert registry.get("ru-undesirable-101-r-2020-01-10").category == "media"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"reviewer": " "}, UsageError),
        ({"reviewer": "anna"}, UsageError),  # a correction that changes nothing
        ({"reviewer": "anna", "category": "spies"}, UsageError),
        ({"reviewer": "anna", "name_en": "X", "org_id": "ru-undesirable-999-r-2020-01-10"}, NotFoundError),
    ],
)
def test_bad_reviews_are_refused_and_store_nothing(
    registry: Any, tmp_path: Path, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    _import(registry, tmp_path, "a.xlsx", [sample_row(1)])
    org_id = kwargs.pop("org_id", "ru-undesirable-101-r-2020-01-10")
    with pytest.raises(error):
        record_review(registry, org_id, **kwargs)
    with registry.store.reading() as conn:
        assert conn.execute(select(func.count()).select_from(schema.reviews)).scalar_one() == 0

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.factories import sample_row, write_sample_xlsx
from undesirable.errors import NotFoundError, UsageError
from undesirable.following.watchlists import (
    add_to_watchlist,
    delete_watchlist,
    read_names_file,
    read_watchlists,
    remove_from_watchlist,
    screen_watchlists,
)
from undesirable.model import Organization

NOW = datetime(2024, 9, 21, 8, 0)


@pytest.fixture()
def exact_only(registry: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The registry as it screens without the matcher installed."""

    def no_matcher(*_args: object, **_kwargs: object) -> list[Any]:
        raise ImportError("undesirable.matching")

    monkeypatch.setattr(registry, "match", no_matcher)
    return registry


def _import(registry: Any, tmp_path: Path, rows: list[Any], day: int) -> Any:
    path = write_sample_xlsx(tmp_path / f"{day}.xlsx", rows=rows, actuality=datetime(2024, 9, day))
    return registry.import_file(path)


def test_new_hits_are_reported_once(exact_only: Any, tmp_path: Path) -> None:
    registry = exact_only
    _import(registry, tmp_path, [sample_row(1), sample_row(2)], day=5)
    names = ["Open Society Foundation", "amnesty international limited", "A Partner", "A  Partner"]
    fresh, hits = add_to_watchlist(registry, names, list_name="partners", now=NOW)
    assert fresh == ["Open Society Foundation", "amnesty international limited", "A Partner"]
    assert [(h.query, h.org_id, h.status) for h in hits] == [
        ("Open Society Foundation", "ru-undesirable-102-r-2020-01-10", "designated")
    ]

    second = _import(registry, tmp_path, [sample_row(i) for i in range(1, 5)], day=20)
    new = screen_watchlists(registry, snapshot_id=second.snapshot.id, now=NOW)
    assert [(h.watchlist, h.query, h.org_id, h.snapshot_id) for h in new] == [
        ("partners", "amnesty international limited", "ru-undesirable-104-r-2020-01-10", second.snapshot.id)
    ]
    assert screen_watchlists(registry, now=NOW) == []

    (shown,) = read_watchlists(registry)
    assert shown.name == "partners"
    assert len(shown.items) == 3
    assert {h.org_id for h in shown.hits} == {"ru-undesirable-102-r-2020-01-10", "ru-undesirable-104-r-2020-01-10"}
    assert shown.to_json()["hits"][0]["org_name"] == "Open Society Foundation"


def test_adding_a_name_twice_adds_nothing(exact_only: Any, tmp_path: Path) -> None:
    _import(exact_only, tmp_path, [sample_row(1)], day=5)
    add_to_watchlist(exact_only, ["NED"], now=NOW)
    fresh, hits = add_to_watchlist(exact_only, ["NED"], now=NOW)
    assert (fresh, hits) == ([], [])
    assert read_watchlists(exact_only, list_name="default")[0].items == ("NED",)


def test_excluded_organizations_are_not_hits(exact_only: Any, tmp_path: Path) -> None:
    rows = [sample_row(1, excluded=date(2021, 3, 1), exclusion_order="7-р")]
    _import(exact_only, tmp_path, rows, day=5)
    _, hits = add_to_watchlist(exact_only, ["The National Endowment for Democracy"], now=NOW)
    assert hits == []


def test_the_matcher_is_used_when_installed(registry: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _import(registry, tmp_path, [sample_row(1), sample_row(3)], day=5)

    @dataclass
    class FakeMatch:
        organization: Organization
        score: float
        matched_name: str

    def fake_match(name: str, **_kwargs: object) -> list[FakeMatch]:
        org = registry.get("ru-undesirable-103-r-2020-01-10")
        return [FakeMatch(org, 0.83, "Проект Медуза")] if "medusa" in name.lower() else []

    monkeypatch.setattr(registry, "match", fake_match)
    _, hits = add_to_watchlist(registry, ["Meduza project", "Other"], now=NOW)
    assert [(h.org_id, h.score, h.matched_name) for h in hits] == []
    _, hits = add_to_watchlist(registry, ["Medusa Projekt"], now=NOW)
    assert [(h.org_id, h.score, h.matched_name) for h in hits] == [
        ("ru-undesirable-103-r-2020-01-10", 0.83, "Проект Медуза")
    ]


def test_remove_and_delete(exact_only: Any, tmp_path: Path) -> None:
    _import(exact_only, tmp_path, [sample_row(1)], day=5)
    add_to_watchlist(exact_only, ["NED", "Other"], list_name="grantees", now=NOW)
    remove_from_watchlist(exact_only, "NED", list_name="grantees")
    assert read_watchlists(exact_only)[0].items == ("Other",)
    assert read_watchlists(exact_only)[0].hits == ()
    with pytest.raises(NotFoundError):
        remove_from_watchlist(exact_only, "NED", list_name="grantees")
    with pytest.raises(NotFoundError):
        remove_from_watchlist(exact_only, "Other", list_name="nope")
    delete_watchlist(exact_only, "grantees")
    assert read_watchlists(exact_only) == []


@pytest.mark.parametrize("names", [[], ["  "], ["x" * 1001]])
def test_bad_names_are_refused(exact_only: Any, names: list[str]) -> None:
    with pytest.raises(UsageError):
        add_to_watchlist(exact_only, names)
    assert read_watchlists(exact_only) == []


@pytest.mark.parametrize(
    ("file_name", "text", "expected"),
    [
        ("partners.txt", "# our partners\nMemorial\n\n  Meduza \n", ["Memorial", "Meduza"]),
        ("partners.csv", 'name,country\nMemorial,RU\n"Fund, The",US\n', ["Memorial", "Fund, The"]),
        ("partners.csv", "Memorial\nMeduza\n", ["Memorial", "Meduza"]),
    ],
)
def test_names_files(tmp_path: Path, file_name: str, text: str, expected: list[str]) -> None:
    path = tmp_path / file_name
    path.write_text(text, encoding="utf-8")
    assert read_names_file(path) == expected

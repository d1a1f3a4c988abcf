"""The 17 real versions of the list (Sep 2023 - Sep 2024), imported in order as official xlsx files.

Every diff and every as-of answer is checked against what the copies themselves say, computed
here independently of the project's code.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from undesirable.sources.official_writer import write_official_xlsx
from undesirable.sources.rows import RegisterRow

COPIES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "register-copies"
ORDER = re.compile(r"№\s*(\S+)\s+от\s+(\d{2}\.\d{2}\.\d{4})")
DAY = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")

pytestmark = pytest.mark.skipif(not COPIES.is_dir(), reason="shared register copies are not beside the project")


def _day(text: str) -> date | None:
    found = DAY.search(text or "")
    return date(int(found[3]), int(found[2]), int(found[1])) if found else None


def _key(item: dict[str, Any]) -> str:
    found = ORDER.search(item["decisionInMinjust"].replace("\u00a0", " "))
    assert found, item
    number = found[1].replace("p", "р").removesuffix("-р")
    return f"ru-undesirable-{number}-r-{_day(found[2]).isoformat()}"  # type: ignore[union-attr]


def _rows(items: list[dict[str, Any]]) -> list[RegisterRow]:
    rows = []
    for item in items:
        found = ORDER.search(item["decisionInMinjust"].replace("\u00a0", " "))
        assert found
        rows.append(
            RegisterRow(
                line=0,
                register_no=int(item["id"]),
                inclusion_date=_day(found[2]),
                inclusion_order=found[1],
                gp_decision_date=_day(item["decisionInGenproc"]),
                raw_name=item["fullName"],
                status="Включена",
            )
        )
    return rows


def _versions() -> list[tuple[date, list[dict[str, Any]]]]:
    out = []
    for path in sorted(COPIES.glob("register-*.json")):
        when = date.fromisoformat(path.stem.removeprefix("register-"))
        out.append((when, json.loads(path.read_text("utf-8"))))
    return out


def _fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_seventeen_versions_diffs_and_as_of(registry: Any, tmp_path: Path) -> None:
    versions = _versions()
    assert len(versions) == 17
    previous: dict[str, dict[str, Any]] = {}
    files = []
    for when, items in versions:
        path = tmp_path / f"{when}.xlsx"
        write_official_xlsx(path, actuality=datetime(when.year, when.month, when.day, 12), rows=_rows(items))
        files.append(path)
        result = registry.import_file(path)
        current = {_key(i): i for i in items}
        assert result.new
        assert result.snapshot.row_count == len(items)
        assert sorted(result.diff.added) == sorted(set(current) - set(previous))
        assert list(result.diff.removed) == sorted(set(previous) - set(current))
        renamed = {
            k for k in current if k in previous and _fold(current[k]["fullName"]) != _fold(previous[k]["fullName"])
        }
        assert {k for k, changes in result.diff.changed.items() if "raw_name" in [c.field for c in changes]} == renamed
        previous = current

    assert len(registry.snapshots()) == 17
    assert registry.import_file(files[5]).new is False
    assert len(registry.snapshots()) == 17

    # As of each version's date: exactly the entries whose inclusion order is dated by then (from the
    # event dates, not the import). That is every entry of that version, plus orders the weekly copy
    # had not caught yet (it lags publication by days), which the very next version shows.
    included_on = {_key(i): date.fromisoformat(_key(i)[-10:]) for _, items in versions for i in items}
    for position, (when, items) in enumerate(versions):
        listed = {o.id for o in registry.organizations(as_of=when)}
        assert listed == {k for k, day in included_on.items() if day <= when}, when
        in_copy = {_key(i) for i in items}
        assert in_copy <= listed
        if position + 1 < len(versions):
            assert listed - in_copy <= {_key(i) for i in versions[position + 1][1]}
    assert registry.organizations(as_of=date(2015, 7, 28)) == []
    assert [o.id for o in registry.organizations(as_of=date(2015, 7, 29))] == ["ru-undesirable-1076-r-2015-07-29"]
    pending = registry.organizations(as_of=date(2015, 7, 28), include_pending=True)
    assert [o.status_on(date(2015, 7, 28)) for o in pending] == ["pending"]

    latest = versions[-1][1]
    newest_key = _key(latest[-1])
    history = registry.history(newest_key)
    first_snapshot = next(s.id for s in registry.snapshots() if s.actuality.date() == date(2024, 9, 5))
    assert history.snapshot_ids == (first_snapshot,)
    kinds = [e.kind for e in history.events]
    assert kinds == ["designated", "included"]
    assert history.events[1].order_no == newest_key.split("-")[2] + "-р"

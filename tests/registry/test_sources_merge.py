"""Sources never erase each other: the bundled reconstruction and an older official file, in either order.

The official file is the public copy of the list as of 05.09.2024 (188 rows), written cell by cell
in the ministry's real layout; the bundled data knows the list to 03.07.2026 (367 entries).
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.factories import write_real_layout_xlsx
from undesirable.registry.bundled import read_bundled_source

COPY = Path(__file__).resolve().parents[3] / "shared" / "data" / "register-copies" / "register-2024-09-05.json"
ORDER = re.compile(r"№\s*(\S+)\s+от\s+(\d{2}\.\d{2}\.\d{4})")
DAY = re.compile(r"\d{2}\.\d{2}\.\d{4}")


def _official_file(path: Path) -> Path:
    rows = []
    for item in json.loads(COPY.read_text("utf-8")):
        found = ORDER.search(item["decisionInMinjust"].replace("\u00a0", " "))
        assert found, item
        decided = DAY.search(item["decisionInGenproc"] or "")
        gp_date = decided[0] if decided else None
        rows.append((item["id"], found[2], found[1], gp_date, item["fullName"], None, None, None, None, "Включена"))
    return write_real_layout_xlsx(path, rows, actuality="05.09.2024 12:00:00")


def _import(registry: Any, tmp_path: Path, order: str) -> Any:
    official = _official_file(tmp_path / "export.xlsx")
    steps = [
        lambda: registry.import_file(official),
        lambda: registry.import_source(read_bundled_source(), origin="bundled"),
    ]
    for step in steps if order == "official-first" else reversed(steps):
        step()
    return registry


@pytest.mark.parametrize("order", ["official-first", "bundled-first"])
def test_an_older_official_file_never_hides_later_entries(registry: Any, tmp_path: Path, order: str) -> None:
    _import(registry, tmp_path, order)
    amnesty = registry.find_exact("Amnesty International")
    assert len(amnesty) == 1
    assert amnesty[0].is_designated_on(None)
    assert amnesty[0].known_from == "the bundled reconstruction of 03.07.2026"
    assert amnesty[0].provenance_note() == (
        "known from the bundled reconstruction of 03.07.2026, not in the official file of 05.09.2024"
    )
    assert len(registry.organizations(as_of=date(2025, 5, 20))) > 200
    assert len(registry.organizations(as_of=date(2026, 7, 3))) == 367
    assert len(registry.organizations(as_of=date(2024, 9, 5))) == 188


def test_the_order_of_imports_never_changes_an_answer(registry: Any, tmp_path: Path) -> None:
    from undesirable import Registry

    _import(registry, tmp_path, "official-first")
    other_settings = registry.settings.__class__(
        **{**registry.settings.__dict__, "database_url": f"sqlite:///{tmp_path / 'other.sqlite3'}"}
    )
    other = _import(Registry.open(settings=other_settings), tmp_path, "bundled-first")
    try:
        for day in (date(2015, 7, 29), date(2024, 9, 5), date(2025, 5, 20), None):
            first = sorted(o.to_json(as_of=day)["id"] for o in registry.organizations(as_of=day))
            second = sorted(o.to_json(as_of=day)["id"] for o in other.organizations(as_of=day))
            assert first == second
        assert sorted(e.to_json()["org_id"] for e in registry.events()) == sorted(
            e.to_json()["org_id"] for e in other.events()
        )
    finally:
        other.close()


def test_official_entries_come_from_the_official_file(registry: Any, tmp_path: Path) -> None:
    _import(registry, tmp_path, "bundled-first")
    ned = registry.get("1076-р/2015-07-29")
    assert ned.id == "ru-undesirable-1076-r-2015-07-29"
    assert ned.known_from is None
    assert ned.category == "donor_foundation"
    listed = [o for o in registry.all_organizations() if o.known_from is None]
    assert len(listed) == 188

"""The ministry's REST channel: saved answers, and the public copy of 16.07.2026 built from it.

``listing-2026-07-16.json`` holds 367 entries in register order (№ п/п = position) with the raw
name and the inclusion order's date; the test lays it out as the service's values
(``field_1_s`` … ``field_10_s``) and imports it over the bundled data.
"""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from undesirable.errors import SourceError
from undesirable.sources.project_format import read_register_file
from undesirable.sources.rest_json import dump_rest_json, read_rest_json_bytes

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
LISTING = DATA / "register-copies" / "listing-2026-07-16.json"


def rest_values(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The copy's objects as the REST service's values (the fields it does not give left empty)."""
    values = []
    for position, item in enumerate(items, start=1):
        value = {f"field_{i}_s": "" for i in range(1, 11)}
        value.update(field_1_s=str(position), field_2_s=item["dateIn"], field_5_s=item["name"], field_10_s="Включена")
        values.append(value)
    return values


def _listing_file(tmp_path: Path, *, fetched_at: datetime | None = None) -> Path:
    values = rest_values(json.loads(LISTING.read_text("utf-8")))
    path = tmp_path / "values.json"
    if fetched_at is None:
        path.write_text(json.dumps({"values": values, "size": len(values)}, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_bytes(dump_rest_json(values, fetched_at=fetched_at))
    return path


def test_a_saved_answer_reads_as_an_official_source(tmp_path: Path) -> None:
    source = read_register_file(_listing_file(tmp_path))
    assert source.kind == "official" and len(source.rows) == 367
    assert source.actuality == datetime(2026, 7, 3)  # no fetched_at: the latest date in the rows, said so
    assert "no fetched_at" in source.warnings[0]
    assert source.rows[0].inclusion_date == date(2015, 7, 29)
    dated = read_register_file(_listing_file(tmp_path, fetched_at=datetime(2026, 7, 16, 9, 30)))
    assert dated.actuality == datetime(2026, 7, 16, 9, 30) and dated.warnings == ()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"field_1_s": "1", "field_2_s": "31.02.2020", "field_5_s": "X"}, "row 1, column field_2_s: not a date"),
        ({"field_1_s": "1", "field_2_s": "01.02.2020", "field_5_s": ""}, "row 1, column field_5_s"),
        ({"field_1_s": "один", "field_5_s": "X"}, "row 1, column field_1_s"),
        ("not an object", "row 1: each value must be an object"),
    ],
)
def test_bad_values_name_the_value_and_field(value: object, expected: str) -> None:
    data = json.dumps({"values": [value], "size": 1, "fetched_at": "2026-07-16T09:30:00"}).encode()
    with pytest.raises(SourceError, match=expected):
        read_rest_json_bytes(data, name="values.json")


@pytest.mark.usefixtures("bundled_store")
def test_the_listing_over_the_bundled_data_changes_only_reworded_names(registry: Any, tmp_path: Path) -> None:
    before = {o.id: o for o in registry.all_organizations()}
    result = registry.import_file(_listing_file(tmp_path, fetched_at=datetime(2026, 7, 16, 9, 30)))
    assert result.snapshot.kind == "official" and result.snapshot.row_count == 367
    assert result.diff.added == () and result.diff.removed == ()
    after = {o.id: o for o in registry.all_organizations()}
    assert after.keys() == before.keys()
    # the copies word three entries differently (12, 13, 151): each is a change of the same entry
    with (DATA / "registry-facts.csv").open(encoding="utf-8") as handle:
        known = {" ".join(row["raw_name"].split()) for row in csv.DictReader(handle)}
    listing = {" ".join(item["name"].split()) for item in json.loads(LISTING.read_text("utf-8"))}
    reworded = listing - known
    renamed = {org_id for org_id, changes in result.diff.changed.items() if "raw_name" in [c.field for c in changes]}
    assert len(reworded) == 3
    assert {after[org_id].raw_name for org_id in renamed} == reworded
    assert sorted(after[org_id].register_no or 0 for org_id in renamed) == [12, 13, 151]
    # the copy has no order numbers: the official file wins where it speaks, the rest is supplemented
    ned = after["ru-undesirable-1076-r-2015-07-29"]
    assert ned.inclusion_order == "1076-р" and "inclusion_order" in ned.supplemented
    assert len(registry.organizations(as_of=date(2026, 7, 3))) == 367
    assert len(registry.organizations(as_of=date(2025, 12, 31))) == 296

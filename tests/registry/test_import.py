from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.factories import sample_row, write_sample_xlsx
from undesirable.errors import SourceError
from undesirable.registry import importer
from undesirable.store import schema


def _counts(registry: Any) -> dict[str, int]:
    tables = (schema.snapshots, schema.snapshot_rows, schema.organizations, schema.entries, schema.events, schema.diffs)
    with registry.store.reading() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables}


def test_import_stores_snapshot_rows_entries_events(registry: Any, tmp_path: Path) -> None:
    result = registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx"))
    assert result.new
    assert result.to_json()["snapshot"]["rows"] == 4
    assert sorted(result.diff.added) == sorted(f"ru-undesirable-{100 + i}-r-2020-01-10" for i in range(1, 5))
    counts = _counts(registry)
    assert counts["snapshots"] == 1
    assert counts["snapshot_rows"] == 4
    assert counts["entries"] == 4
    assert counts["events"] == 8  # designated + included for each
    with registry.store.reading() as conn:
        cells = conn.execute(select(schema.snapshot_rows.c.cells).order_by(schema.snapshot_rows.c.line)).first()[0]
    assert cells[0] == "1"
    assert cells[2] == "101-р"


def test_same_file_twice_is_a_noop(registry: Any, tmp_path: Path) -> None:
    path = write_sample_xlsx(tmp_path / "a.xlsx")
    registry.import_file(path)
    before = _counts(registry)
    again = registry.import_file(path)
    assert again.new is False
    assert again.to_json()["snapshot"]["new"] is False
    assert _counts(registry) == before


def test_new_content_same_actuality_is_stored_and_flagged(registry: Any, tmp_path: Path) -> None:
    first = registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx"))
    rows = [sample_row(i) for i in range(1, 6)]
    second = registry.import_file(write_sample_xlsx(tmp_path / "b.xlsx", rows=rows))
    assert second.new
    assert second.snapshot.same_actuality_as == first.snapshot.id
    assert list(second.diff.added) == ["ru-undesirable-105-r-2020-01-10"]


def test_changes_are_diffed_field_by_field(registry: Any, tmp_path: Path) -> None:
    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx"))
    rows = [sample_row(i) for i in range(1, 5)]
    rows[1] = sample_row(2, excluded=date(2024, 1, 1), exclusion_order="5-р")
    rows = rows[:3]
    result = registry.import_file(write_sample_xlsx(tmp_path / "b.xlsx", rows=rows, actuality=datetime(2024, 10, 1)))
    assert list(result.diff.removed) == ["ru-undesirable-104-r-2020-01-10"]
    assert result.diff.to_json()["changed"][0]["id"] == "ru-undesirable-102-r-2020-01-10"
    assert result.diff.to_json()["changed"][0]["fields"] == ["exclusion_date", "exclusion_order"]
    org = registry.get("102-r/2020-01-10")
    assert org.status_on(date(2023, 12, 31)) == "designated"
    assert org.status_on(date(2024, 1, 1)) == "excluded"
    removed = registry.get("ru-undesirable-104-r-2020-01-10")
    assert removed.removed_date == date(2024, 10, 1)
    assert removed.status_on(date(2024, 9, 30)) == "designated"
    assert {o.id for o in registry.organizations(as_of=date(2024, 10, 2))} == {
        "ru-undesirable-101-r-2020-01-10",
        "ru-undesirable-103-r-2020-01-10",
    }
    kinds = [e.kind for e in registry.history("ru-undesirable-104-r-2020-01-10").events]
    assert kinds == ["designated", "included", "removed"]


def test_failed_import_leaves_the_store_exactly_as_it_was(
    registry: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx"))
    before = _counts(registry)

    def explode(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "_refresh_events", explode)
    rows = [sample_row(i) for i in range(1, 7)]
    with pytest.raises(RuntimeError, match="disk full"):
        registry.import_file(write_sample_xlsx(tmp_path / "b.xlsx", rows=rows, actuality=datetime(2025, 1, 1)))
    assert _counts(registry) == before
    assert len(registry.snapshots()) == 1


def test_bad_file_changes_nothing(registry: Any, tmp_path: Path) -> None:
    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx"))
    before = _counts(registry)
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(SourceError):
        registry.import_file(bad)
    assert _counts(registry) == before


def test_rows_sharing_a_key_are_told_apart(registry: Any, tmp_path: Path) -> None:
    rows = [sample_row(1, order="7-р"), sample_row(2, order="7-р")]
    result = registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx", rows=rows))
    assert sorted(result.diff.added) == ["ru-undesirable-7-r-2020-01-10", "ru-undesirable-7-r-2020-01-10-n2"]
    assert registry.get("ru-undesirable-7-r-2020-01-10-n2").needs_review

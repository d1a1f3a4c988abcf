from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from undesirable.registry.bundled import load_bundled_organizations, read_bundled_source, write_bundled_xlsx
from undesirable.sources.project_format import dump_register_csv, dump_register_json


def test_bundled_source_says_what_it_is() -> None:
    source = read_bundled_source()
    assert source.kind == "bundled"
    assert len(source.rows) == 289
    assert source.note is not None
    assert "Reconstructed from public reporting" in source.note
    assert "390 entries on 14.08.2026" in source.note
    assert "289 entries; latest date 02.03.2026" in source.note
    assert sum(r.basis == "official" for r in source.rows) == 188


def test_bundled_organizations_carry_annotations() -> None:
    orgs = {o.id: o for o in load_bundled_organizations()}
    ned = orgs["1076-р/2015-07-29"]
    assert ned.name_ru == "Национальный фонд в поддержку демократии"
    assert ned.category == "donor_foundation"
    assert "ned.org" in ned.domains
    assert "NED" in ned.aliases or "NED" in ned.acronyms
    assert ned.sources
    assert sum(1 for o in orgs.values() if o.category) >= 270
    assert all(o.name_ru and o.name_en for o in orgs.values() if o.basis == "official" and not o.needs_review)
    assert len({o.id for o in orgs.values()}) == 289


def test_autoload_only_into_an_empty_store(registry: Any) -> None:
    first = registry.load_bundled_if_empty()
    assert first is not None and first.snapshot.kind == "bundled"
    assert registry.load_bundled_if_empty() is None
    assert registry.current_snapshot().is_official is False


def test_official_import_supersedes_bundled_and_keeps_annotations(registry: Any, tmp_path: Path) -> None:
    registry.load_bundled_if_empty()
    bundled = {o.id: o for o in registry.all_organizations()}
    source = write_bundled_xlsx(tmp_path / "official.xlsx", date_style="excel")
    result = registry.import_file(tmp_path / "official.xlsx")
    assert result.new and result.snapshot.kind == "official"
    # rows known from the press change ids (curated: -> row numbers) but are linked by name, so the
    # diff does not report them removed and added; only names two entries share stay unlinked.
    unlinked = sorted(result.diff.removed)
    assert unlinked == ["curated:elton-john-aids-foundation", "curated:elton-john-aids-foundation-gb"]
    assert len(result.diff.added) == 2
    assert all(bundled[i].name_en == "Elton John AIDS Foundation" for i in unlinked)
    assert registry.current_snapshot().id == result.snapshot.id
    official = {o.id: o for o in registry.all_organizations()}
    assert len(official) == len(source.rows)
    ned = official["1076-р/2015-07-29"]
    assert ned.category == "donor_foundation" and "ned.org" in ned.domains
    for org_id, before in bundled.items():
        if before.basis == "official":
            after = official[org_id]
            assert (after.name_ru, after.name_en, after.inclusion_date) == (
                before.name_ru,
                before.name_en,
                before.inclusion_date,
            )
    # rows known only from the press have no order in the xlsx: their annotations follow by name
    amnesty = [o for o in official.values() if o.name_en and "Amnesty International" in o.name_en]
    assert amnesty and amnesty[0].category == "human_rights" and "amnesty.org" in amnesty[0].domains


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_project_format_round_trip(registry: Any, tmp_path: Path, fmt: str) -> None:
    registry.load_bundled_if_empty()
    snapshot = registry.current_snapshot()
    rows = registry.snapshot_rows(snapshot.id)
    path = tmp_path / f"export.{fmt}"
    if fmt == "json":
        path.write_text(dump_register_json(rows, actuality=snapshot.actuality, kind="export"), encoding="utf-8")
    else:
        path.write_text(dump_register_csv(rows, actuality=snapshot.actuality), encoding="utf-8")
    before = {o.id: o for o in registry.all_organizations()}
    result = registry.import_file(path)
    assert result.new and result.snapshot.row_count == 289
    after = {o.id: o for o in registry.all_organizations()}
    assert after.keys() == before.keys()
    for org_id, org in before.items():
        assert after[org_id].to_json(as_of=date(2026, 1, 1)) == org.to_json(as_of=date(2026, 1, 1))

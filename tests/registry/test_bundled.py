from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from undesirable.names.name_parts import clean_latin_name
from undesirable.registry.bundled import load_bundled_organizations, read_bundled_source, write_bundled_xlsx
from undesirable.registry.ids import is_valid_org_id
from undesirable.sources.project_format import dump_register_csv, dump_register_json

FACTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "registry-facts.csv"


def _facts() -> list[dict[str, str]]:
    with FACTS.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_bundled_source_says_what_it_is() -> None:
    source = read_bundled_source()
    assert source.kind == "bundled"
    assert len(source.rows) == len(_facts()) == 367
    assert source.note is not None
    assert "not the Justice Ministry's file" in source.note
    assert source.note.startswith("Bundled reconstruction")
    assert "complete by name and inclusion date to 03.07.2026" in source.note
    assert "partial after September 2024" in source.note
    assert "the last 23 of the 390 entries of 14.08.2026 not known" in source.note
    assert source.actuality.date() == date(2026, 7, 3)


def test_every_row_carries_the_registers_own_words_and_inclusion_date() -> None:
    facts = _facts()
    rows = read_bundled_source().rows
    assert [r.raw_name for r in rows] == [f["raw_name"] for f in facts]
    assert [r.inclusion_date.isoformat() if r.inclusion_date else "" for r in rows] == [
        f["inclusion_date"] for f in facts
    ]
    assert sum(r.inclusion_order is not None for r in rows) == sum(bool(f["inclusion_order"]) for f in facts)
    assert [r.register_no for r in rows] == [int(f["register_no"]) if f["register_no"] else None for f in facts]


def test_a_date_known_to_the_month_stays_a_month() -> None:
    facts = {f["raw_name"]: f for f in _facts()}
    vague = [r for r in read_bundled_source().rows if r.month_dates]
    assert vague and all(len(facts[r.raw_name]["gp_decision_date"]) == 7 for r in vague)
    orgs = {o.raw_name: o for o in load_bundled_organizations()}
    for row in vague:
        org = orgs[row.raw_name]
        shown = org.to_json()
        assert shown["gp_decision_date"] == facts[row.raw_name]["gp_decision_date"]
        assert shown["date_precision"] == {"gp_decision_date": "month"}


@pytest.mark.usefixtures("bundled_store")
@pytest.mark.parametrize(
    ("day", "count"),
    [
        (date(2010, 1, 1), 0),
        (date(2015, 7, 28), 0),
        (date(2015, 7, 29), 1),
        (date(2024, 9, 5), 188),
        (date(2024, 12, 31), 195),
        (date(2025, 12, 31), 296),
        (date(2026, 7, 3), 367),
    ],
)
def test_as_of_counts_on_the_bundled_data(registry: Any, day: date, count: int) -> None:
    assert len(registry.organizations(as_of=day)) == count


@pytest.mark.usefixtures("bundled_store")
def test_inclusions_per_year_match_the_facts(registry: Any) -> None:
    expected = Counter(f["inclusion_date"][:4] for f in _facts())
    per_year = Counter(str(o.inclusion_date.year) for o in registry.all_organizations() if o.inclusion_date)
    assert per_year == expected
    assert dict(per_year) == {
        "2015": 4, "2016": 3, "2017": 4, "2018": 4, "2019": 4, "2020": 12, "2021": 18, "2022": 22,
        "2023": 57, "2024": 67, "2025": 101, "2026": 71,
    }  # fmt: skip


def test_bundled_organizations_carry_annotations() -> None:
    orgs = {o.id: o for o in load_bundled_organizations()}
    ned = orgs["ru-undesirable-1076-r-2015-07-29"]
    assert ned.name_ru == "Национальный фонд в поддержку демократии"
    assert ned.category == "donor_foundation"
    assert "ned.org" in ned.domains
    assert "NED" in ned.aliases or "NED" in ned.acronyms
    assert ned.sources
    assert sum(1 for o in orgs.values() if o.category) >= 350
    assert len(orgs) == 367
    assert all(is_valid_org_id(org_id) for org_id in orgs)


def test_autoload_only_into_an_empty_store(registry: Any) -> None:
    first = registry.load_bundled()
    assert first is not None and first.snapshot.kind == "bundled"
    assert registry.load_bundled() is None
    assert registry.current_snapshot().is_official is False


@pytest.mark.usefixtures("bundled_store")
def test_an_official_file_of_the_whole_list_matches_every_bundled_entry(registry: Any, tmp_path: Path) -> None:
    bundled = {o.id: o for o in registry.all_organizations()}
    source = write_bundled_xlsx(tmp_path / "official.xlsx", date_style="excel")
    result = registry.import_file(tmp_path / "official.xlsx")
    assert result.new and result.snapshot.kind == "official"
    assert result.diff.removed == () and result.diff.added == ()
    official = {o.id: o for o in registry.all_organizations()}
    assert official.keys() == bundled.keys()
    assert len(official) == len(source.rows)
    assert all(o.known_from is None for o in official.values())
    ned = official["ru-undesirable-1076-r-2015-07-29"]
    assert ned.category == "donor_foundation" and "ned.org" in ned.domains
    amnesty = [o for o in official.values() if o.name_en and "Amnesty International" in o.name_en]
    assert amnesty and amnesty[0].category == "human_rights" and "amnesty.org" in amnesty[0].domains


@pytest.mark.usefixtures("bundled_store")
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_project_format_round_trip(registry: Any, tmp_path: Path, fmt: str) -> None:
    snapshot = registry.current_snapshot()
    rows = registry.snapshot_rows(snapshot.id)
    path = tmp_path / f"export.{fmt}"
    if fmt == "json":
        path.write_text(dump_register_json(rows, actuality=snapshot.actuality, kind="export"), encoding="utf-8")
    else:
        path.write_text(dump_register_csv(rows, actuality=snapshot.actuality), encoding="utf-8")
    before = {o.id: o for o in registry.all_organizations()}
    result = registry.import_file(path)
    assert result.new and result.snapshot.row_count == 367
    after = {o.id: o for o in registry.all_organizations()}
    assert after.keys() == before.keys()
    for org_id, org in before.items():
        assert after[org_id].to_json(as_of=date(2026, 1, 1)) == org.to_json(as_of=date(2026, 1, 1))


def test_no_english_name_is_cut_at_a_comma_of_the_curated_name() -> None:
    """The world's names with a comma inside (``University of California, Berkeley``, ``The Center
    for Russian, East European and Eurasian Studies``): the English name shown is the whole curated
    name (a legal form after the comma aside), and the pieces after a comma are not names of their
    own (``check "Rights"`` matched an entry exactly); a curated name that lists a shorter name of
    its own after the comma (``Open Russia Civic Movement, Open Russia``) stays two names."""
    facts = Path(__file__).resolve().parents[3] / "shared" / "data" / "registry-facts.csv"
    with facts.open(encoding="utf-8", newline="") as handle:
        curated = [r["name_en"] for r in csv.DictReader(handle) if "," in r["name_en"]]
    orgs = load_bundled_organizations()
    checked = 0
    for name in curated:
        found = [o for o in orgs if name in o.all_names() or o.name_en == name]
        first, _, rest = name.partition(",")
        shorter_name = set(rest.casefold().split()) <= set(first.casefold().split())
        for org in found:
            checked += 1
            if shorter_name:
                assert org.name_en == first
                continue
            assert org.name_en == clean_latin_name(name)[0], name
            pieces = {p.strip() for p in rest.split(",")}
            assert not pieces & set(org.aliases), name
    assert checked >= 10

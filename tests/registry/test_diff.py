from __future__ import annotations

from undesirable.model import Organization
from undesirable.registry.diff import diff_snapshots, link_by_name


def org(org_id: str, name_en: str, *aliases: str, name_ru: str | None = None) -> Organization:
    return Organization(id=org_id, name_ru=name_ru, name_en=name_en, aliases=aliases)


def test_diff_reports_added_removed_and_changed_fields() -> None:
    before = {"a": org("a", "Alpha"), "b": org("b", "Beta")}
    after = {"a": org("a", "Alpha", "A"), "c": org("c", "Gamma")}
    diff = diff_snapshots(before, after)
    assert diff.added == ("c",) and diff.removed == ("b",)
    assert [c.field for c in diff.changed["a"]] == ["aliases"]
    assert diff.to_json()["changed"] == [{"id": "a", "fields": ["aliases"], "changes": [
        {"field": "aliases", "old": [], "new": ["A"]}]}]  # fmt: skip


def test_link_by_name_gives_a_curated_entry_its_official_id() -> None:
    before = {
        "curated:nhc-no": org("curated:nhc-no", "Norwegian Helsinki Committee", "NHC"),
        "curated:nhc-nl": org("curated:nhc-nl", "Netherlands Helsinki Committee", "NHC"),
        "curated:ejaf-us": org("curated:ejaf-us", "Elton John AIDS Foundation"),
        "curated:ejaf-gb": org("curated:ejaf-gb", "Elton John AIDS Foundation"),
        "ru-undesirable-1-r-2020-01-01": org("ru-undesirable-1-r-2020-01-01", "Kept"),
        "curated:gone": org("curated:gone", "Not in the official file"),
    }
    after = {
        "ru-undesirable-7-r-2025-01-01": org("ru-undesirable-7-r-2025-01-01", "NORWEGIAN HELSINKI COMMITTEE", "NHC"),
        "ru-undesirable-8-r-2025-01-01": org("ru-undesirable-8-r-2025-01-01", "Netherlands Helsinki Committee", "NHC"),
        "ru-undesirable-9-r-2025-04-15": org("ru-undesirable-9-r-2025-04-15", "Elton John AIDS Foundation"),
        "ru-undesirable-10-r-2025-04-15": org("ru-undesirable-10-r-2025-04-15", "Elton John AIDS Foundation"),
        "ru-undesirable-1-r-2020-01-01": org("ru-undesirable-1-r-2020-01-01", "Kept"),
    }
    linked = link_by_name(before, after)
    assert linked["ru-undesirable-7-r-2025-01-01"].id == "curated:nhc-no"  # shared acronym, decided by the other names
    assert linked["ru-undesirable-8-r-2025-01-01"].id == "curated:nhc-nl"
    assert "curated:ejaf-us" in linked and "curated:ejaf-gb" in linked  # a tie links nothing
    assert linked["ru-undesirable-1-r-2020-01-01"].id == "ru-undesirable-1-r-2020-01-01"
    diff = diff_snapshots(linked, after)
    assert sorted(diff.removed) == ["curated:ejaf-gb", "curated:ejaf-us", "curated:gone"]
    assert sorted(diff.added) == ["ru-undesirable-10-r-2025-04-15", "ru-undesirable-9-r-2025-04-15"]

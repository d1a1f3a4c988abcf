"""The registry's caches: keyed on what an index is built from, never on a file's mtime."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.factories import sample_row, write_sample_xlsx


@pytest.fixture(autouse=True)
def nothing_built_in_this_process() -> None:
    """Each test starts as a fresh process would: no index built over any register yet."""
    from undesirable.registry.index_cache import SHARED_INDEXES

    SHARED_INDEXES.clear()


@pytest.mark.usefixtures("bundled_store")
def test_an_audit_record_keeps_the_match_index(registry: Any) -> None:
    from undesirable.proof.audit import record_screening

    index = registry.match_index()
    record_screening(registry, who="anna", query="Meduza", result={"verdict": "no_match"})
    assert registry.match_index() is index


def test_a_new_snapshot_or_review_makes_a_new_index(registry: Any, tmp_path: Path) -> None:
    from undesirable.operations.review import record_review

    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx"))
    first = registry.match_index()
    registry.import_file(write_sample_xlsx(tmp_path / "b.xlsx", rows=[sample_row(i) for i in range(1, 6)]))
    second = registry.match_index()
    assert second is not first
    record_review(registry, "101-р/2020-01-10", reviewer="anna", aliases=["NED Washington"])
    third = registry.match_index()
    assert third is not second
    assert registry.match("NED Washington")[0].organization.id == registry.get("101-р/2020-01-10").id


def test_the_disk_cache_follows_content_not_the_files_time(registry: Any, tmp_path: Path) -> None:
    from undesirable import Registry

    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx"))
    registry.match_index()
    folder = registry.settings.data_dir / "cache"
    [cached] = list(folder.glob("match-*.pickle"))
    database = Path(registry.settings.database_url.removeprefix("sqlite:///"))
    if database.is_file():
        os.utime(database, (1, 1))  # an mtime change alone changes nothing
    other = Registry(registry.store, registry.settings)
    other.match_index()
    assert list(folder.glob("match-*.pickle")) == [cached]
    other.import_file(write_sample_xlsx(tmp_path / "b.xlsx", rows=[sample_row(i) for i in range(1, 6)]))
    other.match_index()
    assert [p.name for p in folder.glob("match-*.pickle")] != [cached.name]


@pytest.mark.usefixtures("bundled_store")
def test_threads_share_one_index(registry: Any) -> None:
    seen: list[Any] = []
    threads = [threading.Thread(target=lambda: seen.append(registry.match_index())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 4 and all(index is seen[0] for index in seen)


@pytest.mark.usefixtures("bundled_store")
def test_an_index_from_the_disk_cache_brings_its_spelling_tables_and_answers_alike(registry: Any) -> None:
    from undesirable import Registry
    from undesirable.matching import build_match_index, match_name

    registry.match_index()
    loaded = Registry(registry.store, registry.settings).match_index()  # read back from the disk
    tables = loaded.caches.derived_tables()
    assert {"one edit", "two edits", "choice order"} <= set(tables)
    fresh = build_match_index(registry.organizations())
    assert fresh.caches.derived_tables() == {}
    for query in ("Belingcat", "Amnesty Internatonal", "Human Rights Wach", "Медуза"):
        ours = [(m.organization.id, m.score, m.matched_name) for m in match_name(loaded, query)]
        theirs = [(m.organization.id, m.score, m.matched_name) for m in match_name(fresh, query)]
        assert ours == theirs and ours, query
    assert fresh.caches.derived_tables()["two edits"] == tables["two edits"]


@pytest.mark.usefixtures("bundled_store")
def test_an_index_from_the_disk_cache_brings_the_costly_tables_of_its_readings(registry: Any) -> None:
    from undesirable import Registry
    from undesirable.matching import match_name

    registry.match_index()
    loaded = Registry(registry.store, registry.settings).match_index()  # read back from the disk
    costly = ("demonyms", "initials", "lead initials", "kind_initials")
    before = loaded.caches.derived_tables()
    assert set(costly) <= set(before)
    for query in ("Congress of Ukrainians in Canada", "FBK", "Фонд Бёлля"):
        match_name(loaded, query)
    after = loaded.caches.derived_tables()
    assert all(after[name] is before[name] for name in costly)  # none built again by a first check


def test_a_registry_over_the_same_register_takes_the_built_indexes_with_caches_of_its_own(
    registry: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import undesirable.matching.index
    import undesirable.scanning
    from undesirable import Registry, load_settings

    registry.import_file(write_sample_xlsx(tmp_path / "a.xlsx"))
    index, scan_index = registry.match_index(), registry.scan_index()
    assert registry.match("Open Society Foundation")  # fills the first registry's answer cache
    built: list[str] = []
    for module, name in ((undesirable.matching.index, "build_match_index"), (undesirable.scanning, "build_scan_index")):
        original = getattr(module, name)
        monkeypatch.setattr(module, name, lambda orgs, o=original, n=name: built.append(n) or o(orgs))
    other_store = {"UNDESIRABLE_DATABASE_URL": f"sqlite:///{tmp_path / 'other.sqlite3'}", "UNDESIRABLE_AUTOLOAD": "0"}
    with Registry.open(
        settings=load_settings({**other_store, "UNDESIRABLE_DATA_DIR": str(tmp_path / "other")})
    ) as other:
        other.import_file(write_sample_xlsx(tmp_path / "b.xlsx"))  # the same register in another store
        assert other.match_index() is not index and other.scan_index() is scan_index
        assert built == []
        assert len(other.match_index().caches.results) == 0 < len(index.caches.results)
        assert [(m.organization.id, m.score) for m in other.match("Open Society Foundation")] == [
            (m.organization.id, m.score) for m in registry.match("Open Society Foundation")
        ]
        other.import_file(write_sample_xlsx(tmp_path / "c.xlsx", rows=[sample_row(i) for i in range(1, 6)]))
        other.match_index(), other.scan_index()
        assert built == ["build_match_index", "build_scan_index"]  # another register: built anew

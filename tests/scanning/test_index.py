"""The scan index and the scanner's data files."""

from __future__ import annotations

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index
from undesirable.scanning.lists import load_scan_lists


def test_index_holds_names_forms_and_domains(scan_index: ScanIndex, bundled_orgs: tuple[Organization, ...]) -> None:
    assert scan_index.organizations == bundled_orgs
    assert scan_index.name_count > 2 * len(bundled_orgs)
    assert scan_index.ids_of("медузой") == scan_index.ids_of("медуза") != ()
    assert scan_index.ids_of("погода") == ()
    assert scan_index.automaton.exists("meduza.io") and scan_index.automaton.exists("ned")


def test_every_extra_domain_belongs_to_a_bundled_organization(bundled_orgs: tuple[Organization, ...]) -> None:
    ids = {org.id for org in bundled_orgs}
    extra = load_scan_lists().extra_domains
    assert extra and set(extra) <= ids
    own = {d for org in bundled_orgs for d in org.domains}
    assert all("." in d and d == d.lower() and d not in own for ds in extra.values() for d in ds)


def test_extra_domains_are_indexed(scan_index: ScanIndex) -> None:
    assert scan_index.automaton.exists("tvrain.ru")


def test_ambiguous_list_names_register_names_or_examples(bundled_orgs: tuple[Organization, ...]) -> None:
    lists = load_scan_lists()
    assert {"Дождь", "Медуза", "Проект", "Insider"} <= set(lists.ambiguous)
    assert set(lists.ambiguous.values()) <= {"marked", "capitalized", "context"}
    assert lists.cues_for("media") > lists.cues_for("other")
    assert "издание" in lists.cues_for("media") and "издание" not in lists.cues_for("education")


def test_an_index_of_nothing() -> None:
    index = build_scan_index([])
    assert index.automaton is None and index.name_count == 0

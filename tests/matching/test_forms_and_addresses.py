"""Classes of the seventh held-out round, tested with other examples: companies named with a listed
acronym or an ordinary listed word, web addresses, transliterated soft signs, glued generic words."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, build_match_index, match_name
from undesirable.matching.index import MatchIndex
from undesirable.names.normalize import analyze_word, normalize_name
from undesirable.names.persons import is_given_name
from undesirable.registry.bundled import load_bundled_organizations
from undesirable.scanning import build_scan_index, scan_text
from undesirable.scanning.lists import organization_domains


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    "query",
    [
        "ERIC Ltd",
        "IMR LLC",
        "GRC Group Ltd",
        "ООО Вместе",
        "ЗАО Правовая инициатива",
        "ООО «Гавань надежды»",
        "«ERIC» Ltd",
    ],
)
def test_a_company_named_with_a_listed_acronym_or_ordinary_word_is_no_possible_match(
    index: MatchIndex, query: str
) -> None:
    assert not match_name(index, query)
    weak = match_name(index, query, threshold=0.4)
    assert weak and any(r.code.startswith("legal_form_foreign") for r in weak[0].reasons)
    acronym = weak[0].reasons[0].code.startswith("acronym")
    assert any(r.code == ("legal_form_foreign_acronym" if acronym else "legal_form_foreign") for r in weak[0].reasons)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Bellingcat Ltd", "ru-undesirable-951-r-2022-07-26"),  # a distinctive word shared
        ("Agora Inc", "ru-undesirable-880-r-2023-06-28"),  # a whole listed name
        ("SIA Meduza", "ru-undesirable-138-r-2023-02-07"),  # a form the organization carries
    ],
)
def test_a_legal_form_with_a_distinctive_or_whole_name_keeps_its_score(
    index: MatchIndex, query: str, expected: str
) -> None:
    found = match_name(index, query)
    assert found and found[0].score >= STRONG_THRESHOLD
    assert expected in {m.organization.id for m in found if m.score == found[0].score}
    assert all(not r.code.startswith("legal_form_foreign") for r in found[0].reasons)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("www.ned.org", {"ru-undesirable-1076-r-2015-07-29"}),
        ("https://tvrain.tv/news", {"ru-undesirable-1063-r-2023-08-04", "ru-undesirable-1065-r-2023-08-04"}),
        ("en.meduza.io", {"ru-undesirable-138-r-2023-02-07"}),
    ],
)
def test_a_web_address_finds_the_organizations_whose_domain_it_is(
    index: MatchIndex, query: str, expected: set[str]
) -> None:
    found = match_name(index, query)
    assert {m.organization.id for m in found if m.score >= STRONG_THRESHOLD} == expected
    assert all(m.reasons[0].code == "web_domain" and m.score < 1.0 for m in found[: len(expected)])


@pytest.mark.parametrize("query", ["example.org", "e.V.", "ned.org.example"])
def test_an_address_of_nobody_finds_nothing_by_its_domain(index: MatchIndex, query: str) -> None:
    assert all(m.reasons[0].code != "web_domain" for m in match_name(index, query))


def test_the_matcher_knows_every_domain_the_scanner_finds() -> None:
    orgs = load_bundled_organizations()
    index, scan = build_match_index(orgs), build_scan_index(orgs)
    owners = [(org, domain) for org in orgs for domain in organization_domains(org)]
    assert len(owners) >= 50
    for org, domain in owners:
        assert org.id in {m.organization.id for m in match_name(index, domain)}, domain
        assert org.id in {m.organization.id for m in scan_text(scan, f"See {domain} for details.")}, domain


def test_an_apostrophe_for_a_soft_sign_joins_and_an_elision_splits() -> None:
    assert normalize_name("Nacional'nyj fond") == "nacionalnyj fond"
    assert normalize_name("Ob''edinenie") == "obedinenie"
    assert normalize_name("Pour l'Ukraine") == "pour l ukraine"
    assert normalize_name("Assemblée des Tchétchènes d’Europe") == "assemblée des tchétchènes d europe"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Druz'ya Falun'gun", "ru-undesirable-721-r-2020-07-21"),
        ("Nacional'nyj demokraticheskij institut mezhdunarodnyh otnoshenij", "ru-undesirable-393-r-2016-03-17"),
    ],
)
def test_a_scholarly_transliteration_is_a_strong_match(index: MatchIndex, query: str, expected: str) -> None:
    found = match_name(index, query)
    assert found and found[0].organization.id == expected and found[0].score >= STRONG_THRESHOLD


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kafkasvakfi", "ru-undesirable-2026-01-26-kafkas-vakfi"),
        ("Heinrich Böllstiftung", "ru-undesirable-679-r-2022-05-31"),
    ],
)
def test_a_generic_word_glued_to_another_meets_the_name(index: MatchIndex, query: str, expected: str) -> None:
    found = match_name(index, query)
    assert found and found[0].organization.id == expected and found[0].score >= POSSIBLE_THRESHOLD


@pytest.mark.parametrize(
    "query",
    [
        "Wildlife Fund",
        "Liberal Youth",
        "Russian Radio and Television",
        "Council on Foreign Relations",
        "Dialogue Foundation",
    ],
)
def test_a_name_of_ordinary_words_missing_a_word_inside_a_listed_one_is_no_possible_match(
    index: MatchIndex, query: str
) -> None:
    assert not match_name(index, query)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Open Dialogue", "ru-undesirable-363-r-2024-03-25"),  # a generic head word left out at the end
        ("Open Society Institute", "ru-undesirable-1777-r-2015-12-01"),  # what qualifies it at the end
        ("Helsinki Committee", "ru-undesirable-2025-07-11-norwegian-helsinki-committee"),  # a proper name kept
    ],
)
def test_a_name_of_ordinary_words_missing_only_its_end_or_keeping_a_proper_name_still_matches(
    index: MatchIndex, query: str, expected: str
) -> None:
    found = match_name(index, query)
    assert expected in {m.organization.id for m in found}


@pytest.mark.parametrize(
    ("word", "group"),
    [("фанд", "#foundation"), ("фаундейшн", "#foundation"), ("инститьют", "#institute"), ("сентер", "#center")],
)
def test_a_generic_word_heard_by_ear_is_generic(word: str, group: str) -> None:
    token = analyze_word(word)
    assert (token.kind, token.key) == ("generic", group)


@pytest.mark.parametrize("word", ["ээсти", "фунт", "аватуд"])
def test_a_word_that_only_sounds_a_little_like_a_generic_one_is_no_generic_word(word: str) -> None:
    assert analyze_word(word).kind == "word"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Protect Defenders", "ru-undesirable-2025-08-26-protectdefenders-eu"),
        ("Экшн 4 Лайф", "ru-undesirable-2025-12-29-mb-action4life-lt"),
        ("Global Giving Foundation", "ru-undesirable-96-r-2024-01-26"),
        ("Mit Ost", "ru-undesirable-864-r-2024-07-10"),
    ],
)
def test_a_name_glued_from_words_meets_them_written_apart(index: MatchIndex, query: str, expected: str) -> None:
    found = match_name(index, query)
    assert found and found[0].organization.id == expected and found[0].score < 1.0
    assert any(r.code == "words_joined" for r in found[0].reasons)


@pytest.mark.parametrize("word", ["wilfried", "вилфрида", "hanns", "ханнса", "leland", "леланд"])
def test_given_names_of_the_register_s_people_are_known(word: str) -> None:
    assert is_given_name(word)


def test_a_person_alone_of_a_name_with_a_newly_known_given_name_is_the_namesake(index: MatchIndex) -> None:
    found = match_name(index, "Leland Stanford", threshold=0.5)
    assert found and found[0].score < POSSIBLE_THRESHOLD
    assert found[0].reasons[0].code == "named_after"


def test_a_web_address_among_other_words_is_a_part_of_the_query(index: MatchIndex) -> None:
    found = match_name(index, "сайт bellingcat.com")
    assert {m.organization.id for m in found[:2]} == {
        "ru-undesirable-951-r-2022-07-26",
        "ru-undesirable-952-r-2022-07-26",
    }
    assert [r.code for r in found[0].reasons] == ["web_domain_part", "web_domain"]
    assert STRONG_THRESHOLD <= found[0].score < 0.95

"""Classes of the fourteenth held-out round, tested with invented names and other register
entries: an acronym a register name writes on one side of a dash is one of the organization's own;
a kind word written short with a period (``Univ.``) is that kind word; Latin letter names written
apart in Cyrillic (``Эн Ди Ай``) are the acronym; a word a Russian name keeps in Latin letters is
the organization's own name."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.derived import own_words_kept
from undesirable.model import Organization
from undesirable.names.abbreviations import abbreviated_words
from undesirable.names.letters import read_spelled_acronyms
from undesirable.registry.bundled import load_bundled_organizations

DASHED = (
    Organization(
        "ru-undesirable-2030-09-01-klio", "Культурная инициатива Лейпцига", "KLIO – Kulturinitiative Leipzig e.V."
    ),
    Organization("ru-undesirable-2030-09-02-eu-baltic", "Форум ЕС – Балтия", "EU – Baltic Dialogue Forum"),
    Organization("ru-undesirable-2030-09-03-nordlicht", None, "Nordlicht – Verein für Medienfreiheit"),
)


@pytest.fixture(scope="module")
def register() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.fixture(scope="module")
def dashed() -> MatchIndex:
    return build_match_index(DASHED)


@pytest.mark.parametrize("query", ["KLIO", "KLIO e.V.", "«KLIO» e.V."])
def test_an_acronym_beside_a_dash_of_the_name_is_the_organizations_own(dashed: MatchIndex, query: str) -> None:
    found = match_name(dashed, query)
    assert found and found[0].organization.id == DASHED[0].id and found[0].score >= STRONG_THRESHOLD
    assert found[0].reasons[0].code == "acronym"


def test_the_dash_acronym_in_lower_case_is_weaker(dashed: MatchIndex) -> None:
    found = match_name(dashed, "Klio")
    assert found and found[0].organization.id == DASHED[0].id and found[0].score < STRONG_THRESHOLD


@pytest.mark.parametrize("query", ["EU", "Nordlicht e.V.", "KLIO Bank"])
def test_no_acronym_from_a_short_code_or_a_word_beside_a_dash(dashed: MatchIndex, query: str) -> None:
    found = match_name(dashed, query)
    assert not any(m.reasons[0].code == "acronym" and m.score >= POSSIBLE_THRESHOLD for m in found)


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Yale Univ.", "ru-undesirable-2025-07-11-yale-university"),
        ("Heinrich Böll Found.", "ru-undesirable-679-r-2022-05-31"),
        ("Lev Kopelev Forum Assoc.", None),  # a kind word the name does not have: no strong match
    ],
)
def test_a_kind_word_written_short_with_a_period_is_that_kind_word(
    register: MatchIndex, query: str, org: str | None
) -> None:
    found = match_name(register, query)
    if org is None:
        assert not found or found[0].score < STRONG_THRESHOLD
        return
    assert found and found[0].organization.id == org and found[0].score >= STRONG_THRESHOLD
    assert "equivalent_words" in [r.code for r in found[0].reasons]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yale Univ.", {"univ": "#university"}),
        ("Междунар. центр", {"междунар": "#international"}),
        ("Inst. of Politics", {"inst": "#institute"}),
        ("Com. for Peace", {}),  # Committee or Company: neither
        ("Yale Univ", {}),  # no period: a word as written
        ("U.S. Fund", {}),  # dotted letters
        ("Acme Co.", {}),  # too short
    ],
)
def test_which_words_are_kind_words_written_short(text: str, expected: dict[str, str]) -> None:
    assert abbreviated_words(text) == expected


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Эн Ди Ай", "ru-undesirable-393-r-2016-03-17"),  # NDI
        ("Ай Ар Ай", "ru-undesirable-1202-r-2016-08-22"),  # IRI
    ],
)
def test_letter_names_written_apart_read_as_the_acronym(register: MatchIndex, query: str, org: str) -> None:
    found = match_name(register, query)
    assert found and found[0].organization.id == org and found[0].score >= STRONG_THRESHOLD
    read = [r for r in found[0].reasons if r.code == "acronym_letters_read"]
    assert read and read[0].values["words"] == query


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Би Би Си Ньюс", "BBC Ньюс"),
        ("Эй Би", "Эй Би"),  # two names written apart: words as written
        ("си ди плеер", "си ди плеер"),  # not capitalized: ordinary words
        ("Ай Ти Си Групп", "ITC Групп"),
    ],
)
def test_which_letter_names_written_apart_are_an_acronym(text: str, expected: str) -> None:
    assert read_spelled_acronyms(text) == expected


KEPT = (
    Organization(
        "ru-undesirable-2030-09-04-provid",
        "Центр гражданских инициатив PROVID",
        "PROVID Civic Initiatives Centre",
        aliases=("Центр громадських ініціатив PROVID",),
    ),
    Organization("ru-undesirable-2030-09-05-army-sos", "Армия SOS", "Army SOS"),
    Organization("ru-undesirable-2030-09-06-kvitka", "Фонд Kvitka", "Kvitka Fund"),
)


@pytest.mark.parametrize("query", ["PROVID", "Provid"])
def test_a_word_a_russian_name_keeps_in_latin_letters_is_the_organizations_own_name(query: str) -> None:
    found = match_name(build_match_index(KEPT), query)
    assert found and found[0].organization.id == KEPT[0].id and found[0].score >= STRONG_THRESHOLD
    assert found[0].reasons[0].code == "short_form"


def test_no_own_name_from_a_code_or_a_name_of_one_russian_word() -> None:
    assert own_words_kept(KEPT[1].all_names()) == []  # SOS: a code many things share
    assert own_words_kept(KEPT[2].all_names()) == []  # one Russian word beside it
    assert own_words_kept(("Центр гражданских инициатив PROVID",)) == []  # written by no other name


@pytest.mark.parametrize(
    ("query", "service"),
    [
        ("Русская служба Deutsche Welle", "Русская служба"),
        ("Немецкой службы Deutsche Welle", "Немецкой службы"),  # in any case form
        ("the Russian Service of Deutsche Welle", "the Russian Service of"),
        ("Deutsche Welle Russian Service", "Russian Service"),
    ],
)
def test_an_outlet_named_with_its_language_service(register: MatchIndex, query: str, service: str) -> None:
    found = match_name(register, query)
    assert found and found[0].organization.id == "ru-undesirable-2025-12-15-deutsche-welle"
    assert found[0].score >= STRONG_THRESHOLD
    assert found[0].reasons[0].code == "service_part" and found[0].reasons[0].values["words"] == service


@pytest.mark.parametrize("query", ["Федеральная служба безопасности", "Secret Service", "Русская служба доставки"])
def test_a_service_of_nothing_listed_finds_nothing(register: MatchIndex, query: str) -> None:
    assert not match_name(register, query)


SHARED = (
    Organization("ru-undesirable-2030-09-07-nordwind-nl", "Нордвинд", "Stichting Nordwind", country_code="NL"),
    Organization("ru-undesirable-2030-09-08-nordwind-gb", "Нордвинд", "Nordwind Ltd", country_code="GB"),
    Organization("ru-undesirable-2030-09-09-yale", "Йельский университет", "Yale University"),
)


@pytest.mark.parametrize("query", ["Nordwind research team", "Nordwind investigative reporters"])
def test_a_name_with_ordinary_words_describing_it_after_it_finds_every_entry_of_the_name(query: str) -> None:
    found = {m.organization.id: m for m in match_name(build_match_index(SHARED), query)}
    assert set(found) >= {SHARED[0].id, SHARED[1].id}
    for org in SHARED[:2]:
        assert found[org.id].score >= POSSIBLE_THRESHOLD
        assert found[org.id].reasons[0].code == "described_part"


@pytest.mark.parametrize("query", ["Yale lock", "Nordwind Research Institute", "nordwind research team"])
def test_no_name_is_taken_from_ordinary_words_or_before_a_name_of_capitalized_words(query: str) -> None:
    found = match_name(build_match_index(SHARED), query)
    assert not any(m.reasons[0].code == "described_part" for m in found)


def test_a_short_form_before_ordinary_words_is_no_name_described(register: MatchIndex) -> None:
    found = match_name(register, "Jamestown research staff")  # The Jamestown Foundation: a short form
    assert not any(m.reasons[0].code == "described_part" for m in found)


LEADS = (
    Organization("ru-undesirable-2030-09-10-nfp", "Северный проект свободы Киев", "Nordic Freedom Project Kyiv"),
    Organization("ru-undesirable-2030-09-11-bmh", "Балтийский медиадом", "Baltic Media House World Foundation"),
)


@pytest.mark.parametrize(
    ("query", "org"), [("NFP Kyiv", LEADS[0].id), ("NF Project Kyiv", LEADS[0].id), ("BMH World", LEADS[1].id)]
)
def test_initials_of_a_names_first_words_with_its_other_words(query: str, org: str) -> None:
    found = match_name(build_match_index(LEADS), query)
    assert found and found[0].organization.id == org
    assert POSSIBLE_THRESHOLD <= found[0].score < STRONG_THRESHOLD
    assert found[0].reasons[0].code == "initials_with_words"


@pytest.mark.parametrize("query", ["NFP Lviv", "nfp Kyiv", "NFP", "BMH Foundation", "NFP Kyiv Lviv Odesa"])
def test_no_initials_with_other_words_the_name_does_not_write(query: str) -> None:
    found = match_name(build_match_index(LEADS), query)
    assert not any(m.reasons[0].code == "initials_with_words" for m in found)

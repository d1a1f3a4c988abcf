"""Classes of the fifteenth held-out round, tested with invented names and other register entries:
legal forms written out, before the name, or in pieces spaced apart; an ordinary Russian word that
looks like a name's coined word the register writes otherwise in Cyrillic; English words written by
ear in Cyrillic, which sound like a generic word but are spelled otherwise; an acronym with its
place or a word of its own name beside it."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.acronym_part import acronym_sides
from undesirable.model import Organization
from undesirable.names.heard import heard_generic_group
from undesirable.names.normalize import tokenize_name
from undesirable.names.translit import skeletonize_token
from undesirable.registry.bundled import load_bundled_organizations

INVENTED = (
    Organization("ru-undesirable-2030-10-01-zlata-brana", "Злата брана", "Zlatá brána, z. s."),
    Organization("ru-undesirable-2030-10-02-veloria", None, "Veloria Trading S.A.R.L."),
    Organization("ru-undesirable-2030-10-03-literaturus", "Литературус", "Literaturus, z. s."),
    Organization("ru-undesirable-2030-10-04-helpline", None, "Helpline Lëtzebuerg a.s.b.l."),
)


@pytest.fixture(scope="module")
def invented() -> MatchIndex:
    return build_match_index(INVENTED)


@pytest.fixture(scope="module")
def register() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


def _best(index: MatchIndex, query: str) -> tuple[str, float]:
    found = match_name(index, query, threshold=0.3)
    return (found[0].organization.id, found[0].score) if found else ("", 0.0)


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Spolek Zlatá brána", "ru-undesirable-2030-10-01-zlata-brana"),  # z. s.: the law's spolek, before the name
        ("Zlata brana, spolek", "ru-undesirable-2030-10-01-zlata-brana"),
        ("Zlatá brána zapsaný spolek", "ru-undesirable-2030-10-01-zlata-brana"),
        ("Veloria Trading S.à r.l.", "ru-undesirable-2030-10-02-veloria"),  # spaced pieces, marks aside
        ("Veloria Trading S. à r. l.", "ru-undesirable-2030-10-02-veloria"),
        ("Veloria Trading Sàrl", "ru-undesirable-2030-10-02-veloria"),
        ("S.à r.l. Veloria Trading", "ru-undesirable-2030-10-02-veloria"),
        ("Helpline Lëtzebuerg a. s. b. l.", "ru-undesirable-2030-10-04-helpline"),
    ],
)
def test_a_legal_form_written_out_before_or_apart_is_left_out(invented: MatchIndex, query: str, org: str) -> None:
    found = match_name(invented, query)
    assert found and found[0].organization.id == org and found[0].score >= STRONG_THRESHOLD
    assert any(r.code == "legal_form_ignored" for r in found[0].reasons)


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Spolek Mnenie media", "ru-undesirable-157-r-2024-02-08"),
        ("Spolek Za vaši a naši svobodu", "ru-undesirable-1014-r-2024-08-14"),
    ],
)
def test_the_registers_czech_associations_are_named_with_spolek_first(
    register: MatchIndex, query: str, org: str
) -> None:
    assert _best(register, query)[0] == org and _best(register, query)[1] >= STRONG_THRESHOLD


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Kulturní spolek Brno", []),  # spolek inside a name is a word of it
        ("Compelson, spol. s r.o.", ["s.r.o."]),  # the form as written comes before spaced pieces
        ("Radio A Kyiv", []),  # one short piece is no form
        ("Ústav Zlata", []),  # ústav is the word for an institute, no form
    ],
)
def test_spaced_pieces_and_head_nouns_only_at_an_edge(name: str, forms: list[str]) -> None:
    assert sorted({t.legal_form for t in tokenize_name(name) if t.legal_form}) == forms


@pytest.mark.parametrize("query", ["Литература", "Журнал «Литература»", "Литературы"])
def test_an_ordinary_word_is_no_spelling_of_a_coined_word_the_register_writes_in_cyrillic(
    invented: MatchIndex, query: str
) -> None:
    found = match_name(invented, query, threshold=0.3)
    assert all(m.score < POSSIBLE_THRESHOLD for m in found)


@pytest.mark.parametrize("query", ["Литературус", "Literaturus", "Литературусе"])
def test_the_coined_word_itself_is_still_found(invented: MatchIndex, query: str) -> None:
    assert _best(invented, query)[0] == "ru-undesirable-2030-10-03-literaturus"
    assert _best(invented, query)[1] >= POSSIBLE_THRESHOLD


HEARD = (
    Organization("ru-undesirable-2030-10-05-civic-justice", None, "Civic Justice Initiative"),
    Organization("ru-undesirable-2030-10-06-open-waters", None, "Open Waters Initiatives"),
    Organization("ru-undesirable-2030-10-07-kestrel", None, "Kestrel Institute"),
)


@pytest.fixture(scope="module")
def heard() -> MatchIndex:
    return build_match_index(HEARD)


@pytest.mark.parametrize(
    ("word", "group"),
    [
        ("фанд", "#foundation"),
        ("фаундейшн", "#foundation"),
        ("инститьютс", "#institute"),
        ("каунсилз", "#council"),
        ("инишиэтив", None),  # initiative sounds as institute does, its letters are others
        ("джастис", None),  # justice sounds as the plural of istituto
    ],
)
def test_a_generic_word_heard_keeps_most_of_its_letters(word: str, group: str | None) -> None:
    assert heard_generic_group(word, skeletonize_token(word), "#") == group


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Сивик Джастис Инишиэтив", "ru-undesirable-2030-10-05-civic-justice"),
        ("Опен Уотерс Инишиэйтивс", "ru-undesirable-2030-10-06-open-waters"),
        ("Кестрел Инститьют", "ru-undesirable-2030-10-07-kestrel"),
    ],
)
def test_english_words_written_by_ear_are_found(heard: MatchIndex, query: str, org: str) -> None:
    assert _best(heard, query)[0] == org and _best(heard, query)[1] >= POSSIBLE_THRESHOLD


ACRONYMS = (
    Organization(
        "ru-undesirable-2030-10-08-qwera",
        "Европейский форум прессы",
        "European Press Forum",
        acronyms=("QWERA",),
        country="Бельгия",
        country_code="BE",
    ),
    Organization("ru-undesirable-2030-10-09-bank", None, "Baltic Savings Bank", country_code="LV"),
)


@pytest.fixture(scope="module")
def acronyms() -> MatchIndex:
    return build_match_index(ACRONYMS)


@pytest.mark.parametrize("query", ["QWERA Brussels", "QWERA Брюссель", "QWERA Belgium", "Бельгия QWERA", "Форум QWERA"])
def test_an_acronym_with_its_place_or_its_own_word_beside_it(acronyms: MatchIndex, query: str) -> None:
    found = match_name(acronyms, query)
    assert found and found[0].organization.id == ACRONYMS[0].id and found[0].score >= POSSIBLE_THRESHOLD
    assert found[0].reasons[0].code == "acronym_part"


@pytest.mark.parametrize("query", ["QWERA Bank", "QWERA Warsaw", "QWERA Savings"])
def test_an_acronym_with_another_word_beside_it_may_be_another_organization(acronyms: MatchIndex, query: str) -> None:
    assert all(m.score < POSSIBLE_THRESHOLD for m in match_name(acronyms, query) if m.organization.id == ACRONYMS[0].id)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("NED США", [("acronym_part", ("NED", "США"), 0.0)]),  # a country in capitals is no acronym
        ("Реестр RD4U", [("acronym_part", ("RD4U", "Реестр"), 0.0)]),
        ("Open NED Fund", []),  # an acronym inside the words
        ("NED", []),
        ("EU Brussels", []),  # two letters are a code
        ("NED Washington New York", []),  # more than two words beside it
    ],
)
def test_the_acronym_apart_from_the_words_beside_it(text: str, parts: list[tuple[str, tuple[str, str], float]]) -> None:
    assert acronym_sides(text) == parts

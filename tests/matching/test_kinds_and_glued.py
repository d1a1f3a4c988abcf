"""Classes of the ninth held-out round, tested with other examples: a word the query glues that the
register writes as two, a leading word saying what kind of outlet or organization a name is, a
legal form written with dots, an acronym spelled out by its letter names."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, build_match_index, match_name
from undesirable.matching.index import MatchIndex
from undesirable.matching.parts import kind_word_part
from undesirable.names.letters import read_spelled_acronyms
from undesirable.names.normalize import tokenize_name
from undesirable.registry.bundled import load_bundled_organizations


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Nationalendowment for Democracy", "ru-undesirable-1076-r-2015-07-29"),
        ("Falungong Friends", "ru-undesirable-721-r-2020-07-21"),
    ],
)
def test_a_word_the_query_glues_meets_the_two_words_of_the_name(index: MatchIndex, query: str, expected: str) -> None:
    found = match_name(index, query)
    assert found and found[0].organization.id == expected
    assert STRONG_THRESHOLD <= found[0].score < 1.0
    assert any(r.code == "glued_words" for r in found[0].reasons)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the first word ends in the letter the second begins with: the key has it once
        ("Балтийский центрразвития СМИ", "ru-undesirable-2026-07-03-baltic-centre-for-media-excellence"),
        ("Freerussia Foundation", "ru-undesirable-814-r-2019-06-28"),
        # the fold across the join changes the key (т+с, s+h): the words as written are found
        ("Институтсовременной России", "ru-undesirable-558-r-2017-04-27"),
        ("Human Rightshouse Foundation", "ru-undesirable-1018-r-2023-07-24"),
    ],
)
def test_a_glued_word_whose_key_is_not_its_two_keys_is_read_apart_at_the_default_threshold(
    index: MatchIndex, query: str, expected: str
) -> None:
    found = match_name(index, query, threshold=POSSIBLE_THRESHOLD)
    assert found and found[0].organization.id == expected
    # read apart, or met run together with the name's words: either says the words are glued
    assert {r.code for r in found[0].reasons} & {"glued_words", "words_joined"}


def _glued_queries() -> list[tuple[str, str]]:
    """Every register name of three words or more with two neighbouring words of four letters or
    more glued, and the organization it names."""
    queries = []
    for org in load_bundled_organizations():
        for name in org.all_names():
            words = name.split()
            for i in range(len(words) - 1 if len(words) >= 3 else 0):
                first, second = words[i], words[i + 1]
                if len(first) >= 4 and len(second) >= 4 and first.isalpha() and second.isalpha():
                    glued = [*words[:i], first + second.lower(), *words[i + 2 :]]
                    queries.append((" ".join(glued), org.id))
    return queries


def test_names_with_two_words_glued_are_found_at_the_default_threshold(index: MatchIndex) -> None:
    queries = _glued_queries()
    missed = [q for q, org in queries if org not in {m.organization.id for m in match_name(index, q)}]
    assert len(queries) > 1000
    # the rest glue a legal form to the name (Russialimited) or a word the register glues itself
    assert len(missed) / len(queries) < 0.02, missed[:20]


def test_a_glued_word_is_not_read_apart_when_the_register_has_it_whole(index: MatchIndex) -> None:
    found = match_name(index, "Bellingcat")
    assert found and found[0].score == 1.0
    assert not any(r.code == "glued_words" for m in found for r in m.reasons)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("журнал Крым SOS", ("Крым SOS", "журнал")),
        ("the news website Bellingcat", ("Bellingcat", "the news website")),
        ("интернет-издания Медуза", ("Медуза", "интернет-издания")),
        ("Издание", None),  # the kind word alone
        ("издание «Медуза»", None),  # quoted: the quoted part is screened
        ("The Insider", None),
        ("Новая газета", None),  # the kind word does not lead
    ],
)
def test_the_name_after_a_leading_kind_word(text: str, part: tuple[str, str] | None) -> None:
    assert kind_word_part(text) == part


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("сайт Фонда борьбы с коррупцией", "ru-undesirable-723-r-2023-06-01"),
        ("газета Новая газета Европа", "ru-undesirable-962-r-2023-07-14"),
        ("журнал Крым SOS", "ru-undesirable-427-r-2023-04-05"),
    ],
)
def test_a_name_after_a_kind_word_is_found_and_the_word_said_aside(
    index: MatchIndex, query: str, expected: str
) -> None:
    found = match_name(index, query)
    assert found and found[0].organization.id == expected
    assert POSSIBLE_THRESHOLD <= found[0].score < 1.0
    assert found[0].reasons[0].code == "kind_word_part"
    assert found[0].reasons[0].values["words"] == query.split()[0]


@pytest.mark.parametrize(
    "name", ["A.O. Promo-LEX", "Promo-LEX A.O.", "AO Promo-LEX", "Asociaţia Obştească Promo-LEX", "A. O. Promo-LEX"]
)
def test_the_moldovan_public_association_is_a_legal_form(name: str) -> None:
    tokens = tokenize_name(name)
    assert {t.legal_form for t in tokens if t.kind == "legal_form"} == {"A.O."}
    assert [t.text for t in tokens if t.kind != "legal_form"] == ["promo", "lex"]


def test_a_name_with_a_dotted_legal_form_is_the_exact_name(index: MatchIndex) -> None:
    found = match_name(index, "RISE Moldova A.O.")
    assert found and found[0].score == 1.0
    assert [r.code for r in found[0].reasons] == ["exact_name", "legal_form_ignored"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Эн-Ди-Ай", "NDI"),
        ("Оу-Си-Си-Ар-Пи Проект", "OCCRP Проект"),
        ("фонд Дабл-ю-Эф", "фонд WF"),
        ("Ростов-на-Дону", "Ростов-на-Дону"),  # words, not letter names
        ("Эй", "Эй"),  # one letter name alone is a word
    ],
)
def test_an_acronym_spelled_out_by_its_letter_names_is_read(text: str, read: str) -> None:
    assert read_spelled_acronyms(text) == read


def test_an_acronym_spelled_out_is_found_and_said_so(index: MatchIndex) -> None:
    found = match_name(index, "Ай-Ар-Ай")
    assert found and found[0].organization.id == "ru-undesirable-1202-r-2016-08-22"
    assert found[0].reasons[-1].code == "acronym_letters_read"
    assert found[0].reasons[-1].values["words"] == "Ай-Ар-Ай"


def test_a_persons_glued_name_under_a_head_word_is_explained_with_its_words() -> None:
    """A glued word read as two that pairs with a person's name: the reason names the person with
    the reading's words (it once indexed the words as written, one fewer, and failed)."""
    from undesirable.matching import build_match_index, match_name
    from undesirable.registry.bundled import load_bundled_organizations

    index = build_match_index(load_bundled_organizations())
    trust = match_name(index, "Фонд ДжонаСмита")
    assert trust and trust[0].organization.display_name == "The John Smith Trust" and trust[0].score >= 0.9
    person = match_name(index, "БорисНемцов", threshold=0.3)
    named = [r for m in person for r in m.reasons if r.code == "named_after"]
    assert named and named[0].values["person"] == "Борис Немцов"

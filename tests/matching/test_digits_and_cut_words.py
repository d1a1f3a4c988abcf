"""A digit written for the English word it sounds like ("4" for "for", "2" for "to"), alone or glued
between letters: a variant of the name, strong, never exact. A word of a Latin name cut short
("Simul" for Simulation): a variant too, when the query's other words are the name's as written.
Other register entries and invented names."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.cut_words import CUT_PARTIAL_SCORE, cut_partners
from undesirable.model import Organization
from undesirable.names.normalize import analyze_word
from undesirable.names.numbers import digits_said
from undesirable.registry.bundled import load_bundled_organizations


@pytest.fixture(scope="module")
def register() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("words", "read", "said"),
    [
        ("ideas 4 change", "ideas for change", "4 = for"),
        ("ideas4change", "ideas for change", "4 = for"),
        ("return 2 the territories", "return to the territories", "2 = to"),
        ("calvert 22 foundation", None, None),  # a number, not a digit between words
        ("4 freedom", None, None),  # a digit first is a number
        ("фонд 4 свободы", None, None),  # between Russian words a digit is a number
        ("group 7 security", None, None),  # seven sounds like no word
    ],
)
def test_digits_said_as_words(words: str, read: str | None, said: str | None) -> None:
    found = digits_said([analyze_word(w) for w in words.split()])
    assert (found and " ".join(t.text for t in found[0])) == read
    assert (found and found[1]) == said


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Ideas 4 Change", "Ideas for Change"),
        ("Center 4 Civil Liberties", "Center for Civil Liberties"),
        ("International Partnership 4 Human Rights", "International Partnership for Human Rights"),
        ("Ideas4Change", "Ideas for Change"),
    ],
)
def test_a_digit_for_a_word_is_a_strong_variant_never_exact(register: MatchIndex, query: str, name: str) -> None:
    best = match_name(register, query)[0]
    assert best.matched_name == name
    assert STRONG_THRESHOLD <= best.score < 1.0
    codes = [r.code for r in best.reasons]
    assert "digit_as_word" in codes and "exact_name" not in codes and "exact_alias" not in codes


def test_a_digit_read_says_what_it_read(register: MatchIndex) -> None:
    best = match_name(register, "Ideas 4 Change")[0]
    assert [r.values for r in best.reasons if r.code == "digit_as_word"] == [{"digits": "4 = for"}]


@pytest.mark.parametrize(
    ("query", "name", "cut"),
    [
        ("Crisis Simul for Peace", "Crisis Simulation for Peace", "simul = simulation"),
        ("Foundation for Democ Development", "Foundation for Democratic Development", "democ = democratic"),
        ("Europ Platform for Democratic Elections", "European Platform for Democratic Elections", "europ = european"),
    ],
)
def test_a_word_cut_short_is_a_strong_variant(register: MatchIndex, query: str, name: str, cut: str) -> None:
    best = match_name(register, query)[0]
    assert best.matched_name == name and STRONG_THRESHOLD <= best.score < 1.0
    assert [r.values for r in best.reasons if r.code == "word_cut"] == [{"words": cut}]
    assert not {r.code for r in best.reasons} & {"exact_name", "exact_alias", "fuzzy", "phonetic_transcription"}


@pytest.mark.parametrize(
    "query",
    [
        "Foundation for Democ Growth",  # another word differs
        "Crisis Simul for Prosperity",
    ],
)
def test_a_word_cut_short_beside_other_words_is_too_little(register: MatchIndex, query: str) -> None:
    assert all(m.score <= CUT_PARTIAL_SCORE for m in match_name(register, query, threshold=0.3))


INVENTED = (
    Organization("info", None, "Northern Information Bureau"),
    Organization("glued", None, "Sosyal Helpdesk"),
    Organization("other", None, "Desk Union of Yardim"),
)


def test_which_starts_of_words_are_cut_words() -> None:
    table = cut_partners(build_match_index(INVENTED))
    assert "information" in table["info"] and "information" in table["inform"]
    assert "inf" not in table  # too short
    assert "informatio" not in table  # leaves out too little
    assert "help" not in table  # Helpdesk glues Help and Desk, a word of its own
    assert analyze_word("yardim").key not in table  # a word of its own
    assert analyze_word("sosy").key in table


def test_a_cut_word_finds_an_invented_name() -> None:
    best = match_name(build_match_index(INVENTED), "Northern Info Bureau")[0]
    assert best.organization.id == "info" and POSSIBLE_THRESHOLD <= best.score < 1.0

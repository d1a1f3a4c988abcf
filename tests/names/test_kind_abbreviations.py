"""Kind words written short without a full stop (``Fdn``, ``Assn``, ``Ctr``) read as the kind word,
tested on other register entries and invented names."""

from __future__ import annotations

import pytest

from undesirable.matching import STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.names.abbreviations import read_abbreviations
from undesirable.names.normalize import analyze_word, mark_legal_forms
from undesirable.registry.bundled import load_bundled_organizations


@pytest.fixture(scope="module")
def register() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


def _last_key(text: str) -> str:
    tokens = mark_legal_forms([analyze_word(w) for w in text.lower().replace(".", "").split()])
    return read_abbreviations(tokens, text)[-1].key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Fdn", "#foundation"),
        ("Acme Assn", "#association"),
        ("Acme Ctr", "#center"),
        ("Acme Fdn.", "#foundation"),
        ("Acme Dept", "dept"),  # department is no kind word of the register: as written
        ("Acme Bldg", "bldg"),  # no listed short form
    ],
)
def test_which_unpunctuated_words_are_kind_words_written_short(text: str, expected: str) -> None:
    assert _last_key(text) == expected


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Open Society Fdn", "ru-undesirable-1778-r-2015-12-01"),
        ("Hudson Inst", "ru-undesirable-1282-r-2023-09-26"),
        ("Yale Univ", "ru-undesirable-2025-07-11-yale-university"),
        ("Free Russia Fdn", "ru-undesirable-814-r-2019-06-28"),
    ],
)
def test_a_kind_word_written_short_without_a_period_is_that_kind_word(
    register: MatchIndex, query: str, org: str
) -> None:
    found = match_name(register, query)
    assert found and found[0].organization.id == org and found[0].score >= STRONG_THRESHOLD
    assert "equivalent_words" in [r.code for r in found[0].reasons]


def test_a_short_kind_word_the_name_lacks_is_no_strong_match(register: MatchIndex) -> None:
    found = match_name(register, "Lev Kopelev Forum Assn")
    assert not found or found[0].score < STRONG_THRESHOLD

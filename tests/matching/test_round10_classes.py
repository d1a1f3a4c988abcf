"""Classes of the tenth held-out round, tested with other register entries: letters glued to digits
in a query, acronyms made of a name's initials that the register does not list, names shared by
several entries and written word for word, a distinctive adjective with a generic noun, and names
heard by ear with a middle initial left out."""

from __future__ import annotations

import pytest

from undesirable.matching import STRONG_THRESHOLD, build_match_index, match_name
from undesirable.matching.index import MatchIndex
from undesirable.registry.bundled import load_bundled_organizations


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the generic word glued to the number: read apart, the whole name is there
        (
            "Association of Investigative Journalists – Foundation19/29",
            "ru-undesirable-2025-05-22-sdruzeni-investigativnich-novinaru-fond-19-29-z-s",
        ),
        ("Article19", "ru-undesirable-156-r-2024-02-08"),
    ],
)
def test_letters_glued_to_digits_are_read_apart(index: MatchIndex, query: str, expected: str) -> None:
    found = match_name(index, query)
    assert found and found[0].organization.id == expected
    assert STRONG_THRESHOLD <= found[0].score < 1.0
    assert any(r.code == "glued_words" for r in found[0].reasons)


def test_letters_glued_to_digits_with_a_word_the_name_lacks_stay_below_strong(index: MatchIndex) -> None:
    found = match_name(index, "Article19 Foundation")
    assert found and found[0].organization.id == "ru-undesirable-156-r-2024-02-08"
    assert found[0].score < STRONG_THRESHOLD


def test_letters_glued_to_digits_no_register_name_has_are_not_read_apart(index: MatchIndex) -> None:
    assert match_name(index, "Statoil2") == []

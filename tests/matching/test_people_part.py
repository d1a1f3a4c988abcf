"""A word naming an organization's people and what they do before its name («журналисты»,
«активисты», «юристы-правозащитники»): the name is screened alone, a strong match of it kept
(reason ``people_part``), every entry of a shared name returned. Other register entries."""

from __future__ import annotations

import pytest

from undesirable.matching import STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.sides import people_part
from undesirable.registry.bundled import load_bundled_organizations


@pytest.fixture(scope="module")
def register() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("журналисты Meduza", ("Meduza", "журналисты")),
        ("юристов Amnesty International", ("Amnesty International", "юристов")),
        ("юристы-правозащитники Amnesty International", ("Amnesty International", "юристы-правозащитники")),
        ("фонды Meduza", None),  # no people
        ("журналисты", None),  # nothing after it
        ("журналисты без границ", None),  # no name with a capital after it
        ("Meduza журналисты", None),
    ],
)
def test_a_leading_word_of_people(text: str, part: tuple[str, str] | None) -> None:
    assert people_part(text) == part


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("активисты Greenpeace", {"ru-undesirable-703-r-2023-05-29"}),
        ("журналисты TV Rain", {"ru-undesirable-1063-r-2023-08-04", "ru-undesirable-1065-r-2023-08-04"}),
    ],
)
def test_the_name_after_its_people_is_found_with_every_entry_of_it(
    register: MatchIndex, query: str, ids: set[str]
) -> None:
    found = [m for m in match_name(register, query) if m.score >= STRONG_THRESHOLD]
    assert {m.organization.id for m in found} == ids
    assert all(m.reasons[0].code == "people_part" and m.score < 1.0 for m in found)


def test_a_name_that_is_not_strong_after_people_is_not_taken(register: MatchIndex) -> None:
    assert all(m.score < STRONG_THRESHOLD for m in match_name(register, "журналисты Нового Издания", threshold=0.3))

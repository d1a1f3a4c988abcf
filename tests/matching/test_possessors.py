"""A possessor before a name (a founder's or namesake's name with ``'s``) is no part of the name:
the name after it is screened alone, tested on other register entries and invented names."""

from __future__ import annotations

import pytest

from undesirable.matching import STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.model import Organization
from undesirable.names.possessive import drop_possessives, possessor_part
from undesirable.registry.bundled import load_bundled_organizations

INVENTED = (
    Organization("ru-undesirable-2030-10-01-northern-light-uk", None, "Northern Light Ltd"),
    Organization("ru-undesirable-2030-10-02-northern-light-us", None, "Northern Light Inc"),
    Organization("ru-undesirable-2030-10-03-peoples-union", None, "People's Union of Latvia"),
)


@pytest.fixture(scope="module")
def register() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.fixture(scope="module")
def invented() -> MatchIndex:
    return build_match_index(INVENTED)


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Navalny's Anti-Corruption Foundation", "ru-undesirable-723-r-2023-06-01"),
        ("Soros's Open Society Foundations", "ru-undesirable-1778-r-2015-12-01"),
        ("George Soros's Open Society Foundations", "ru-undesirable-1778-r-2015-12-01"),
    ],
)
def test_the_name_after_a_possessor_is_screened_alone(register: MatchIndex, query: str, org: str) -> None:
    found = match_name(register, query)
    assert found and found[0].organization.id == org and found[0].score >= STRONG_THRESHOLD
    assert found[0].reasons[0].code == "possessor_part"
    assert found[0].reasons[0].values["words"] == query[: query.index("'s") + 2]


def test_a_shared_name_after_a_possessor_returns_every_entry(invented: MatchIndex) -> None:
    found = match_name(invented, "Petrov's Northern Light")
    assert {m.organization.id for m in found if m.score >= STRONG_THRESHOLD} == {INVENTED[0].id, INVENTED[1].id}
    assert all(any(r.code == "shared_name" for r in m.reasons) for m in found[:2])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Petrov's Northern Light", ("Northern Light", "Petrov's")),
        ("Ivan Petrov's Northern Light", ("Northern Light", "Ivan Petrov's")),
        ("People's Union of Latvia", None),  # the register's own word with its possessive
        ("Petrov's report", None),  # no name after it
        ("the Petrov's Northern Light", None),  # not a person's name
        ("Northern Light", None),
    ],
)
def test_which_possessives_are_a_possessor_before_a_name(
    invented: MatchIndex, text: str, expected: tuple[str, str] | None
) -> None:
    assert possessor_part(text, invented.postings.__contains__) == expected


def test_a_possessive_of_a_word_ending_in_s_is_dropped(register: MatchIndex) -> None:
    assert drop_possessives("Soros's fund", register.postings.__contains__) == "Soros fund"
    assert drop_possessives("Jehovah's Witnesses", register.postings.__contains__) == "Jehovah's Witnesses"

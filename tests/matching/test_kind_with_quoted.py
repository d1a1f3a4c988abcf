"""A name's leading kind word with its quoted name («Центр «Маяк»» of «Центр изучения морских путей
«Маяк»») is a short form of it, tested on invented names."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.derived import kind_with_quoted
from undesirable.model import Organization

INVENTED = (
    Organization("ru-undesirable-2030-11-01-mayak", "Центр изучения морских путей «Маяк»", None),
    Organization("ru-undesirable-2030-11-02-vesna", "Международная ассоциация «Весна»", None),
)


@pytest.fixture(scope="module")
def invented() -> MatchIndex:
    return build_match_index(INVENTED)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Центр изучения морских путей «Маяк»", "Центр «Маяк»"),
        ("Фонд поддержки прессы «Северный ветер»", "Фонд «Северный ветер»"),
        ("Фонд «Маяк»", None),  # nothing between: the name is that already
        ("Международная ассоциация «Весна»", None),  # a qualifier, not the kind word, leads
        ("Центр изучения морских путей", None),  # no quoted name
    ],
)
def test_which_names_give_their_kind_word_with_the_quoted_name(name: str, expected: str | None) -> None:
    assert kind_with_quoted(name) == expected


@pytest.mark.parametrize("query", ["Центр «Маяк»", "Центром «Маяк»", "центр Маяк"])
def test_the_kind_word_with_the_quoted_name_is_a_short_form(invented: MatchIndex, query: str) -> None:
    found = match_name(invented, query)
    assert found and found[0].organization.id == INVENTED[0].id and found[0].score >= POSSIBLE_THRESHOLD
    assert found[0].matched_name == "Центр «Маяк»"


@pytest.mark.parametrize("query", ["Фонд «Маяк»", "Центр", "Международная «Весна»"])
def test_another_kind_word_or_the_kind_word_alone_is_no_match(invented: MatchIndex, query: str) -> None:
    found = match_name(invented, query)
    assert not any(m.score >= POSSIBLE_THRESHOLD and m.matched_name in {"Центр «Маяк»"} for m in found)
    assert not (query == "Центр" and found and found[0].score >= POSSIBLE_THRESHOLD)

"""A name's phrase in an oblique case written as the head's adjective, its noun left out: a short
form («Тартуский балтийский институт» for «Институт балтийских исследований при Тартуском
университете»); what it keeps must still tell enough, and the adjective must come before the head."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.fronted import fronted_nouns
from undesirable.matching.score import Alignment
from undesirable.model import Organization

INVENTED = (
    Organization(
        "ru-undesirable-2030-12-21-baltic", "Институт балтийских исследований при Тартуском университете", None
    ),
    Organization("ru-undesirable-2030-12-22-polish", "Центр польских исследований", None),
    Organization("ru-undesirable-2030-12-23-alpine", "Фонд альпийских исследований Бернского общества", None),
)
NAME = ("институт", "балтийских", "исследований", "при", "тартуском", "университете")


@pytest.fixture(scope="module")
def invented() -> MatchIndex:
    return build_match_index(INVENTED)


def _alignment(pairs: tuple[tuple[int, int, float], ...], size: int) -> Alignment:
    paired = {j for _, j, _ in pairs}
    unpaired = tuple(j for j in range(size) if j not in paired)
    return Alignment(1.0, 1.0, 0.5, len(pairs), 0, 1.0, False, False, pairs, unpaired)


@pytest.mark.parametrize(
    ("pairs", "fronted"),
    [
        (((0, 4, 1.0), (1, 1, 1.0), (2, 0, 1.0)), {2, 5}),  # Тартуский балтийский институт
        (((0, 1, 1.0), (1, 0, 1.0)), {2}),  # Балтийский институт: its noun only
        (((0, 0, 1.0), (1, 1, 1.0)), set()),  # Институт балтийский: the adjective stays after the head
        (((0, 0, 1.0), (1, 4, 1.0)), set()),
    ],
)
def test_the_noun_of_a_phrase_written_before_the_head_may_be_left_out(
    pairs: tuple[tuple[int, int, float], ...], fronted: set[int]
) -> None:
    assert fronted_nouns(_alignment(pairs, len(NAME)), NAME) == fronted


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Тартуский балтийский институт", "ru-undesirable-2030-12-21-baltic"),
        ("Тартуском балтийском институте", "ru-undesirable-2030-12-21-baltic"),
        ("Бернский альпийский фонд", "ru-undesirable-2030-12-23-alpine"),
    ],
)
def test_a_phrase_written_as_the_heads_adjective_is_a_short_form(invented: MatchIndex, query: str, org: str) -> None:
    found = match_name(invented, query)
    assert found and found[0].organization.id == org and found[0].score >= POSSIBLE_THRESHOLD
    assert any(r.code == "short_form" for r in found[0].reasons)


@pytest.mark.parametrize("query", ["Балтийский институт", "Польский центр", "Тартуский институт", "Альпийский фонд"])
def test_too_little_kept_is_no_short_form(invented: MatchIndex, query: str) -> None:
    assert not match_name(invented, query)

"""Ordinary words that look distinctive, and words that look like a name's:

- a word of another language or a transliteration that is an ordinary Russian word by the
  project's keys (Ukrainian «Музика» = «музыка», Czech ``Pravdy`` = «правды») weighs as an ordinary
  word for a query that writes it so (matching.disguised);
- a lone ordinary word that leaves out a telling word of the name is a weak match;
- a name taken after a kind word (``Фонд …``) is not a name of another kind (``… университет``);
- an acronym pairs only with a word spelled as it is, not with a word whose key is the group
  key of its synonyms;
- a word that adds to a name's word a letter no Russian case ending has is no case form of it.
"""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, build_match_index, match_name
from undesirable.matching.guesses import _inflected
from undesirable.matching.index import MatchIndex
from undesirable.model import Organization
from undesirable.names.translit import skeletonize_token

ORGS = (
    Organization(
        "ru-undesirable-2031-03-01-muzyka",
        "Благотворительный фонд «Музыка Вальдрен»",
        "Valdren Music Foundation",
        aliases=("Благодійний фонд «Музика Вальдрен»", "Музика Вальдрен"),
    ),
    Organization("ru-undesirable-2031-03-02-pravdy", None, "Spolecnost Pravdy Zelvanik"),
    Organization("ru-undesirable-2031-03-03-yasny", "Ясный университет", "Clear University"),
    Organization("ru-undesirable-2031-03-04-zut", "ЗУТ ФОНД", "ZUT Foundation"),
    Organization("ru-undesirable-2031-03-05-klooney", "Фонд Клуни за справедливость", "Clooney Foundation for Justice"),
)


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(ORGS)


def _found(index: MatchIndex, query: str, threshold: float = POSSIBLE_THRESHOLD) -> dict[str, float]:
    return {m.organization.id[26:]: m.score for m in match_name(index, query, threshold=threshold)}


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Благотворительный фонд Музыка", "muzyka"),  # «Музика» of the Ukrainian name is «музыка»
        ("Фонд Музыка", "muzyka"),
        ("Музыка", "muzyka"),  # a lone ordinary word
        ("Общество правды", "pravdy"),  # Czech «Pravdy» is «правды»
        ("Правды", "pravdy"),
    ],
)
def test_an_ordinary_word_in_another_spelling_is_no_possible_match(index: MatchIndex, query: str, org: str) -> None:
    assert org not in _found(index, query)
    weak = [m for m in match_name(index, query, threshold=0.4) if m.organization.id.endswith(org)]
    assert weak, query  # there for a screener who asks for weak matches


@pytest.mark.parametrize(
    ("query", "org", "lowest"),
    [
        ("Благодійний фонд «Музика Вальдрен»", "muzyka", 1.0),
        ("Музыка Вальдрен", "muzyka", STRONG_THRESHOLD),
        ("Музыки Вальдрен", "muzyka", STRONG_THRESHOLD),  # inflected
        ("фонда «Музика Вальдрен»", "muzyka", STRONG_THRESHOLD),
        ("Spolecnost Pravdy Zelvanik", "pravdy", 1.0),
        ("Pravdy Zelvanik", "pravdy", STRONG_THRESHOLD),  # its distinctive words
        ("Общество правды Zelvanik", "pravdy", POSSIBLE_THRESHOLD),
        ("Фонд Клуни", "klooney", STRONG_THRESHOLD),  # a surname the names show, though a word too
        ("Clooney Foundation", "klooney", STRONG_THRESHOLD),
    ],
)
def test_the_names_themselves_stay_found(index: MatchIndex, query: str, org: str, lowest: float) -> None:
    assert _found(index, query).get(org, 0.0) >= lowest, match_name(index, query, threshold=0.4)


def test_a_name_after_a_kind_word_is_not_a_name_of_another_kind(index: MatchIndex) -> None:
    for query in ("Фонд Ясная", "Фонд Ясный", "Фонд Ясного"):
        assert "yasny" not in _found(index, query), query
        weak = [m for m in match_name(index, query, threshold=0.4) if m.organization.id.endswith("yasny")]
        assert not weak or "type_conflict" in {r.code for r in weak[0].reasons}
    assert _found(index, "Фонд Ясный университет").get("yasny", 0.0) >= STRONG_THRESHOLD
    assert _found(index, "Университет Ясный").get("yasny", 0.0) >= POSSIBLE_THRESHOLD


def test_a_short_name_is_not_found_by_a_longer_word_that_only_begins_like_it(index: MatchIndex) -> None:
    assert "zut" not in _found(index, "Зутч")
    assert _found(index, "ЗУТ").get("zut", 0.0) >= POSSIBLE_THRESHOLD  # its own spelling


@pytest.mark.parametrize(
    ("word", "name_word", "inflected"),
    [
        ("доксе", "докса", True),
        ("доксой", "докса", True),
        ("зута", "зут", True),
        ("музыки", "музыка", True),
        ("зутч", "зут", False),  # ч ends no case form
        ("зутис", "зут", False),
        ("деви", "дэвис", False),
    ],
)
def test_a_case_form_ends_in_a_case_ending(word: str, name_word: str, inflected: bool) -> None:
    assert _inflected(word, skeletonize_token(word), skeletonize_token(name_word)) is inflected


def test_an_acronym_does_not_pair_with_a_synonym_groups_key() -> None:
    """«Пресса» meets "press" through its synonym group, whose key is spelled like an acronym PRES:
    the acronym is no word meaning press."""
    orgs = (
        Organization("ru-undesirable-2031-03-06-pres", None, "Pacific Research Education Society", acronyms=("PRES",)),
    )
    index = build_match_index(orgs)
    assert match_name(index, "PRES")  # the acronym itself
    for query in ("Пресса", "пресса", "Фонд Пресса"):
        assert not match_name(index, query, threshold=0.4), query

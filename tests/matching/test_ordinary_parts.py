"""A query made only of ordinary words that is a part of a longer name, leaving out what tells the
organization apart, is a weak match, said so (matching.guesses.ordinary_part); a whole name of
ordinary words, a short form, a name without only its place, its dedication, its initials or
another name of it after a dash, and a leading part several organizations share, keep their score."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, build_match_index, match_name
from undesirable.matching.guesses import SHORT_GUESS_SCORE
from undesirable.matching.index import MatchIndex
from undesirable.matching.reasons import LANGUAGES, Reason, reason_codes, render_reason
from undesirable.model import Organization
from undesirable.registry.bundled import load_bundled_organizations

ORGS = (
    Organization("ru-undesirable-2031-01-01-kaldero", "Молодёжный центр «Кальдеро»", "Kaldero Youth Centre"),
    Organization("ru-undesirable-2031-01-02-quill", None, "Quillmarsh Civic Rights Center"),
    Organization("ru-undesirable-2031-01-03-science", "Научный институт открытой экономики", None),
    Organization("ru-undesirable-2031-01-04-teachers", "Свободный учительский университет", None),
    Organization("ru-undesirable-2031-01-05-crafts", "Ассоциация ремесленников Балтики", None),
    Organization("ru-undesirable-2031-01-06-house", "Дом народного творчества имени Ивана Тарловского", None),
    Organization("ru-undesirable-2031-01-07-coastal", None, "Coastal Media Support Network CMSN"),
    Organization("ru-undesirable-2031-01-08-valdrina", "Вальдрина – сеть независимых редакций", None),
    Organization("ru-undesirable-2031-01-09-kestler", "Фонд имени Арнольда Кестлера", None),
    Organization("ru-undesirable-2031-01-10-harbour-choir", None, "Open Harbour Choir"),
    Organization("ru-undesirable-2031-01-11-harbour-theatre", None, "Open Harbour Theatre"),
    Organization("ru-undesirable-2031-01-12-bright", "Фонд «Ясная Россия»", None),
    Organization("ru-undesirable-2031-01-13-aid-fund", None, "Civic Harbour Institute Aid Fund"),
)


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(ORGS)


def _found(index: MatchIndex, query: str, threshold: float = POSSIBLE_THRESHOLD) -> dict[str, float]:
    return {m.organization.id[26:]: m.score for m in match_name(index, query, threshold=threshold)}


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("Молодёжный центр", "kaldero"),  # the coined name left out after the ordinary words
        ("Молодёжного центра", "kaldero"),  # in any case form
        ("Youth Centre", "kaldero"),
        ("Civic Rights Center", "quill"),  # the coined name left out before them
        ("Научный институт", "science"),  # a name of ordinary words, its telling rest left out
    ],
)
def test_a_part_of_ordinary_words_is_a_weak_match_said_so(index: MatchIndex, query: str, org: str) -> None:
    assert org not in _found(index, query)
    weak = [m for m in match_name(index, query, threshold=0.5) if m.organization.id.endswith(org)]
    assert weak, query  # still there for a screener who asks for weak matches
    assert weak[0].score <= SHORT_GUESS_SCORE
    assert "ordinary_part" in {r.code for r in weak[0].reasons}


def test_an_adjective_without_the_place_it_qualifies_is_no_possible_match(index: MatchIndex) -> None:
    assert "bright" not in _found(index, "Фонд Ясная")
    assert _found(index, "Фонд Ясная Россия").get("bright", 0.0) >= STRONG_THRESHOLD


@pytest.mark.parametrize(
    ("query", "org", "lowest"),
    [
        ("Свободный учительский университет", "teachers", 1.0),  # a whole name of ordinary words
        ("Центр Кальдеро", "kaldero", STRONG_THRESHOLD),  # its distinctive word with its kind word
        ("Quillmarsh Center", "quill", POSSIBLE_THRESHOLD),
        ("Фонд Кестлера", "kestler", STRONG_THRESHOLD),  # a short form
        ("Научный институт открытой экономики", "science", 1.0),
        ("Научный инстутит открытой экономики", "science", STRONG_THRESHOLD),  # a typo
        ("Ассоциация ремесленников", "crafts", POSSIBLE_THRESHOLD),  # without where it is
        ("Дом народного творчества", "house", POSSIBLE_THRESHOLD),  # without whom it is named after
        ("Coastal Media Support Network", "coastal", POSSIBLE_THRESHOLD),  # without its initials
        ("сеть независимых редакций", "valdrina", POSSIBLE_THRESHOLD),  # the name after the dash
        ("Civic Harbour Institute", "aid-fund", POSSIBLE_THRESHOLD),  # a whole name, then what it is of it
        ("Open Harbour", "harbour-choir", POSSIBLE_THRESHOLD),  # a leading part two names share
        ("Open Harbour", "harbour-theatre", POSSIBLE_THRESHOLD),
    ],
)
def test_names_and_short_forms_keep_their_score(index: MatchIndex, query: str, org: str, lowest: float) -> None:
    found = _found(index, query)
    assert found.get(org, 0.0) >= lowest, found
    match = next(m for m in match_name(index, query) if m.organization.id.endswith(org))
    assert "ordinary_part" not in {r.code for r in match.reasons}


def test_the_reason_is_catalogued_in_every_language() -> None:
    assert "ordinary_part" in reason_codes()
    texts = {lang: render_reason(Reason("ordinary_part"), lang) for lang in LANGUAGES}
    assert all(text and text != "ordinary_part" for text in texts.values()), texts
    assert texts["en"] != texts["ru"]


@pytest.fixture(scope="module")
def register() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    "query",
    ["Экологический фонд", "Европейский фонд", "European Foundation", "Human Rights Center"],
)
def test_ordinary_parts_of_register_names_are_no_possible_match(register: MatchIndex, query: str) -> None:
    assert not match_name(register, query), query


@pytest.mark.parametrize(
    ("query", "lowest"),
    [("Свободный университет", 1.0), ("Фонд Бёлля", STRONG_THRESHOLD), ("Черноморский фонд", STRONG_THRESHOLD)],
)
def test_whole_names_and_short_forms_of_the_register_stay(register: MatchIndex, query: str, lowest: float) -> None:
    found = match_name(register, query)
    assert found and found[0].score >= lowest, query

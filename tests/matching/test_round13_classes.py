"""Classes of the thirteenth held-out round, tested with invented names: a digit a Latin name
glues between letters read as the word it stands for (written out, or heard by ear); a name's
words written in the other script (by ear, a generic word's plural among them) keep the possible
match their keys reach."""

from __future__ import annotations

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.variants import KEPT_LEVEL, Variation, variant_penalty, variant_score
from undesirable.model import Organization

READ = (
    Organization("ru-undesirable-2030-08-01-help2kids", None, "Help2kids gGmbH", aliases=("Help2kids",)),
    Organization("ru-undesirable-2030-08-02-k4peace", None, "K4Peace Foundation", aliases=("K4Peace",)),
    Organization("ru-undesirable-2030-08-03-group-36", None, "Group 36"),
    Organization("ru-undesirable-2030-08-04-books", None, "Books for Children Trust"),
)


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(READ)


def best(index: MatchIndex, query: str) -> tuple[str, float, list[str]] | None:
    found = match_name(index, query)
    if not found:
        return None
    return found[0].organization.id[15:], found[0].score, [r.code for r in found[0].reasons]


@pytest.mark.parametrize(
    ("query", "org", "read"),
    [
        ("Help to Kids", "2030-08-01-help2kids", "2 = to"),
        ("Help two Kids", "2030-08-01-help2kids", "2 = two"),
        ("K for Peace", "2030-08-02-k4peace", "4 = for"),
        ("Кей фор Пис", "2030-08-02-k4peace", "4 = for"),  # the letter said by its name
        ("K for Peace Foundation", "2030-08-02-k4peace", "4 = for"),
    ],
)
def test_a_digit_read_as_a_word(index: MatchIndex, query: str, org: str, read: str) -> None:
    found = match_name(index, query)
    assert found and found[0].organization.id[15:] == org
    assert POSSIBLE_THRESHOLD <= found[0].score < 1.0  # a reading, not the name as written
    assert any(r.code == "digit_read" and r.values == {"digits": read} for r in found[0].reasons)
    assert not any(r.code in ("exact_name", "exact_alias") for r in found[0].reasons)


def test_heard_by_ear_a_number_word_reads_the_digit_too(index: MatchIndex) -> None:
    found = match_name(index, "Хелп ту Кидс")  # «ту», two by ear: the digit read as its number
    assert found and found[0].organization.id.endswith("help2kids") and found[0].score >= POSSIBLE_THRESHOLD
    assert {"digit_read", "numbers_as_words"} & {r.code for r in found[0].reasons}


def test_written_out_in_latin_is_strong(index: MatchIndex) -> None:
    found = best(index, "Help to Kids")
    assert found is not None and found[1] >= STRONG_THRESHOLD


@pytest.mark.parametrize(
    "query",
    [
        "Help Kids",  # the digit left out: no digit read
        "For Peace",  # the letter left out
        "Peace Foundation",
        "Help for Kids",  # another word than the digit's
        "Group thirty six",  # numbers that are numbers are read by their own rule, not this one
    ],
)
def test_readings_need_the_digit_read(index: MatchIndex, query: str) -> None:
    for match in match_name(index, query):
        assert not any(r.code == "digit_read" for r in match.reasons)
        if match.organization.id.endswith(("help2kids", "k4peace")):
            assert match.score < POSSIBLE_THRESHOLD, query


def test_a_name_with_the_word_itself_is_unchanged(index: MatchIndex) -> None:
    found = best(index, "Books for Children Trust")
    assert found is not None and found[1] == 1.0 and "digit_read" not in found[2]


@pytest.mark.parametrize(
    ("variation", "score"),
    [
        # the words in the other script, a generic word's plural heard by ear among them: kept possible
        (
            Variation(transliteration=True, equivalent=(("фаундейшнз", "foundations"),), function_words=("of",)),
            KEPT_LEVEL,
        ),
        (Variation(transliteration=True), KEPT_LEVEL),
        # a letter otherwise, another word order, or a word of another meaning: lowered as any variant
        (Variation(transliteration=True, letters=1), 0.7071 * 0.93),
        (Variation(transliteration=True, order=True), 0.7071 * 0.95),
        (Variation(transliteration=True, equivalent=(("фонд", "foundation"),)), 0.7071 * 0.93),
        (Variation(equivalent=(("fund", "foundation"),)), 0.7071 * 0.97),
    ],
)
def test_the_other_script_keeps_a_possible_match(variation: Variation, score: float) -> None:
    penalty = variant_penalty(variation, joined=False)
    assert variant_score(0.7071, penalty, variation) == pytest.approx(score)
    assert variant_score(0.69, penalty, variation) == pytest.approx(0.69 * (1 - penalty))  # below: stays below
    assert variant_score(0.95, penalty, variation) == pytest.approx(0.95 * (1 - penalty))  # above: lowered within


def test_the_kept_level_is_the_possible_match() -> None:
    assert KEPT_LEVEL == POSSIBLE_THRESHOLD

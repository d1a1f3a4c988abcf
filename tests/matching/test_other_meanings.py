"""A query that means something else as well, tested on register names other than the ones first
reported: initials of a register name that are a common code of something else (a state body, a
company); an ordinary word close in spelling or sound to a one-word name; a short code heard as a
much longer word."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, build_match_index, match_name
from undesirable.matching.index import MatchIndex
from undesirable.matching.initials import SHARED_DERIVED_ACRONYM_SCORE, initials_owners
from undesirable.matching.reasons import Reason, render_reason
from undesirable.matching.tables import comparable_lengths
from undesirable.names.normalize import analyze_word
from undesirable.names.vocabulary import is_common_code
from undesirable.registry.bundled import load_bundled_organizations

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "derive_common_codes.py"


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("CBA", "Come Back Alive"),
        ("APC", "Assembly of the Peoples of the Caucasus"),
        ("IMA", "International Memorial Association"),
        ("ФБР", "Фонд Будущее России"),
    ],
)
def test_initials_that_are_a_common_code_of_something_else_are_a_weak_match_said_so(
    index: MatchIndex, query: str, name: str
) -> None:
    assert match_name(index, query) == []
    found = match_name(index, query, threshold=0.5)
    assert len(found) == 1 and found[0].matched_name == name
    assert found[0].score == SHARED_DERIVED_ACRONYM_SCORE < POSSIBLE_THRESHOLD
    reason = found[0].reasons[0]
    assert reason.code == "initials_common_code"
    assert "common code" in render_reason(reason, "en") and "сокращение" in render_reason(reason, "ru")


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("ZLM", "Zentrum für die Liberale Moderne"),
        ("KHRPG", "Kharkiv Human Rights Protection Group"),
        ("ДЦВ", "Духовный центр «Возрождение»"),
        ("UCB", "University of California, Berkeley"),
    ],
)
def test_initials_of_a_register_name_that_are_a_rare_token_stay_a_possible_match(
    index: MatchIndex, query: str, name: str
) -> None:
    found = match_name(index, query)
    assert [m.matched_name for m in found] == [name]
    assert POSSIBLE_THRESHOLD <= found[0].score < STRONG_THRESHOLD
    assert found[0].reasons[0].code == "initials_unlisted"


def test_the_common_codes_hold_codes_of_other_things_and_no_initials_people_use_for_register_names() -> None:
    """The numbers behind the list's frequency floor (the script's docstring): codes at or above it,
    register initials in use below it."""
    for code in ("fsb", "dpr", "kpmg", "osce", "kgb", "csa", "ФСБ", "днр", "МВД", "ржд", "HSBC"):
        assert is_common_code(code), code
    for initials in ("npsia", "zlm", "khrpg", "mli", "fnf", "ucb", "rfe", "ДЦВ", "цнси"):
        assert not is_common_code(initials), initials
    for ordinary in ("care", "far", "как", "кот"):  # ordinary words are said to be so, not codes
        assert not is_common_code(ordinary), ordinary


def test_the_common_codes_file_says_where_it_comes_from_and_at_which_frequency() -> None:
    text = resources.files("undesirable.data").joinpath("common_codes.txt").read_text("utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    floor = re.search(r"^MIN_ZIPF = ([0-9.]+)$", SCRIPT.read_text("utf-8"), re.MULTILINE)
    assert floor and any(f"Zipf {floor.group(1)}" in line for line in header)
    assert any("derive_common_codes.py" in line and "wordfreq" in line for line in header)
    codes = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert all(3 <= len(code) <= 6 and code.isalpha() and code == code.lower() for code in codes)


def test_every_register_initials_the_list_calls_a_code_score_below_possible(index: MatchIndex) -> None:
    coded = [initials for initials in initials_owners(index) if is_common_code(initials)]
    assert len(coded) > 20
    for initials in coded:
        assert all(
            m.score < POSSIBLE_THRESHOLD
            for m in match_name(index, initials, threshold=0.5)
            if any(r.code.startswith("initials") for r in m.reasons)
        ), initials


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Crimes", "CrimeaSOS"),
        ("Correction", "CORRECTIV"),
        ("Battant", "Batani"),
        ("Bullshit", "Белсат"),
        ("Ashes", "ASEEES"),  # same key, other letters
        ("Stories", "IStories fonds"),  # a word of the general vocabulary, whoever else writes it
    ],
)
def test_an_ordinary_word_close_to_a_one_word_name_is_a_weak_match_said_so(
    index: MatchIndex, query: str, name: str
) -> None:
    found = [m for m in match_name(index, query, threshold=0.5) if name in m.organization.all_names()]
    assert found and all(m.score < POSSIBLE_THRESHOLD for m in found)
    assert "word_guess" in [r.code for r in found[0].reasons]
    assert "short_form" not in [r.code for r in found[0].reasons]
    assert "самостоятельное слово" in render_reason(Reason("word_guess"), "ru")


def test_a_word_other_register_names_write_is_no_misspelling_of_a_one_word_name(index: MatchIndex) -> None:
    # "Eurasian" is written by the Eurasian Harm Reduction Association and others
    found = match_name(index, "Eurasian", threshold=0.5)
    near = [m for m in found if m.matched_name == "Eurasianet"]
    assert near and near[0].score < POSSIBLE_THRESHOLD and near[0].reasons[-1].code == "word_guess"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Eurasiannet", "Eurasianet"),
        ("Belsatt", "Belsat"),
        ("Corrrectiv", "CORRECTIV"),
        ("Istoriess", "iStories"),
        ("Medusa", "Meduza"),  # a word the organization's own names write
    ],
)
def test_a_misspelled_one_word_name_that_is_no_other_word_stays_found(index: MatchIndex, query: str, name: str) -> None:
    found = match_name(index, query)
    assert found and found[0].matched_name == name
    assert not any(r.code in ("word_guess", "short_form") for r in found[0].reasons)


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Freedom Horse", "Freedom House"),
        ("Chatham Horse", "Chatham House"),
        ("Reporters Without Boarders", "Reporters Without Borders"),
        ("Human Rights Hose Foundation", "Human Rights House Foundation"),
    ],
)
def test_a_misspelling_that_is_a_word_counts_when_the_other_words_of_the_name_pair(
    index: MatchIndex, query: str, name: str
) -> None:
    found = match_name(index, query)
    assert found and found[0].matched_name == name and found[0].score >= STRONG_THRESHOLD
    assert not any(r.code in ("word_guess", "short_form") for r in found[0].reasons)


@pytest.mark.parametrize(("query", "name"), [("BLN", "Bellona Foundation"), ("MDS", "Meduza"), ("VCS", "Vuoksi")])
def test_a_short_code_is_not_heard_as_a_much_longer_word(index: MatchIndex, query: str, name: str) -> None:
    assert not any(m.matched_name == name for m in match_name(index, query, threshold=0.5))


def test_words_sound_alike_only_at_comparable_lengths() -> None:
    def key(word: str) -> str:
        return analyze_word(word).key

    assert comparable_lengths(key("юс"), key("youth"))  # Юропиан Либерал Юс
    assert comparable_lengths(key("хадсоновский"), key("hudson"))
    assert not comparable_lengths(key("csa"), key("caucasus"))
    assert not comparable_lengths(key("mds"), key("meduza"))
    assert comparable_lengths("fnd", "#foundation")  # a generic word stands for fund, фонд


@pytest.mark.parametrize(("query", "name"), [("Инсайдер", "The Insider"), ("Амнистия", "Amnesty International")])
def test_a_russian_word_heard_as_a_latin_name_is_how_the_name_is_written_in_russian(
    index: MatchIndex, query: str, name: str
) -> None:
    found = match_name(index, query)
    assert found and name in found[0].organization.all_names()
    assert not any(r.code == "word_guess" for r in found[0].reasons)


@pytest.mark.parametrize(
    "query",
    [
        "Ингушский университет",  # a Russian adjective whose sound key only begins like Young's
        "Canada School",  # a country by the consonants of a surname (Kennedy)
        "Аналитический совет",  # a word two letters from the Atlantic Council's adjective
        "Ингушский государственный университет",
    ],
)
def test_an_ordinary_word_beside_a_kind_word_is_no_guess_at_a_name(index: MatchIndex, query: str) -> None:
    """A word of the general vocabulary paired only by a guess stays a guess when the name's kind
    word is named too; a Russian word is borrowed from a Latin one only when their letters are alike."""
    assert [m.organization.id for m in match_name(index, query, threshold=POSSIBLE_THRESHOLD)] == []


@pytest.mark.parametrize(
    ("query", "org_id"),
    [
        ("Университет Йеля", "ru-undesirable-2025-07-11-yale-university"),
        ("Инсайдер", "ru-undesirable-953-r-2022-07-26"),
        ("Школа Кеннеди", "ru-undesirable-2026-06-19-harvard-kennedy-school"),
        ("Young University", "ru-undesirable-2025-06-02-brigham-young-university"),
    ],
)
def test_names_heard_or_borrowed_beside_a_kind_word_stay_found(index: MatchIndex, query: str, org_id: str) -> None:
    found = match_name(index, query, threshold=POSSIBLE_THRESHOLD)
    assert found and found[0].organization.id == org_id

"""Short words paired on a guess, names the register glues written apart, numbers written in words,
names of ordinary words named by their place, legal forms of every country the register's entries
come from."""

from __future__ import annotations

from collections import Counter
from functools import cache
from importlib import resources

import pytest
from rapidfuzz.distance import OSA

from undesirable.matching import POSSIBLE_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.matching.guesses import SHORT_GUESS_LENGTH, SHORT_GUESS_SCORE
from undesirable.names.normalize import analyze_word, normalize_name
from undesirable.names.numbers import number_reading
from undesirable.names.translit import skeletonize_token
from undesirable.registry.bundled import load_bundled_organizations


@cache
def index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


def _top(query: str) -> tuple[str, float, tuple[str, ...]] | None:
    found = match_name(index(), query, threshold=0.5)
    if not found:
        return None
    best = found[0]
    return best.organization.id, best.score, tuple(r.code for r in best.reasons)


def test_short_guess_length_is_where_nearly_every_word_has_a_neighbour_one_edit_away() -> None:
    """The general vocabulary's keys of up to SHORT_GUESS_LENGTH letters nearly all lie one letter
    edit from another word; from the next length on, clearly fewer do."""
    text = resources.files("undesirable.data").joinpath("general_words.txt").read_text("utf-8")
    keys = {
        skeletonize_token(part)
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
        for part in normalize_name(line).split()
    }
    by_deletion: dict[str, set[str]] = {}
    for key in keys:
        for variant in {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}:
            by_deletion.setdefault(variant, set()).add(key)
    words, near = Counter[int](), Counter[int]()
    for key in keys:
        if len(key) > SHORT_GUESS_LENGTH + 1:
            continue
        close = set().union(*(by_deletion[key[:i] + key[i + 1 :]] for i in range(len(key))), by_deletion[key])
        words[len(key)] += 1
        near[len(key)] += any(c != key and OSA.distance(c, key) <= 1 for c in close)
    share = {length: near[length] / words[length] for length in words}
    assert all(share[length] >= 0.95 for length in range(3, SHORT_GUESS_LENGTH + 1)), share
    assert share[SHORT_GUESS_LENGTH + 1] < 0.9, share


@pytest.mark.parametrize(
    "query", ["ООО «Бота»", "ЗАО «Вило»", "ИП «Випо»", "ICJ", "ACU", "Кафе «Бота»", "Ресторан «У Ерота»"]
)
def test_one_short_word_close_to_a_listed_one_is_no_possible_match(query: str) -> None:
    found = match_name(index(), query, threshold=0.5)
    for match in found:
        if "short_word_guess" in {r.code for r in match.reasons}:
            assert match.score <= SHORT_GUESS_SCORE < POSSIBLE_THRESHOLD
    wrong = [m for m in found if m.score >= POSSIBLE_THRESHOLD and "acronym" not in {r.code for r in m.reasons}]
    assert not wrong, [(m.organization.id, m.score) for m in wrong]


def test_an_acronym_is_not_heard_by_ear_as_another() -> None:
    found = match_name(index(), "фонд «AVSI»", threshold=0.5)
    assert found[0].organization.acronyms == ("AVSI",)
    assert all(m.score < POSSIBLE_THRESHOLD for m in found[1:]), [(m.organization.id, m.score) for m in found]


@pytest.mark.parametrize(
    ("query", "acronym_or_word"),
    [
        ("Университет Йеля", "Yale University"),  # the university named with it
        ("Доксой", "Doxa"),  # a Russian case ending
        ("Хьюман Райтс Вотч", "Human Rights Watch"),  # several short words heard by ear agree
    ],
)
def test_a_short_word_with_more_to_go_on_is_still_found(query: str, acronym_or_word: str) -> None:
    found = match_name(index(), query)
    assert found, query
    names = {n for m in found for n in m.organization.all_names()}
    assert acronym_or_word in names or any(acronym_or_word in n for n in names)


@pytest.mark.parametrize(
    ("query", "name"), [("MB Action 4 life", "Action4life"), ("Crimea SOS", "CrimeaSOS"), ("B4Ukraine", "B4Ukraine")]
)
def test_a_name_the_register_glues_is_found_written_apart(query: str, name: str) -> None:
    top = _top(query)
    assert top is not None
    org = next(o for o in load_bundled_organizations() if o.id == top[0])
    assert any(name.lower() in n.lower().replace(" ", "") for n in org.all_names())
    assert top[1] >= POSSIBLE_THRESHOLD


@pytest.mark.parametrize(
    ("written", "form"),
    [
        *((f, f) for f in ["ApS", "AB", "Oy", "Oyj", "ASA", "SE", "KG", "S.r.l.", "SAS", "Kft.", "d.o.o."]),
        ("Gesellschaft mbH", "GmbH"),
        ("gemeinnützige Gesellschaft mbH", "gGmbH"),
    ],
)
def test_a_legal_form_of_the_registers_countries_is_left_out(written: str, form: str) -> None:
    found = match_name(index(), f"Human Rights House Foundation {written}")
    assert found and found[0].score >= 0.9
    assert form in {r.values.get("form") for r in found[0].reasons if r.code == "legal_form_ignored"}


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Calvert Twenty-Two Foundation", "Calvert 22 Foundation"),
        ("Артикл Найнтин", "Article 19"),
        ("Article Nineteen", "Article 19"),
    ],
)
def test_a_number_written_in_words_meets_its_digits(query: str, name: str) -> None:
    found = match_name(index(), query)
    assert found and name in found[0].organization.all_names()
    codes = {r.code for r in found[0].reasons}
    assert "numbers_as_words" in codes and "exact_name" not in codes
    assert POSSIBLE_THRESHOLD <= found[0].score < 1.0


def test_number_words_are_read_as_one_number_or_several() -> None:
    def read(text: str) -> list[str] | None:
        found = number_reading([analyze_word(w) for w in normalize_name(text).split()])
        return None if found is None else [t.text for t in found]

    assert read("Твенти Ту Фаундейшн") == ["22", "фаундейшн"]
    assert read("twenty-two") == ["22"]
    assert read("two twenty") == ["2", "20"]
    assert read("Фонд Бёлля") is None


@pytest.mark.parametrize("query", ["Университет Беркли", "Беркли Юниверсити"])
def test_a_university_named_by_its_place_and_its_type(query: str) -> None:
    found = match_name(index(), query)
    assert found and "University of California, Berkeley" in found[0].organization.all_names()


@pytest.mark.parametrize("query", ["Russia Forum", "Europe Radio", "Berkeley College"])
def test_a_place_many_names_share_or_another_type_names_none(query: str) -> None:
    assert not match_name(index(), query)

"""A one-word name whose capital says nothing (rule ``named``): a Latin word (English writes brands,
places and people with a capital) or a Russian word the dictionary does not know as an ordinary
word counts in quotes, or with a cue word, an organization's act right after it or another mention
nearby; a Russian writing of a Latin ordinary word is as ordinary as the word it borrows; a Latin
name heard in a Cyrillic word is not looked for in the entry's own Russian name."""

from __future__ import annotations

import pytest

from tests.scanning.conftest import found
from undesirable.model import Organization
from undesirable.registry.bundled import load_bundled_organizations
from undesirable.scanning import ScanIndex
from undesirable.scanning.heard_words import find_heard_words
from undesirable.scanning.rules import borrows_ordinary_word, capital_is_no_mark

INVENTED = (
    Organization("ru-undesirable-2030-08-01-lantern", "Лантерн", "Lantern", aliases=("Lantern",)),
    Organization("ru-undesirable-2030-08-02-borealida", "Бореалида", "Borealida", aliases=("Borealida",)),
)


@pytest.mark.parametrize(
    "text",
    [
        "A Carnegie medal hung on the wall of the school.",
        "The ferry from Vigo was two hours late.",
        "В переводе романа фамилия Риддл встречается на каждой странице.",
        "A Lantern torch and a spare battery lay in the drawer.",
        "Легенда о Лантерне вдохновляла поэтов.",
    ],
)
def test_a_capital_alone_does_not_name_the_organization(
    scan_index: ScanIndex, invented_index: ScanIndex, text: str
) -> None:
    assert found(scan_index, text) == []
    assert found(invented_index, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts at Carnegie warned that the sanctions work.", ("Carnegie", "896-r-2024-07-18")),
        ("Yesterday Vigo filed a complaint for the activists.", ("Vigo", "2026-01-26-vigo-law-firm")),
        ("Колонку для «Риддла» написал историк.", ("Риддла", "1698-r-2022-12-13")),
        ("Риддл опубликовал интервью с экономистом.", ("Риддл", "1698-r-2022-12-13")),
    ],
)
def test_quotes_a_cue_or_an_act_name_it(scan_index: ScanIndex, text: str, expected: tuple[str, str]) -> None:
    assert expected in found(scan_index, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foundation Lantern published a report.", [("Lantern", "2030-08-01-lantern")]),
        ("Lantern filed a lawsuit in Riga.", [("Lantern", "2030-08-01-lantern")]),
        ("Фонд «Лантерн» провёл экспедицию.", [("Лантерн", "2030-08-01-lantern")]),
        ("Лантерн опубликовал доклад об Арктике.", [("Лантерн", "2030-08-01-lantern")]),
    ],
)
def test_invented_names_both_ways(invented_index: ScanIndex, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(invented_index, text) == expected


def test_a_name_of_no_ordinary_word_needs_no_mark(invented_index: ScanIndex) -> None:
    assert found(invented_index, "Легенда о Бореалиде вдохновляла поэтов.") == [("Бореалиде", "2030-08-02-borealida")]


def test_which_words_a_capital_does_not_mark() -> None:
    assert capital_is_no_mark("carnegie") and capital_is_no_mark("бореалида")
    assert not capital_is_no_mark("медуза") and not capital_is_no_mark("дождь")


def test_a_russian_writing_borrows_the_latin_words_ordinariness() -> None:
    assert borrows_ordinary_word("лантерн", ("Лантерн", "Lantern"))  # lantern: a general word
    assert borrows_ordinary_word("риддл", ("Риддл", "Riddle"))
    assert not borrows_ordinary_word("беллингкэт", ("Беллингкэт", "Bellingcat"))  # no ordinary word
    assert not borrows_ordinary_word("бореалида", ("Бореалида", "Borealida"))  # no ordinary word
    assert not borrows_ordinary_word("лантерн", ("Лантерн", "Lighthouse"))  # another word


def test_a_russian_writing_of_an_ordinary_word_is_no_name_in_lower_case(invented_index: ScanIndex) -> None:
    assert found(invented_index, "Старый лантерн висел над дверью.") == []
    assert found(invented_index, "Издание «Лантерн» опубликовало доклад.") == [("Лантерн", "2030-08-01-lantern")]


def test_a_latin_name_is_not_heard_in_its_own_russian_name(scan_index: ScanIndex) -> None:
    orgs = {o.id for o in load_bundled_organizations() if "Bellingcat" in (o.name_en or "")}
    heard = {c.org.id for c in find_heard_words(scan_index.heard_words, "Вчера Беллингкэт выпустил доклад.")}
    assert orgs and not heard & orgs
    assert {c.org.id for c in find_heard_words(scan_index.heard_words, "Вчера Беллингкат выпустил доклад.")} & orgs

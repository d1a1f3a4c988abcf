"""Names a text may use: legal forms dropped, quoted and bracketed parts, acronyms apart."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning.aliases import before_dash, derive_aliases
from undesirable.scanning.lists import load_scan_lists


def words_of(org: Organization) -> set[tuple[str, ...]]:
    return {spec.words for spec in derive_aliases(org, load_scan_lists()) if not spec.acronym}


def test_legal_forms_and_articles_are_optional() -> None:
    org = Organization("x", "Фонд борьбы с коррупцией Инк.", "Bellingcat Ltd.", aliases=("The Insider",))
    assert {("фонд", "борьбы", "с", "коррупцией"), ("bellingcat",), ("insider",), ("the", "insider")} <= words_of(org)


def test_quoted_part_after_a_kind_of_organization_is_a_name_too() -> None:
    specs = derive_aliases(Organization("x", "Международная ассоциация «Мемориал»", None), load_scan_lists())
    derived = [s for s in specs if s.derived]
    assert [(s.words, s.name) for s in derived] == [(("мемориал",), "Мемориал")]


def test_nested_quotes_give_each_part() -> None:
    org = Organization("x", "Общественный Союз «Международное Общественное Движение «Аллатра»", None)
    assert ("аллатра",) in words_of(org)


@pytest.mark.parametrize(
    "name", ["Европейская ассоциация «Фалунь Дафа»", "Религиозный центр «Свидетелей Иеговы» в Украине"]
)
def test_quoted_part_that_names_something_else_is_not_taken(name: str) -> None:
    assert len(words_of(Organization("x", name, None))) == 1


def test_brackets_hold_names_but_not_notes_countries_or_legal_forms() -> None:
    org = Organization(
        "x",
        "Антивоенный комитет (Швеция)",
        "Člověk v tísni (People in Need)",
        aliases=("Transparency (register spelling)", "Medusa Project (SIA)"),
    )
    words = words_of(org)
    assert ("people", "in", "need") in words and ("антивоенный", "комитет") in words
    assert not {("швеция",), ("register", "spelling"), ("sia",)} & words


def test_acronyms_are_kept_as_written() -> None:
    org = Organization("x", None, "RAND Corporation", aliases=("RFE/RL", "ZOiS"), acronyms=("ZOiS",))
    acronyms = {s.words[0] for s in derive_aliases(org, load_scan_lists()) if s.acronym}
    assert acronyms == {"RAND", "RFE/RL", "ZOiS"}


def test_ignored_strings_give_nothing() -> None:
    assert words_of(Organization("x", None, None, aliases=("Inc.", "z. s.", "law firm"))) == set()


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Verein für Küstenschutz – Küste Nord", "Verein für Küstenschutz"),
        ("Association of Free Reporters — Fund 7/12", "Association of Free Reporters"),
        ("Zentrum für Ostsee – und Nordseestudien", None),  # one name broken at a hyphen
        ("Küstenschutz – Nord", None),  # one word before the dash
        ("Verein Küstenschutz — Schweiz", None),  # the country of a branch after it
        ("Сообщество «Берег Будущего — Нордланд»", None),  # inside quotes
        ("Verein-für-Küstenschutz", None),
    ],
)
def test_the_name_before_a_dash_that_sets_a_second_name(name: str, head: str | None) -> None:
    assert before_dash(name) == head


def test_a_german_name_without_its_umlauts() -> None:
    org = Organization("ru-undesirable-2030-06-01-kuste", None, "Verein für Küstenschutz – Küste Nord e.V.")
    words = {spec.words for spec in derive_aliases(org, load_scan_lists())}
    assert ("verein", "fur", "kustenschutz") in words  # the marks dropped
    assert ("verein", "fuer", "kuestenschutz") in words  # spelled out

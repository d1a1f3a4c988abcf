"""Names a text may use: legal forms dropped, quoted and bracketed parts, acronyms apart."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning.aliases import derive_aliases
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

"""What is not part of a name, on the register's own raw names (registry-facts.csv, verbatim)."""

from __future__ import annotations

import csv
import json
import re
from importlib.resources import files
from pathlib import Path

import pytest

from undesirable.names.fragments import is_acronym
from undesirable.names.parse import parse_register_name

FACTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "registry-facts.csv"
CHURCH = (
    "CHURCH OF SPIRITUAL TECHNOLOGY (Church of Spiritual Technology, CST, «Церковь Духовной Технологии», "
    "использующая также наименование «L. Ron Hubbard Library» («Библиотека Л. Рона Хаббарда») (США)"
)
ZMINA = (
    "«Центр iнформацiï про права людини» («Центр информации о правах человека»), другое используемое "
    "наименование: «Центр прав людини ZMINA» («Центр прав человека ЗМИНА») (Украина)"
)
ITF = (
    "«Международная федерация транспортных рабочих» («International Transport Workers Federation»), "
    "Великобритания, Лондон"
)
MARKER_WORDS = re.compile(r"использу\w*|наименовани\w*|названи\w*|известн\w+ как", re.IGNORECASE)


def _raw_names() -> list[str]:
    with FACTS.open(encoding="utf-8") as handle:
        return [row["raw_name"] for row in csv.DictReader(handle)]


def _legal_spellings() -> set[str]:
    data = json.loads(files("undesirable.data").joinpath("legal_forms.json").read_text("utf-8"))
    return {s.casefold() for f in data["forms"] for s in (f["display"], *f.get("aliases", ())) if s and s.isascii()}


@pytest.mark.parametrize(("raw", "alias"), [(CHURCH, "L. Ron Hubbard Library"), (ZMINA, "Центр прав людини ZMINA")])
def test_an_alias_marker_is_not_part_of_the_alias(raw: str, alias: str) -> None:
    parsed = parse_register_name(raw)
    assert alias in parsed.aliases
    assert not any(MARKER_WORDS.search(n) for n in (parsed.name_ru, parsed.name_en, *parsed.aliases) if n)


def test_no_name_of_the_register_keeps_marker_words() -> None:
    for raw in _raw_names():
        parsed = parse_register_name(raw)
        names = [n for n in (parsed.name_ru, parsed.name_en, *parsed.aliases) if n]
        assert not any(MARKER_WORDS.search(n) and not MARKER_WORDS.search(raw.split("(")[0]) for n in names), raw


def test_a_city_after_the_country_is_a_city() -> None:
    parsed = parse_register_name(ITF)
    assert (parsed.country, parsed.country_code, parsed.city) == ("Великобритания", "GB", "Лондон")
    assert parsed.review_reasons == ()


@pytest.mark.parametrize(
    ("raw", "english", "other"),
    [
        ("«Фонд Открытой Эстонии» (Avatud Eesti Fond SA, Open Estonia Foundation) Эстонская Республика",
         "Open Estonia Foundation", "Avatud Eesti Fond SA"),
        ("«Člověk v tísni, o.p.s» («People In Need», «Человек в беде») (Чешская Республика)",
         "People In Need", "Člověk v tísni, o.p.s"),
    ],
)  # fmt: skip
def test_the_english_one_of_two_latin_names_is_name_en(raw: str, english: str, other: str) -> None:
    parsed = parse_register_name(raw)
    assert parsed.name_en == english
    assert other in parsed.aliases


def test_legal_forms_and_acronyms_are_not_left_in_the_latin_name() -> None:
    forms = _legal_spellings()
    checked = 0
    for raw in _raw_names():
        parsed = parse_register_name(raw)
        if parsed.name_en is None:
            continue
        words = parsed.name_en.replace(",", " ").split()
        for edge, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
            if edge.casefold().rstrip(".") in {f.rstrip(".") for f in forms}:
                assert len(rest) == 1 and is_acronym(rest[0]), raw  # kept only when no name would be left
        assert not any(a in re.findall(r"\(([^()]+)\)", parsed.name_en) for a in parsed.acronyms), raw
        checked += 1
    assert checked > 300


@pytest.mark.parametrize(
    ("raw", "name_en", "acronym"),
    [
        ("Zentrum fur Osteuropa – und internationale Studien (ZOiS) gGmbH («Центр восточноевропейских и "
         "международных исследований»), ФРГ", "Zentrum fur Osteuropa – und internationale Studien", "ZOiS"),
        ("Limited liability company (SIA) «Medusa Project» («Проект Медуза»), Латвийская Республика",
         "Medusa Project", None),
    ],
)  # fmt: skip
def test_the_full_latin_string_stays_an_alias(raw: str, name_en: str, acronym: str | None) -> None:
    parsed = parse_register_name(raw)
    assert parsed.name_en == name_en
    assert any(name_en in alias and alias != name_en for alias in parsed.aliases)
    assert (acronym in parsed.acronyms) if acronym else parsed.acronyms == ()


def test_ukrainian_written_with_latin_i_is_not_the_russian_name() -> None:
    parsed = parse_register_name(ZMINA)
    assert parsed.name_ru == "Центр информации о правах человека"
    assert "Центр iнформацiï про права людини" in parsed.aliases


def test_the_name_people_know_comes_from_the_annotations() -> None:
    from undesirable.registry.bundled import load_bundled_organizations

    (meduza,) = [o for o in load_bundled_organizations() if o.name_en == "Medusa Project"]
    assert "Meduza" in meduza.aliases


_SERIAL_ENUMERATION = re.compile(r"\b[A-Z]\w+, [A-Z]\w+(?: \w+)?, [A-Z][\w ]*? (?:and|und|et|&) \w")


def test_a_serial_enumeration_inside_a_latin_name_is_one_name() -> None:
    """``Health, Rights, Gender and Sexual Diversity``: the commas of a list inside a name do not cut
    it into names (the curated English name of registry-facts.csv is the whole name)."""
    with FACTS.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if _SERIAL_ENUMERATION.search(r["raw_name"].split("(")[0])]
    assert len(rows) >= 2
    for row in rows:
        parsed = parse_register_name(row["raw_name"])
        assert parsed.name_en == row["name_en"], row["raw_name"]
        items = row["name_en"].split(", ")[1:-1]
        assert not set(items) & set(parsed.aliases)


@pytest.mark.parametrize(
    ("raw", "aliases"),
    [
        (
            "Open Russia Civic Movement, Open Russia (Общественное сетевое движение «Открытая Россия»)",
            ("Open Russia",),
        ),
        ("Peace Fund (RASA, CSCE, Peace and Democracy Fund) (США)", ("Peace and Democracy Fund",)),
    ],
)
def test_a_list_of_names_is_not_an_enumeration(raw: str, aliases: tuple[str, ...]) -> None:
    assert set(aliases) <= set(parse_register_name(raw).aliases)

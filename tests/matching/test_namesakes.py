"""A person's name alone is the namesake, not the organization called after him: one rule
(undesirable.names.persons) for ``check`` and ``scan``, on the register's own names
(registry-facts.csv) and on entries the register may add tomorrow."""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

import pytest

from undesirable.matching import POSSIBLE_THRESHOLD, STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.model import Organization
from undesirable.registry.bundled import load_bundled_organizations
from undesirable.scanning import ScanIndex, build_scan_index, scan_text

FACTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "registry-facts.csv"

NAMESAKES = [  # a person's name as people write it, and a word of the English names called after him
    ("Борис Немцов", "Nemtsov"), ("Boris Nemtsov", "Nemtsov"), ("Бориса Немцова", "Nemtsov"),
    ("Андрей Сахаров", "Sakharov"), ("Andrei Sakharov", "Sakharov"), ("Андрею Сахарову", "Sakharov"),
    ("Генрих Бёлль", "Böll"), ("Heinrich Böll", "Böll"), ("Генриха Белля", "Böll"),
    ("Фридрих Эберт", "Ebert"), ("Friedrich Ebert", "Ebert"),
    ("Конрад Аденауэр", "Adenauer"), ("Konrad Adenauer", "Adenauer"),
    ("Woodrow Wilson", "Wilson"), ("Вудро Вильсон", "Wilson"),
    ("Friedrich Naumann", "Naumann"), ("Фридрих Науманн", "Naumann"),
    ("Robert Carr", "Carr"), ("Роберт Карр", "Carr"),
    ("John Smith", "Smith"), ("Джон Смит", "Smith"),
    ("Elton John", "Elton"), ("Элтон Джон", "Elton"),
    ("Rosa Luxemburg", "Luxemburg"), ("Роза Люксембург", "Luxemburg"),
    ("Stefan Batory", "Batory"), ("Henry Jackson", "Jackson"), ("George Washington", "Washington"),
    ("Lev Kopelev", "Kopelev"), ("Лев Копелев", "Kopelev"),
]  # fmt: skip

SHORT_FORMS = [  # the organization's own short forms: a head word beside the person's name
    ("Фонд Бориса Немцова", "Nemtsov"), ("Boris Nemtsov Foundation", "Nemtsov"), ("Фонд Немцова", "Nemtsov"),
    ("Heinrich Böll Foundation", "Böll"), ("Фонд Бёлля", "Böll"), ("Фонд Генриха Бёлля", "Böll"),
    ("Фонд Эберта", "Ebert"), ("Фонд Аденауэра", "Adenauer"), ("Wilson Center", "Wilson"),
    ("Фонд Андрея Сахарова", "Sakharov Foundation"), ("Robert Carr Fund", "Carr"),
    ("Фонд Элтона Джона", "Elton"),  # two given names: the last is the surname, and tells which person
]  # fmt: skip


@cache
def _expected(word: str) -> frozenset[str]:
    """The bundled register's ids of the entries whose English names in registry-facts.csv have ``word``."""
    with FACTS.open(encoding="utf-8") as handle:
        rows = [
            row
            for row in csv.DictReader(handle)
            if re.search(rf"\b{re.escape(word)}\b", f"{row['name_en']}; {row['aliases']}", re.IGNORECASE)
        ]
    assert rows, word
    names = {row[column].casefold() for row in rows for column in ("name_en", "name_ru") if row[column]}
    found = {org.id for org in load_bundled_organizations() if names & {n.casefold() for n in org.all_names()}}
    assert len(found) >= len({row["name_en"] for row in rows}), names
    return frozenset(found)


def _same_words(a: str, b: str) -> bool:
    return a.casefold().replace("ё", "е") == b.casefold().replace("ё", "е")


@pytest.fixture(scope="module")
def match_index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.fixture(scope="module")
def scan_index() -> ScanIndex:
    return build_scan_index(load_bundled_organizations())


@pytest.mark.parametrize(("query", "word"), NAMESAKES)
def test_check_a_persons_name_is_below_a_possible_match_said_to_be_the_namesake(
    match_index: MatchIndex, query: str, word: str
) -> None:
    assert match_name(match_index, query) == []  # at the default threshold: the person is not listed
    by_id = {m.organization.id: m for m in match_name(match_index, query, threshold=0.5)}
    for org_id in _expected(word):  # asked for weaker matches, the organizations called after him
        found = by_id[org_id]
        assert found.score < POSSIBLE_THRESHOLD
        named = [r for r in found.reasons if r.code == "named_after"]
        assert named and _same_words(str(named[0].values["person"]), query)
        json = named[0].to_json()["text"]
        person = str(named[0].values["person"])
        assert person in json["en"] and person in json["ru"] and json["en"] != json["ru"]


@pytest.mark.parametrize(("query", "word"), NAMESAKES)
def test_scan_a_persons_name_is_no_mention(scan_index: ScanIndex, query: str, word: str) -> None:
    sentence = f"{query} выступил с речью." if re.search("[а-я]", query) else f"{query} gave a speech."
    assert scan_text(scan_index, sentence) == []


@pytest.mark.parametrize(("query", "word"), SHORT_FORMS)
def test_with_a_head_word_it_is_the_organization(
    match_index: MatchIndex, scan_index: ScanIndex, query: str, word: str
) -> None:
    best = match_name(match_index, query)[0]
    assert best.organization.id in _expected(word) and best.score >= STRONG_THRESHOLD
    assert all(r.code != "named_after" for r in best.reasons)
    sentence = f"{query} выступил с заявлением." if re.search("[а-я]", query) else f"The {query} issued a statement."
    assert {m.organization.id for m in scan_text(scan_index, sentence)} & _expected(word)


@pytest.mark.parametrize(("query", "word"), [("AIDS Foundation", "Elton"), ("Фонд по борьбе со СПИДом", "Elton")])
def test_a_short_form_never_leaves_out_the_person(
    match_index: MatchIndex, scan_index: ScanIndex, query: str, word: str
) -> None:
    found = [m for m in match_name(match_index, query, threshold=0.3) if m.organization.id in _expected(word)]
    assert found and all(m.score < STRONG_THRESHOLD and "short_form" not in {r.code for r in m.reasons} for m in found)
    assert not {m.organization.id for m in scan_text(scan_index, f"{query}: отчёт за год.")} & _expected(word)


def test_an_entry_added_tomorrow_follows_the_same_rule() -> None:
    orgs = [
        Organization("petrov", "Фонд Ивана Петрова", "Ivan Petrov Foundation"),
        Organization("arendt", "Институт Ханны Арендт", "Hannah Arendt Institute"),
    ]
    index, scanner = build_match_index(orgs), build_scan_index(orgs)
    for person, org_id in (("Иван Петров", "petrov"), ("Ivan Petrov", "petrov"), ("Hannah Arendt", "arendt")):
        assert match_name(index, person) == []
        matches = match_name(index, person, threshold=0.5)
        assert [m.organization.id for m in matches] == [org_id]
        assert matches[0].score < POSSIBLE_THRESHOLD and matches[0].reasons[0].code == "named_after"
        assert scan_text(scanner, f"Вчера {person} говорил о свободе.") == []
    shorts = (("Фонд Петрова", "petrov"), ("Ivan Petrov Foundation", "petrov"), ("Arendt Institute", "arendt"))
    for short, org_id in shorts:
        assert match_name(index, short)[0].score >= STRONG_THRESHOLD
        assert [m.organization.id for m in scan_text(scanner, f"Грант дал {short}.")] == [org_id]


def test_a_namesake_asked_for_is_a_weak_match_in_a_batch_not_a_possible_one(match_index: MatchIndex) -> None:
    """Below a possible match, a row says ``weak``: "possible" would state what the score does not."""
    from undesirable.matching.match import match_level
    from undesirable.screening import RESULT_COLUMNS, Screener, screen_cell

    assert [match_level(s) for s in (0.95, STRONG_THRESHOLD, 0.8, POSSIBLE_THRESHOLD, 0.6)] == [
        "strong", "strong", "possible", "possible", "weak",
    ]  # fmt: skip
    cells = screen_cell("Heinrich Böll", None, screener=Screener(match_index, threshold=0.5), as_of=None)
    row = dict(zip(RESULT_COLUMNS, cells, strict=True))
    assert float(row["match_score"]) < POSSIBLE_THRESHOLD and row["match_level"] == "weak"

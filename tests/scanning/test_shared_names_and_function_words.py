"""Entries that share a name inside a longer name, and names with function words added or dropped."""

from __future__ import annotations

import pytest

from undesirable.scanning import ScanIndex, scan_text


def ids(index: ScanIndex, text: str) -> set[str]:
    return {m.organization.id for m in scan_text(index, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the foundation's name, short: its quoted name is the spiritual centre's too
            "Прихожане «Возрождения» Владимира Мунтяна собрались на молитву.",
            {"ru-undesirable-1596-r-2022-11-25", "ru-undesirable-1597-r-2022-11-25"},
        ),
        (  # the same in Ukrainian, as the register writes it (a Latin I inside Cyrillic words)
            "Прихильники «ВIДРОДЖЕННЯ» Володимира Мунтяна зібралися на молитву.",
            {"ru-undesirable-1596-r-2022-11-25", "ru-undesirable-1597-r-2022-11-25"},
        ),
    ],
)
def test_a_name_held_in_quotes_by_a_short_form_is_shared(scan_index: ScanIndex, text: str, expected: set[str]) -> None:
    assert ids(scan_index, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written in full, a name says which entry it is
        (
            "Общественное сетевое движение «Открытая Россия» провело акцию в Москве.",
            {"ru-undesirable-556-r-2017-04-27"},
        ),
        (
            "Die Helpdesk Media gUG (haftungsbeschränkt) hat Anwälte bezahlt.",
            {"ru-undesirable-2026-07-03-helpdesk-media-gug-haftungsbeschrankt"},
        ),
    ],
)
def test_a_name_written_in_full_is_one_entry(scan_index: ScanIndex, text: str, expected: set[str]) -> None:
    assert ids(scan_index, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a longer name of other words is another name: not the Free Russia Foundation
        ("The Free Russia Forum met in Vilnius.", {"ru-undesirable-171-r-2023-02-13"}),
        # «Проект» (The Project) is no name of Meduza's «Проект Медуза»
        ("Журналисты «Проекта Медуза» выпустили подкаст.", {"ru-undesirable-138-r-2023-02-07"}),
        # a short form inside a name with a place: only the entry of that place
        ("Дом прав человека Ереван провёл семинар.", {"ru-undesirable-1021-r-2023-07-24"}),
    ],
)
def test_a_longer_name_of_other_words_shares_nothing(scan_index: ScanIndex, text: str, expected: set[str]) -> None:
    assert ids(scan_index, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met the Foundation for the Democratic Development in Kyiv.", "ru-undesirable-1360-r-2023-10-11"),
        ("Grants from the Carnegie Endowment for the International Peace were cut.", "ru-undesirable-896-r-2024-07-18"),
        (
            "A seminar of the Centre for the Peacebuilding and Community Development took place.",
            "ru-undesirable-2026-01-19-centre-for-peacebuilding-and-community-development",
        ),
    ],
)
def test_an_article_added_inside_a_long_name(scan_index: ScanIndex, text: str, expected: str) -> None:
    found = [m for m in scan_text(scan_index, text) if m.organization.id == expected]
    assert [m.kind for m in found] == ["function_words"]


@pytest.mark.parametrize(
    "text",
    [
        "The Foundation for the Democratic Development of Kyiv Oblast was set up by the regional council.",
        "The centre for the development of democracy is on the second floor.",  # no capitals: no name
    ],
)
def test_an_article_added_keeps_precision(scan_index: ScanIndex, text: str) -> None:
    assert ids(scan_index, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # German names, with their marks: an article added or dropped after "für"
        (
            "Die Deutsche Gesellschaft für die Auswärtige Politik hat gewarnt.",
            "ru-undesirable-2025-04-01-deutsche-gesellschaft-fur-auswartige-politik-e-v",
        ),
        ("Die Friedrich-Naumann-Stiftung für Freiheit hat gewarnt.", "ru-undesirable-465-r-2024-04-16"),
        (
            "Das Institut für Wissenschaften vom Menschen lädt ein.",
            "ru-undesirable-2025-06-03-institute-for-human-sciences",
        ),
    ],
)
def test_an_article_added_or_dropped_in_a_german_name(scan_index: ScanIndex, text: str, expected: str) -> None:
    found = [m for m in scan_text(scan_index, text) if m.organization.id == expected]
    assert [m.kind for m in found] == ["function_words"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Deutsche Gesellschaft für die Rettung Schiffbrüchiger hat gewarnt.",
        "Das Institut für die Wissenschaften vom Meer lädt ein.",
    ],
)
def test_other_german_names_of_the_same_words_are_none(scan_index: ScanIndex, text: str) -> None:
    assert ids(scan_index, text) == set()

"""A name in the other script than the text around it, and a name inside a longer one."""

from __future__ import annotations

import pytest

from undesirable.scanning import ScanIndex, scan_text
from undesirable.scanning.scripts import in_other_script


def ids(index: ScanIndex, text: str) -> set[str]:
    return {m.organization.id for m in scan_text(index, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Helpdesk рассказал о новых правилах для беженцев.", "ru-undesirable-1734-r-2023-12-26"),
        ("For Your and Our Freedom провела акцию у посольства.", "ru-undesirable-1014-r-2024-08-14"),
        ("Agora подала жалобу в ЕСПЧ.", "ru-undesirable-880-r-2023-06-28"),
        ("Доклад о цензуре выпустила Article 19.", "ru-undesirable-156-r-2024-02-08"),
        ("He wrote for Мемориал before 2021.", "ru-undesirable-2026-02-16-international-memorial-association"),
    ],
)
def test_a_latin_name_in_a_russian_sentence_is_a_name_without_a_cue(
    scan_index: ScanIndex, text: str, expected: str
) -> None:
    assert expected in ids(scan_index, text)


@pytest.mark.parametrize(
    "text",
    [
        "Article 19 of the Constitution protects free speech.",
        "Agora is the central square of an ancient Greek city.",
        "Helpdesk staff answered the call.",
        "Вчера я посмотрел Project Hail Mary в кино.",  # the Latin run is longer than the name
        "Модель показала SOTA-результаты на трёх тестах.",  # a part of a hyphenated word
        "MS побывал в Херсоне.",  # two letters: an abbreviation as likely as a name
    ],
)
def test_the_same_words_in_english_or_in_a_longer_latin_run_are_no_name(scan_index: ScanIndex, text: str) -> None:
    assert ids(scan_index, text) == set()


def test_other_script_needs_the_neighbours_of_the_other_script() -> None:
    text = "Об этом сообщила Agora, а Agora Media Group промолчала."
    first = text.index("Agora")
    second = text.index("Agora", first + 1)
    assert in_other_script(text, first, first + 5)
    assert not in_other_script(text, second, second + 5)
    assert not in_other_script("Agora said so.", 0, 5)
    assert in_other_script("Reporters of Дождь said so.", 13, 18)


def test_a_name_inside_a_longer_name_of_another_entry_is_part_of_it(scan_index: ScanIndex) -> None:
    text = "Human Rights House Foundation published a report."
    assert ids(scan_index, text) == {"ru-undesirable-1018-r-2023-07-24"}
    # the shorter name written on its own elsewhere is a mention of every entry of that name
    text += " Later Human Rights House said so too."
    assert ids(scan_index, text) >= {"ru-undesirable-1020-r-2023-07-24", "ru-undesirable-1022-r-2023-07-24"}


def test_entries_of_one_name_are_all_reported(scan_index: ScanIndex) -> None:
    found = [m for m in scan_text(scan_index, "Расследование Bellingcat о сбитом самолёте.") if m.text == "Bellingcat"]
    assert {m.organization.id for m in found} == {"ru-undesirable-951-r-2022-07-26", "ru-undesirable-952-r-2022-07-26"}


@pytest.mark.parametrize(
    "text",
    [
        "Kharkiv Human Rights defenders documented the strikes.",
        "Prague Civil Society groups met in the old town.",
        "Ukrainian Legal Advisory lawyers filed the claim.",
        "Norwegian Helsinki officials declined to comment.",
    ],
)
def test_an_english_short_form_of_adjectives_only_is_no_name(scan_index: ScanIndex, text: str) -> None:
    assert ids(scan_index, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kharkiv Human Rights Protection Group documented it.",
            "ru-undesirable-2025-12-02-kharkiv-human-rights-protection-group",
        ),
        ("Crimean Human Rights Group reported it.", "ru-undesirable-596-r-2022-05-13"),
        ("The Norwegian Helsinki Committee said.", "ru-undesirable-2025-07-11-norwegian-helsinki-committee"),
    ],
)
def test_the_whole_name_of_such_an_entry_is_still_found(scan_index: ScanIndex, text: str, expected: str) -> None:
    assert expected in ids(scan_index, text)

"""Quotes of direct speech, leading parts two names share, and one-word names heard after a cue."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.speech import is_direct_speech


def found(index: ScanIndex, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.organization.id) for m in scan_text(index, text)]


@pytest.mark.parametrize(
    "text",
    [
        "«Открытая Россия», — повторял он как заклинание.",
        "«Важные истории», — тихо сказала она.",
        "Отец сказал дочери: «Важные истории».",
        "Мы кричали: «Открытая Россия»",
    ],
)
def test_a_quote_of_direct_speech_is_no_name(scan_index: ScanIndex, text: str) -> None:
    assert found(scan_index, text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Издание «Важные истории», — сказал редактор, — выйдет завтра.", "Важные истории"),  # a cue word
        ("Он сказал: «Важные истории» врут.", "Важные истории"),  # the quote is part of his sentence
        ("«Важные истории» опубликовали расследование.", "Важные истории"),  # no speech
    ],
)
def test_a_quote_with_a_cue_or_within_a_sentence_is_a_name(scan_index: ScanIndex, text: str, surface: str) -> None:
    assert [m.text for m in scan_text(scan_index, text)] == [surface]


def test_direct_speech_punctuation() -> None:
    text = "«Держись», — сказала мать."
    assert is_direct_speech(text, 0, text.index("»") + 1)
    text = "«Держись» — лучший совет."
    assert not is_direct_speech(text, 0, text.index("»") + 1)  # a noun after the dash, no verb
    text = "Список: «Держись»."
    assert not is_direct_speech(text, text.index("«"), text.index("»") + 1)  # no verb before the colon


def test_a_leading_part_two_names_share_names_both(scan_index: ScanIndex) -> None:
    # the Pennsylvania society's name ends in a place a text leaves out; the Selters one's does not
    text = "Брошюры, изданные Обществом Сторожевой башни, Библии и трактатов, запрещены."
    ids = {i for _, i in found(scan_index, text)}
    assert ids == {"ru-undesirable-1463-r-2023-11-08", "ru-undesirable-1465-r-2023-11-08"}
    # every Human Rights House: the foundation and the houses of Tbilisi, Yerevan and Crimea
    houses = {i for _, i in found(scan_index, "Activists of the Human Rights House network met in Oslo.")}
    assert houses == {f"ru-undesirable-{n}-r-2023-07-24" for n in (1018, 1020, 1021, 1022)}


KOMPAS = Organization("ru-undesirable-2030-08-01-kompas", None, "Kompas", category="media")


@pytest.fixture(scope="module")
def kompas_index() -> ScanIndex:
    return build_scan_index((KOMPAS,))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Немецкий сайт Компас пишет о войне.", "Компас"),
        ("Статью перепечатал журнал Компаса.", "Компаса"),
    ],
)
def test_a_one_word_name_heard_as_a_russian_word_after_a_cue(kompas_index: ScanIndex, text: str, surface: str) -> None:
    assert [(m.text, m.kind) for m in scan_text(kompas_index, text)] == [(surface, "phonetic")]


@pytest.mark.parametrize("text", ["Новый Компас пишет о войне.", "Туристы взяли Компас и карту."])
def test_a_russian_word_without_a_cue_is_no_name_heard(kompas_index: ScanIndex, text: str) -> None:
    assert scan_text(kompas_index, text) == []


def test_a_short_sound_heard_after_a_cue(scan_index: ScanIndex) -> None:
    correctiv = "ru-undesirable-2025-10-08-correctiv"
    hits = found(scan_index, "Журналисты портала Корректив раскрыли схему.")
    assert [(t, i[: len(correctiv)]) for t, i in hits] == [("Корректив", correctiv)]
    assert found(scan_index, "В Берлине Корректив раскрыл схему.") == []  # no cue word

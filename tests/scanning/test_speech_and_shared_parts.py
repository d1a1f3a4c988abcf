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


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("Эксперты Германского фонда Маршала выступили.", "Германского фонда Маршала", "335-r-2018-03-21"),
        ("Доклад Нидерландского Хельсинкского Комиета.", "Нидерландского Хельсинкского Комиета", "2025-08-18"),
        ("Письмо Нидерландскому Хельсинскому Комитету ушло.", "Нидерландскому Хельсинскому Комитету", "2025-08-18"),
        # the misspelled word is the name's rarest (its anchor): a letter dropped from it still finds it
        ("Вчера Фонд инвесирования в развитие СМИ провёл встречу.", "Фонд инвесирования в развитие СМИ", "1201-r"),
        ("Доклад Международного партнрства за права человека.", "Международного партнрства за права человека", "915-r"),
        ("Съезд Форума свобоной России открылся.", "Форума свобоной России", "171-r"),
    ],
)
def test_a_misspelled_word_in_a_russian_name(scan_index: ScanIndex, text: str, surface: str, org: str) -> None:
    assert [(m.text, m.organization.id[15:][: len(org)], m.kind) for m in scan_text(scan_index, text)] == [
        (surface, org, "spelling")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Директор фонда маршала Жукова выступил.",  # a word of its own in lower case: a marshal
        "Эксперты Германского фонда выступили.",  # a name's word left out is no misspelling
        "Доклад Нидерландского Хельсинкского Комиссариата.",  # more than one letter
    ],
)
def test_no_misspelling_without_a_name_around_it(scan_index: ScanIndex, text: str) -> None:
    assert [m.kind for m in scan_text(scan_index, text) if m.kind == "spelling"] == []


def test_a_word_of_the_cracy_family_heard_as_its_russian_cognate(scan_index: ScanIndex) -> None:
    hits = scan_text(scan_index, "Эксперты Нэшнл Эндаумент фор Демократия выступили.")
    assert [(m.text, m.organization.id, m.kind) for m in hits] == [
        ("Нэшнл Эндаумент фор Демократия", "ru-undesirable-1076-r-2015-07-29", "phonetic")
    ]


def test_a_russian_name_with_its_groups_in_another_order(scan_index: ScanIndex) -> None:
    text = "Материалы Журналистской сети в Восточной Европе по освещению событий вышли."
    hits = [(m.text, m.kind) for m in scan_text(scan_index, text)]
    assert hits == [("Журналистской сети в Восточной Европе по освещению событий", "word_order")]
    # the words within a group keep their order
    assert scan_text(scan_index, "Журналистской сети в Европе Восточной по событий освещению") == []


def test_russian_orders_of_a_name() -> None:
    from undesirable.scanning.aliases import AliasSpec
    from undesirable.scanning.orders import russian_orders

    def orders(*words: str) -> list[tuple[str, ...]]:
        spec = AliasSpec(" ".join(words), words, tuple(frozenset() for _ in words[1:]))
        return [o.words for o in russian_orders(spec)]

    assert orders("центр", "имени", "ивана", "петрова", "по", "охране", "природы") == [
        ("центр", "по", "охране", "природы", "имени", "ивана", "петрова")
    ]
    assert orders("общество", "по", "борьбе", "с", "пожарами") == []  # one group: с пожарами is its complement
    assert orders("за", "свободу", "за", "мир") == []  # a slogan has no head

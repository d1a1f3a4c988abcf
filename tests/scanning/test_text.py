"""Text preparation: same-length lower case, joined soft hyphens with their offset map, pieces."""

from __future__ import annotations

import pytest

from undesirable.scanning.text import (
    is_sentence_start,
    join_soft_hyphens,
    lower_text,
    repair_mixed_words,
    split_text,
    words_key,
)


def test_lower_text_drops_the_marks_of_latin_letters_only() -> None:
    assert lower_text("Fédération Člověk v tísni, Łódź, Søren") == "federation clovek v tisni, lodz, soren"
    assert lower_text("Йошкар-Ола, Ёлка") == "йошкар-ола, елка"


@pytest.mark.parametrize("text", ["Ёлка", "İstanbul İzmir", "ΣΑΣ", "straße", "", "Ǆ", "Fédération"])
def test_lower_text_keeps_the_length(text: str) -> None:
    low = lower_text(text)
    assert len(low) == len(text) and "ё" not in low


def test_join_soft_hyphens_maps_back_to_the_original() -> None:
    text = "Belling-\ncat и Рос-\r\nсия, Идель-\nУрал, Belling\u00adcat."
    joined, offsets = join_soft_hyphens(text)
    assert joined == "Bellingcat и Россия, Идель-\nУрал, Bellingcat."
    for word in ("Bellingcat", "Россия"):
        start = joined.index(word)
        end = start + len(word)
        original = text[offsets.start(start) : offsets.end(end)]
        assert original.replace("-", "").replace("\r", "").replace("\n", "") == word
    last = joined.rindex("Bellingcat")
    assert text[offsets.start(last) : offsets.end(last + 10)] == "Belling\u00adcat"


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("движения А Л Л А Т Р А о конце", "движения АЛЛАТРА о конце"),  # capitals, then a preposition
        ("статья М е д у з ы и", "статья Медузы и"),  # the dictionary knows «медузы», not «медузыи»
        ("Р е д а к ц и я М е д у з а в Риге", "Редакция Медуза в Риге"),
        ("фонд Г о л о с о в", "фонд Голосов"),  # «голосов» is a word: its last letter stays
        ("Ф р и д о м х а у с", "Фридомхаус"),  # neither reading is a word: the letters stay one word
        ("М е д у з а Р и г а", "Медуза Рига"),  # a capital after a lower-case letter starts a word
        ("M e d u z a и", "Meduza и"),  # the last letter in the other script
        ("Ф Б К и", "Ф Б К и"),  # three capitals are too few
        ("W\u2009a\u2009t\u2009c\u2009h", "Watch"),
        ("Ц Е Н Т Р - 2 0 3 0 и", "ЦЕНТР - 2030 и"),  # digits after a spaced dash
        ("N O  T O  W A R S и", "NO  TO  WARS и"),  # the shorter words of a letter-spaced name
        ("N O  T O  W A R и", "N O  T O  W A R и"),  # no word of four letters: no letter-spaced text
        ("С е т ь  1 9 / 2 9", "Сеть  19 / 29"),
        ("пункты 1 2 3 4 и 5 6", "пункты 1 2 3 4 и 5 6"),  # digits alone stay
        ("Ф Б К и  в и  на", "Ф Б К и  в и  на"),  # no spaced word of four letters
        ("a I  J. K. Rowling", "a I  J. K. Rowling"),
    ],
)
def test_letter_spaced_words_are_joined_up_to_a_one_letter_word(text: str, joined: str) -> None:
    assert join_soft_hyphens(text)[0] == joined


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Гражда\u0301нский сове\u0301т", "Гражданский совет"),  # stress marks no letter takes
        ("Междунаро\u0300дной", "Международной"),  # a grave accent as a stress mark
        ("Российскии\u0306\u0301", "Российский"),  # и and a breve make й; the mark after it goes
        ("Cafe\u0301 de\u0301ja\u0300", "Café déjà"),  # Latin letters take them
        ("Caf\u0301e", "Cafe"),  # no f with an acute
    ],
)
def test_combining_marks_are_taken_in_or_removed(text: str, joined: str) -> None:
    prepared, offsets = join_soft_hyphens(text)
    assert prepared == joined
    last = len(prepared) - 1
    assert text[offsets.start(last)].lower() == text.rstrip("\u0300\u0301\u0306")[-1].lower()


def test_words_key_reads_a_word_with_a_stress_mark_as_the_word() -> None:
    assert words_key("«Откры\u0301тая Росси\u0301я»") == words_key("Открытая Россия") == "открытая россия"


def test_join_soft_hyphens_leaves_other_text_alone() -> None:
    text = "Обычный текст - без переносов."
    joined, offsets = join_soft_hyphens(text)
    assert joined is text and offsets.start(5) == 5 and offsets.end(5) == 5


def test_split_text_cuts_at_paragraphs_and_covers_everything() -> None:
    text = ("Абзац первый. " * 30 + "\n\n") * 20
    pieces = split_text(text, size=1000)
    assert "".join(p for _, p in pieces) == text
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])
    assert all(text[o : o + len(p)] == p for o, p in pieces)


def test_split_text_cuts_one_endless_word_hard() -> None:
    pieces = split_text("x" * 2500, size=1000)
    assert [len(p) for _, p in pieces] == [1000, 1000, 500]


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [("Дождь идёт.", 0, True), ("Вот. Дождь", 5, True), ("Вот «Дождь»", 5, False), ("— «Дождь»", 3, True),
     ("Вот\n  Дождь", 6, True), ("и Дождь", 2, False)],
)  # fmt: skip
def test_is_sentence_start(text: str, position: int, expected: bool) -> None:
    assert is_sentence_start(text, position) is expected


def test_words_key() -> None:
    assert words_key("«Фонд „Свободная Россия“»") == "фонд свободная россия"


@pytest.mark.parametrize(
    ("low", "repaired"),
    [
        ("журналисты mедузы и meдузы", "журналисты медузы и медузы"),  # a Latin m, a Latin m and e
        ("transparеncy international", "transparency international"),  # a Cyrillic е
        ("кримsos и meдiйна", "кримsos и медійна"),  # no look-alike for s: left as it is
        ("2мeдузы_мeдуза", "2медузы_медуза"),  # digits and underscores end a word
        ("нет смены письма", "нет смены письма"),
        ("", ""),
    ],
)
def test_look_alike_letters_of_the_other_script_repaired_inside_words(low: str, repaired: str) -> None:
    assert repair_mixed_words(low) == repaired
    assert len(repair_mixed_words(low)) == len(low)

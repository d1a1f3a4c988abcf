"""Names glued from several words: their parts."""

from __future__ import annotations

import pytest

from undesirable.names.glued import glued_parts, written_apart


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("SeaWatchers", ("Sea", "Watchers")),  # a capital inside a word
        ("ДонSOS", ("Дон", "SOS")),  # a switch of script
        ("MarsSOS", ("Mars", "SOS")),  # capitals at the end
        ("Help2kids", ("Help", "2", "kids")),  # letters and digits
        ("Radio1", ("Radio", "1")),
        ("NED", ("NED",)),  # an acronym
        ("MIПЛ", ("MIПЛ",)),  # an acronym in two scripts
        ("iPhone", ("iPhone",)),  # a part of one letter
        ("eBay", ("eBay",)),
        ("Bellingcat", ("Bellingcat",)),
        ("Idel-Ural", ("Idel-Ural",)),
    ],
)
def test_parts_of_a_glued_word(word: str, parts: tuple[str, ...]) -> None:
    assert glued_parts(word) == parts


def test_a_name_written_apart() -> None:
    assert written_apart("HarbourWatch.org Ltd") == "Harbour Watch.org Ltd"
    assert written_apart("Фонд «ЛесSOS»") == "Фонд «Лес SOS»"


def test_a_word_glued_from_two_known_words_is_read_as_both() -> None:
    from undesirable.names.glued import split_reading
    from undesirable.names.normalize import analyze_word

    known = {analyze_word(w).key for w in ("sea", "harbour", "watch", "ground", "peace")}
    split = split_reading([analyze_word("harbourwatch"), analyze_word("sea")], known)
    assert split is not None and [t.text for t in split] == ["harbour", "watch", "sea"]
    assert split_reading([analyze_word("harbour"), analyze_word("watch")], known) is None  # nothing glued
    assert split_reading([analyze_word("groundsea")], known) is None  # a part of three letters
    assert split_reading([analyze_word("harbourwatchers")], known) is None  # a part no name has

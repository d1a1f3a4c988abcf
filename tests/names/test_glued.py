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

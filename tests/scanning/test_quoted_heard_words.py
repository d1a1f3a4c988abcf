"""A one-word Latin name written by ear in Cyrillic letters that is also a Russian word: a mention in
quotes or after a cue word of its organization, in any case form, and never in running text.
Invented entries."""

from __future__ import annotations

import pytest

from tests.scanning.conftest import ids
from undesirable.model import Organization
from undesirable.scanning import ScanIndex, scan_text

INVENTED = (
    Organization("rodina", None, "Rodina Inc", country_code="US", category="media"),
    Organization("volna", "Волна", "Volna", country_code="US", category="media"),
    Organization("vega", None, "Vega Inc", country_code="US"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Журналисты «Родины» выпустили расследование.", {"rodina"}),
        ("Материал вышел в «Родине» на прошлой неделе.", {"rodina"}),
        ("Статью опубликовало издание Родина.", {"rodina"}),  # a cue word of the organization
        ("Они вернулись на Родину.", set()),  # no quotes, no cue: the word
        ("Он тоскует по родине.", set()),
        ("Он сказал: «Родина!»", set()),  # quoted speech, no cue
        ("Звезда «Вега» видна летом.", set()),  # four letters are too few to tell
    ],
)
def test_a_quoted_latin_name_heard_as_a_russian_word(invented_index: ScanIndex, text: str, expected: set[str]) -> None:
    assert ids(invented_index, text) == expected


def test_a_quoted_name_heard_says_it_was_heard(invented_index: ScanIndex) -> None:
    (mention,) = scan_text(invented_index, "Журналисты «Родины» выпустили расследование.")
    assert (mention.kind, mention.matched_name) == ("phonetic", "Rodina Inc")


def test_the_entrys_own_russian_name_keeps_its_own_rules(invented_index: ScanIndex) -> None:
    assert {m.kind for m in scan_text(invented_index, "Журналисты «Волны» выпустили расследование.")} == {"name"}

"""Entries that share a name, told apart by the country the words describing the name give: an
adjective of the country or of its city before the name, the country or city after it with в/из.
A place elsewhere in the sentence, or a name written longer for one entry, tells nothing. Invented
entries and other register entries."""

from __future__ import annotations

import pytest

from tests.scanning.conftest import ids
from undesirable.model import Organization
from undesirable.scanning import ScanIndex, scan_text
from undesirable.scanning.told_by_country import word_countries

INVENTED = (
    Organization("bulgaria", "Свободный берег", "Free Shore", country_code="BG"),
    Organization("poland", "Ассоциация «Свободный берег»", "Stowarzyszenie Wolny Brzeg", country_code="PL"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Болгарская организация «Свободный берег» собрала подписи.", {"bulgaria"}),
        ("Софийская правозащитная группа «Свободный берег» собрала подписи.", {"bulgaria"}),
        ("Варшавская организация «Свободный берег» собрала подписи.", {"poland"}),
        ("Группа «Свободный берег» из Польши собрала подписи.", {"poland"}),
        ("Группа «Свободный берег» в Болгарии собрала подписи.", {"bulgaria"}),
        ("Группа «Свободный берег» собрала подписи.", {"bulgaria", "poland"}),  # nothing tells
        ("Группа «Свободный берег» собрала подписи в Болгарии.", {"bulgaria", "poland"}),  # where, not which
        ("Польская и болгарская группы «Свободный берег» собрали подписи.", {"bulgaria", "poland"}),  # both
        ("Болгарская ассоциация «Свободный берег» собрала подписи.", {"bulgaria", "poland"}),  # the kind is Polish
    ],
)
def test_a_country_beside_a_shared_name_tells_its_entry(
    invented_index: ScanIndex, text: str, expected: set[str]
) -> None:
    assert ids(invented_index, text) == expected


def test_a_country_is_read_as_well_after_a_long_text(invented_index: ScanIndex) -> None:
    text = "Вчера шёл дождь. " * 2000 + "Болгарская организация «Свободный берег» собрала подписи."
    assert ids(invented_index, text) == {"bulgaria"}  # the words before the name are read near it, not the whole text


def test_the_entry_told_says_which_word_named_its_country(invented_index: ScanIndex) -> None:
    (mention,) = scan_text(invented_index, "Болгарская организация «Свободный берег» собрала подписи.")
    told = [r for r in mention.reasons if r.code == "country_named"]
    assert [r.values for r in told] == [{"words": "Болгарская"}]
    assert "Болгарская" in mention.to_json()["reasons"][-1]["text"]["ru"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Латвийский телеканал TV Rain начал эфир.", {"ru-undesirable-1065-r-2023-08-04"}),
        ("Нидерландская компания TV Rain начала эфир.", {"ru-undesirable-1063-r-2023-08-04"}),
        ("Студия TV Rain начала эфир.", {"ru-undesirable-1063-r-2023-08-04", "ru-undesirable-1065-r-2023-08-04"}),
    ],
)
def test_register_entries_of_one_name_in_two_countries(scan_index: ScanIndex, text: str, expected: set[str]) -> None:
    assert {m.organization.id for m in scan_text(scan_index, text)} == expected


@pytest.mark.parametrize(
    ("word", "codes"),
    [
        ("Болгарии", {"BG"}),
        ("болгарская", {"BG"}),
        ("Варшаве", {"PL"}),
        ("варшавский", {"PL"}),
        ("Bulgarian", {"BG"}),
        ("болгарии", set()),  # a country is a capitalized name
        ("организация", set()),
    ],
)
def test_words_that_name_a_country(word: str, codes: set[str]) -> None:
    assert word_countries(word) == codes

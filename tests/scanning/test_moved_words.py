"""Words of a name moved in a text: a Russian name's adjectives before its noun in another order,
an English name's leading country after "of" at its end."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.aliases import derive_aliases
from undesirable.scanning.country_orders import english_country_last
from undesirable.scanning.lists import load_scan_lists

ORGS = (
    Organization("ru-undesirable-2030-07-01-forum", "Свободный балтийский форум в Эстонии", None, country_code="EE"),
    Organization("ru-undesirable-2030-07-02-schools", None, "Norwegian Fund for Coastal Schools", country_code="NO"),
    Organization("ru-undesirable-2030-07-03-dutch", None, "Netherlands Institute for Open Archives", country_code="NL"),
    Organization("ru-undesirable-2030-07-04-union", "Независимый профсоюз портовых рабочих", None),
)


@pytest.fixture(scope="module")
def index() -> ScanIndex:
    return build_scan_index(ORGS)


def found(index: ScanIndex, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.organization.id[26:], m.kind) for m in scan_text(index, text)]


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        # the adjectives before the head noun swapped, in any case form
        ("Балтийский свободный форум в Эстонии провёл встречу.", "Балтийский свободный форум в Эстонии", "forum"),
        (
            "Делегаты Балтийского свободного форума в Эстонии уехали.",
            "Балтийского свободного форума в Эстонии",
            "forum",
        ),
        # the country (or its adjective) after "of" at the end of an English name
        ("The Fund for Coastal Schools of Norway paid for it.", "Fund for Coastal Schools of Norway", "schools"),
        (
            "The Institute for Open Archives of the Netherlands said so.",
            "Institute for Open Archives of the Netherlands",
            "dutch",
        ),
    ],
)
def test_moved_words_keep_the_name(index: ScanIndex, text: str, surface: str, org: str) -> None:
    mentions = scan_text(index, text)
    assert [(m.text, m.organization.id[26:], m.kind) for m in mentions] == [(surface, org, "word_order")]
    assert mentions[0].reasons[0].code == "word_order"


@pytest.mark.parametrize(
    "text",
    [
        "Свободный форум балтийский в Эстонии прошёл.",  # an adjective after the head noun, not before it
        "Балтийский форум свободный в Эстонии прошёл.",
        "Портовых рабочих независимый профсоюз выступил.",  # the head noun after its complement
        "The Fund for Coastal Schools of Sweden paid for it.",  # another country
        "The Fund for Coastal Schools of Norway Trust paid for it.",  # a longer name
        "A fund for coastal schools of Norway would help.",  # not written as a name
    ],
)
def test_moved_words_but_no_name(index: ScanIndex, text: str) -> None:
    assert found(index, text) == []


def test_the_name_in_its_own_order_is_a_plain_name(index: ScanIndex) -> None:
    assert [m.kind for m in scan_text(index, "Свободный балтийский форум в Эстонии провёл встречу.")] == ["name"]
    assert [m.kind for m in scan_text(index, "The Norwegian Fund for Coastal Schools paid.")] == ["name"]


@pytest.mark.parametrize(
    ("name", "country", "moved"),
    [
        ("German Council on Foreign Relations", "DE", ["council on foreign relations of germany"]),
        (
            "The Netherlands Helsinki Committee",
            "NL",
            ["helsinki committee of netherlands", "helsinki committee of the netherlands"],
        ),
        ("German-Russian Exchange", "DE", []),  # the country is one part of a compound
        ("Canadian Foundation", "CA", []),  # a head of one word: "Foundation of Canada" says no more
        ("Baltic Council for Media Literacy", "CA", []),  # not the organization's country
        ("Норвежский фонд прибрежных школ", "NO", []),  # English only (Russian: country_last)
    ],
)
def test_an_english_country_moved_to_the_end(name: str, country: str, moved: list[str]) -> None:
    org = Organization("ru-undesirable-2030-07-09-moved", None, name, country_code=country)
    specs = [spec for spec in derive_aliases(org, load_scan_lists()) if spec.words[0] != "the"]
    assert [" ".join(s.words) for spec in specs for s in english_country_last(spec, country)] == moved

"""A name that starts with its organization's country's adjective is also written without it; a
possessive adjective paired by sound with a distinctive Latin word of the names is a proper name."""

from __future__ import annotations

import dataclasses

import pytest

from undesirable.model import Organization
from undesirable.names.parse import parse_register_name
from undesirable.names.proper_words import classify_proper_words
from undesirable.registry.bundled import load_bundled_organizations
from undesirable.scanning import ScanIndex, build_scan_index, scan_text


def _org(raw: str, org_id: str) -> Organization:
    parsed = parse_register_name(raw)
    return Organization(
        id=org_id,
        name_ru=parsed.name_ru,
        name_en=parsed.name_en,
        raw_name=raw,
        aliases=parsed.aliases,
        country=parsed.country,
        country_code=parsed.country_code,
    )


@pytest.fixture(scope="module")
def index() -> ScanIndex:
    invented = [
        _org("Finnish Procrust Club («Финский Прокрустов клуб»), Финляндская Республика", "procrust"),
        _org("Swedish Kuusi Institute («Шведский институт Кууси»), Королевство Швеция", "kuusi"),
        _org("Finnish Forest Council («Финский лесной совет»), Финляндская Республика", "forest"),
        _org("Polish Bed Society («Польский Прокрустов клуб»), Республика Польша", "bed"),
    ]
    return build_scan_index([*invented, *load_bundled_organizations()])


def _found(index: ScanIndex, text: str) -> list[str]:
    return [m.organization.id for m in scan_text(index, text)]


def test_a_possessive_adjective_paired_by_sound_is_a_proper_name() -> None:
    names = ["Финский Прокрустов клуб", "Finnish Procrust Club"]
    assert classify_proper_words(names).get("прокрустов") == "distinctive"
    assert "прокрустов" not in classify_proper_words(["Польский Прокрустов клуб", "Polish Bed Society"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Члены Прокрустова клуба встретились в Турку.", ["procrust"]),
        ("The Procrust Club met in Turku.", ["procrust"]),
        ("The Kuusi Institute opened a school.", ["kuusi"]),
        ("Финский Прокрустов клуб встретился в Турку.", ["procrust"]),  # the whole name, as before
        ("The Swedish Procrust Club met in Malmö.", []),  # another country's namesake
        ("Шведский Прокрустов клуб провёл встречу.", []),
        ("The Estonian Kuusi Institute opened a school.", []),
        ("The Forest Council met in Helsinki.", []),  # the rest is ordinary words
    ],
)
def test_the_name_without_its_own_countrys_adjective(index: ScanIndex, text: str, expected: list[str]) -> None:
    assert _found(index, text) == expected


def test_the_real_names_shortened_lose_only_their_own_countrys_adjective() -> None:
    from undesirable.names.countries import country_spellings
    from undesirable.scanning.aliases import derive_aliases
    from undesirable.scanning.leads import after_own_country
    from undesirable.scanning.lists import load_scan_lists

    lists = load_scan_lists()
    shortened = 0
    for org in load_bundled_organizations():
        for spec in derive_aliases(org, lists):
            for short in after_own_country(spec, org, lambda word: "distinctive"):
                words = spec.words[1:] if spec.words[0] == "the" else spec.words
                assert short.words == words[1:], (org.id, spec.words)
                country_words = {w for n in country_spellings(org.country_code or "") for w in n.split()}
                assert any(w.startswith(words[0][:4]) for w in country_words), (org.id, words[0])
                shortened += 1
    assert shortened >= 4  # the register's Norwegian and Dutch names among them
    nowhere = dataclasses.replace(load_bundled_organizations()[0], country_code=None)
    assert all(
        not after_own_country(spec, nowhere, lambda word: "distinctive") for spec in derive_aliases(nowhere, lists)
    )

"""Phrases said aloud, names within longer names, a name beside its own longer name's words, and
German hyphenated short forms."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.shortforms import short_form_specs


def found(index: ScanIndex, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.organization.id) for m in scan_text(index, text)]


@pytest.mark.parametrize(
    "text",
    [
        "«Мир всем», — ответила она соседям и закрыла дверь.",
        "«Права человека прежде всего», — заявил депутат журналистам.",
        "Старик поднял руку и произнёс: «Мир всем».",
        "«Разом для Украины», — воскликнули студенты.",
    ],
)
def test_a_phrase_said_aloud_is_no_name(scan_index: ScanIndex, text: str) -> None:
    assert found(scan_index, text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("«Мир всем» провёл благотворительный концерт в Кёльне.", "Мир всем"),  # no speech
        ("Организация «Мир всем», — написал он, — помогает беженцам.", "Мир всем"),  # a cue word
        ("«Репортеры без границ», — ответил он на вопрос о работе.", "Репортеры без границ"),  # a noun phrase
    ],
)
def test_a_name_in_quotes_not_said_or_with_a_cue_counts(scan_index: ScanIndex, text: str, surface: str) -> None:
    assert [t for t, _ in found(scan_index, text)] == [surface]


NORTHWIND = Organization("ru-undesirable-2030-08-02-summit-harmony", None, "Summit Harmony", aliases=("SH Global",))


@pytest.fixture(scope="module")
def northwind_index() -> ScanIndex:
    return build_scan_index((NORTHWIND,))


def test_a_word_of_the_organizations_own_names_makes_no_other_name(northwind_index: ScanIndex) -> None:
    assert [t for t, _ in found(northwind_index, "Yesterday Summit Harmony Global opened an office.")] == [
        "Summit Harmony"
    ]
    assert found(northwind_index, "Yesterday Summit Harmony Records opened an office.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Deportivo Vigo lost at home on Saturday.",  # a sentence's first word that is no ordinary word
        "The International House of Music opened in the old mill.",  # "of" and a capital: a longer name
        "Visitors liked the International House of Pancakes menu.",
    ],
)
def test_a_name_within_a_longer_name_is_no_mention(scan_index: ScanIndex, text: str) -> None:
    assert found(scan_index, text) == []


def test_an_ordinary_first_word_before_a_name_is_no_part_of_it(scan_index: ScanIndex) -> None:
    hits = found(scan_index, "Yesterday Vigo filed a complaint on behalf of the activists.")
    assert hits == [("Vigo", "ru-undesirable-2026-01-26-vigo-law-firm")]


def test_a_german_hyphenated_compound_names_the_organization(scan_index: ScanIndex) -> None:
    rosa = "ru-undesirable-2025-08-04-rosa-luxemburg-stiftung-gesellschaftsanalyse-und-politische"
    for text, surface in [
        ("Laut der Rosa-Luxemburg-Stiftung ist die Lage ernst.", "Rosa-Luxemburg-Stiftung"),
        ("Ein Stipendium der Luxemburg-Stiftung half ihr.", "Luxemburg-Stiftung"),
    ]:
        assert found(scan_index, text) == [(surface, rosa)]


def test_hyphen_compound_short_forms() -> None:
    from undesirable.scanning.aliases import AliasSpec

    def shorts(name: str, classes: dict[str, str]) -> list[tuple[str, ...]]:
        words = tuple(name.lower().replace("-", " ").split())
        spec = AliasSpec(name, words, tuple(frozenset() for _ in words[1:]))
        return [s.words for s in short_form_specs(spec, lambda w: classes.get(w, "general"))]  # type: ignore[arg-type, return-value]

    classes = {"anna": "given_name", "muster": "distinctive", "stiftung": "generic", "kulturanalyse": "distinctive"}
    found_shorts = shorts("Anna-Muster-Stiftung Kulturanalyse", classes)
    assert ("anna", "muster", "stiftung") in found_shorts and ("muster", "stiftung") in found_shorts
    # no hyphenated head: no compound short form
    assert ("anna", "muster", "stiftung") not in shorts("Anna Muster Stiftung Kulturanalyse", classes)

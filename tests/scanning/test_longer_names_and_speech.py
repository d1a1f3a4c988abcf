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


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("Эксперты Общества внешней политики Германии выступили.", "Общества внешней политики Германии", "deutsche"),
        ("Гранты Службы академических обменов Германии.", "Службы академических обменов Германии", "deutscher"),
    ],
)
def test_a_russian_name_with_its_country_at_the_end(scan_index: ScanIndex, text: str, surface: str, org: str) -> None:
    hits = scan_text(scan_index, text)
    assert [(m.text, m.kind) for m in hits] == [(surface, "word_order")]
    assert org in hits[0].organization.id


def test_country_last_needs_the_countrys_adjective_and_a_head_noun() -> None:
    from undesirable.scanning.aliases import AliasSpec
    from undesirable.scanning.country_orders import country_last

    def spec(*words: str) -> AliasSpec:
        return AliasSpec(" ".join(words), words, tuple(frozenset() for _ in words[1:]))

    assert [o.words for o in country_last(spec("канадский", "центр", "прав", "человека"), "CA")] == [
        ("центр", "прав", "человека", "канады")
    ]
    assert country_last(spec("канадский", "центр", "прав", "человека"), "DE") == []  # not its country
    assert country_last(spec("канадский", "украинский", "конгресс"), "CA") == []  # no head noun after it


def test_a_russian_name_before_the_person_it_is_called_after() -> None:
    from undesirable.scanning.compounds import before_eponym

    words = ("литовский", "центр", "прав", "человека", "имени", "йонаса", "мекаса")
    # the organization is also named without the person (Lithuanian Human Rights Centre)
    assert before_eponym(words, [("lithuanian", "human", "rights", "centre")]) == [0, 1, 2, 3]
    # every other name has the person: the part alone names any such centre
    assert before_eponym(words, [("jonas", "mekas", "human", "rights", "centre")]) == []

"""A register name with a legal form is found in a text that writes the form in another accepted
spelling (``data/legal_forms.json``): the form is what tells a short name from a word."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.legal_forms import other_legal_forms

SHORT = (
    Organization("ru-undesirable-2030-03-03-qv-ggmbh", "QV gGmbH", None),
    Organization("ru-undesirable-2030-03-04-nord-ry", "Nord Ry", None),
)


@pytest.fixture(scope="module")
def index(bundled_orgs: tuple[Organization, ...]) -> ScanIndex:
    return build_scan_index((*bundled_orgs, *SHORT))


def found(index: ScanIndex, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.organization.id) for m in scan_text(index, text)]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Die QV gemeinnützige GmbH aus Berlin hat berichtet.", "QV gemeinnützige GmbH", "2030-03-03-qv-ggmbh"),
        ("Die QV gGmbH aus Berlin hat berichtet.", "QV gGmbH", "2030-03-03-qv-ggmbh"),
        ("Nord rekisteröity yhdistys kertoi asiasta.", "Nord rekisteröity yhdistys", "2030-03-04-nord-ry"),
        (
            "Die Radio Echo Gesellschaft mit beschränkter Haftung sendet aus Berlin.",
            "Radio Echo Gesellschaft mit beschränkter Haftung",
            "2025-06-03-radio-echo-gmbh",
        ),
        (
            "Člověk v tísni, obecně prospěšná společnost, pomáhá.",
            "Člověk v tísni, obecně prospěšná společnost",
            "1443-r-2019-11-12",
        ),
    ],
)
def test_a_name_is_found_with_its_legal_form_in_another_spelling(
    index: ScanIndex, text: str, mention: str, expected: str
) -> None:
    assert found(index, text) == [(mention, "ru-undesirable-" + expected)]


@pytest.mark.parametrize("text", ["QV ist eine Abkürzung.", "Nord kertoi asiasta.", "Die QV gemeinnützige Arbeit."])
def test_the_short_name_without_its_legal_form_is_no_mention(index: ScanIndex, text: str) -> None:
    assert not any(org.startswith("ru-undesirable-2030") for _, org in found(index, text))


def test_other_spellings_keep_the_forms_place_and_the_names_words() -> None:
    spec = AliasSpec("Kovolis s.r.o.", ("kovolis", "s", "r", "o"), (frozenset(), frozenset("."), frozenset(".")))
    spelled = {s.words: (s.gaps, s.name) for s in other_legal_forms(spec)}
    gaps, name = spelled[("kovolis", "spol", "s", "r", "o")]
    assert gaps[0] == frozenset(",")  # «Kovolis, spol. s r.o.»
    assert name == "Kovolis spol. s r.o."  # reported as the name with the form so spelled
    assert all(words[0] == "kovolis" for words in spelled)
    start = AliasSpec("Stichting Vrij Nieuws", ("stichting", "vrij", "nieuws"), (frozenset(), frozenset()))
    assert other_legal_forms(start) == []  # Stichting has one spelling
    assert other_legal_forms(AliasSpec("e.V.", ("e", "v"), (frozenset("."),))) == []  # nothing but a form


def test_a_form_at_the_start_is_respelled_there_and_the_rest_kept_as_written() -> None:
    spec = AliasSpec("ГО «Світло»", ("го", "світло"), (frozenset(),))
    assert [s.name for s in other_legal_forms(spec)] == ["громадська організація «Світло»"]
    assert [s.words for s in other_legal_forms(spec)] == [("громадська", "організація", "світло")]


def test_the_mention_names_the_register_name_with_the_form_as_the_text_spells_it(index: ScanIndex) -> None:
    mentions = scan_text(index, "Die QV gemeinnützige GmbH aus Berlin hat berichtet.")
    assert [(m.organization.id, m.matched_name) for m in mentions] == [(SHORT[0].id, "QV gemeinnützige GmbH")]

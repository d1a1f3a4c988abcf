"""Classes of the fourteenth held-out round's misses, tested with invented names and other register
entries: a name of ordinary words at a sentence's start with an apposition that says what it is; a
glued name written with a space where a capitalized word starts inside it."""

from __future__ import annotations

import pytest

from tests.scanning.conftest import found
from undesirable.model import Organization
from undesirable.names.glued import word_parts
from undesirable.names.languages import caron_elisions
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.compounds import written_brands
from undesirable.scanning.cues import has_cue
from undesirable.scanning.forms import german_adjective_forms
from undesirable.scanning.spaced import spaced_words
from undesirable.scanning.text import lower_text

INVENTED = (
    Organization("ru-undesirable-2030-09-01-bridges", "Мосты в завтра", "Bridges for Tomorrow"),
    Organization("ru-undesirable-2030-09-02-z3harbour", None, "Stichting Z3Harbour", aliases=("Z3Harbour",)),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bridges for Tomorrow, a Riga-based foundation, opened an office.", True),
        ("Bridges for Tomorrow (a charity from Riga) opened an office.", True),
        ("Мосты в завтра, рижская организация, открыли офис.", True),
        ("Мосты в завтра, как пел поэт, строят сами.", False),  # no cue word in it
        ("Мосты в завтра открыли офис.", False),  # a sentence's capital, no cue
    ],
)
def test_an_apposition_says_what_a_name_is(invented_index: ScanIndex, text: str, expected: bool) -> None:
    assert bool(found(invented_index, text)) is expected


def test_an_apposition_is_read_only_right_after_the_name() -> None:
    cues = frozenset({"foundation", "организация"})
    text = "Bridges for Tomorrow, a Riga-based foundation, opened an office."
    assert has_cue(text, 0, len("Bridges for Tomorrow"), cues)
    assert not has_cue(text, 0, len("Bridges"), cues)  # "for Tomorrow" is no apposition


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("K4Peace", ("K4", "Peace")),
        ("Z3Harbour", ("Z3", "Harbour")),
        ("ProtectDefenders", ("Protect", "Defenders")),
        ("Action4life", ("Action4life",)),  # no capitalized word starts inside it
        ("iPhone", ("iPhone",)),  # a part of one letter
        ("WhiteBit", ("White", "Bit")),
    ],
)
def test_word_parts(word: str, parts: tuple[str, ...]) -> None:
    assert word_parts(word) == parts


def test_a_glued_name_written_with_a_space_where_a_word_starts(invented_index: ScanIndex) -> None:
    assert found(invented_index, "The Z3 Harbour network sued the ministry.") == [
        ("Z3 Harbour", "2030-09-02-z3harbour")
    ]
    assert found(invented_index, "Z3 is the third zone of the harbour.") == []


SPACED = (Organization("ru-undesirable-2030-09-03-greenbox", None, "GreenBox"),)


@pytest.mark.parametrize(
    ("run", "words"),
    [
        ("G r e e n B o x", [(0, 4), (5, 7)]),
        ("М е д у з а Р и г а", [(0, 5), (6, 9)]),
        ("G r e e n B", [(0, 4)]),  # one capital after the word: no word of its own
        ("A L L A T R A o", [(0, 6)]),
    ],
)
def test_a_letter_spaced_camel_case_word_keeps_its_short_second_word(run: str, words: list[tuple[int, int]]) -> None:
    assert spaced_words(run) == words


def test_a_letter_spaced_camel_case_name_is_found() -> None:
    index = build_scan_index(SPACED)
    hits = [(m.text, m.organization.id[15:]) for m in scan_text(index, "Биржа G r e e n B o x закрыла счета.")]
    assert hits == [("G r e e n B o x", "2030-09-03-greenbox")]
    assert [m.text for m in scan_text(index, "Сказал G r e e n и ушёл.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Stipendium vom Deutschen Akademischen Austauschdienst.", "Deutschen Akademischen Austauschdienst"),
        ("Im Akademischen Netzwerk Osteuropa diskutierten Historiker.", "Akademischen Netzwerk Osteuropa"),
        ("Die Deutsche Bahn streikt wieder.", None),
    ],
)
def test_a_german_name_with_its_adjectives_declined(scan_index: ScanIndex, text: str, expected: str | None) -> None:
    texts = [m.text for m in scan_text(scan_index, text)]
    assert (expected in texts) if expected else texts == []


def test_german_adjective_forms() -> None:
    assert german_adjective_forms("russischer") == {"russische", "russischer", "russisches", "russischen", "russischem"}
    assert german_adjective_forms("friedlichen") >= {"friedliche", "friedlicher"}
    assert german_adjective_forms("tiger") == set() and german_adjective_forms("austausch") == set()


BRANDED = (
    Organization("ru-undesirable-2030-09-04-kvitka", "Центр прав человека KVITKA", "KVITKA Human Rights Center"),
    Organization("ru-undesirable-2030-09-05-kharkiv", None, "Kharkiv Human Rights Group"),
)


def test_a_word_a_name_writes_in_capitals_is_its_brand() -> None:
    assert written_brands("KVITKA Human Rights Center") == {"kvitka"}
    assert written_brands("MEDIA DEVELOPMENT FUND, Inc.") == set()  # a name in capitals: no brand in it
    assert written_brands("Kharkiv Human Rights Group") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Юристы из KVITKA помогли беженцам.", [("KVITKA", "2030-09-04-kvitka")]),  # a Latin brand in Russian text
        ("Юристы из Kharkiv помогли беженцам.", []),  # a place alone, no brand
    ],
)
def test_a_brand_alone_names_the_organization(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(build_scan_index(BRANDED), text) == expected


def test_caron_elisions() -> None:
    assert caron_elisions("Centre ďétudes et ľaction") == "Centre d'études et l'action"
    assert caron_elisions("Ďurovič oďa") == "Ďurovič oďa"  # a capital, or inside a word: a letter of its own


def test_a_french_elision_the_register_writes_with_a_caron() -> None:
    index = build_scan_index((Organization("ru-undesirable-2030-09-06-paix", None, "Centre ďétudes sur la paix"),))
    (mention,) = scan_text(index, "Le Centre d'études sur la paix a publié un rapport.")
    assert mention.text == "Centre d'études sur la paix"
    assert [r.code for r in mention.reasons] == ["spelling_close"]
    assert scan_text(index, "Le centre des études de la paix a publié un rapport.") == []


def test_a_turkish_capital_dotted_i_reads_as_i() -> None:
    assert lower_text("İzmir İLKE") == "izmir ilke"  # of the same length: offsets keep
    index = build_scan_index((Organization("ru-undesirable-2030-09-07-ilkader", None, "Ilkader"),))
    assert [m.text for m in scan_text(index, "İlkader Derneği yeni bir rapor yayımladı.")] == ["İlkader"]

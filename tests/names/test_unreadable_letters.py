"""A letter the register's file lost (a private-use code point where the letter was): the name as
written keeps it, matching and scanning read it as one unknown letter, the explanation says so."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest

from undesirable.matching import build_match_index, match_names
from undesirable.model import Organization
from undesirable.names.normalize import normalize_name
from undesirable.names.parse import parse_register_name
from undesirable.names.unreadable import unreadable_readings
from undesirable.registry.build import build_organization
from undesirable.registry.bundled import load_bundled_organizations
from undesirable.scanning import build_scan_index, scan_text
from undesirable.sources.rows import RegisterRow

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


def _private_use(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) == "Co"]


def _raw_names_with_private_use() -> list[str]:
    rows = json.loads(files("undesirable.data").joinpath("bundled_register.json").read_text("utf-8"))["rows"]
    return [r["raw_name"] for r in rows if _private_use(r["raw_name"])]


def _unannotated(raw: str, org_id: str) -> Organization:
    """The organization the row says, before any annotation (as an entry added tomorrow would be)."""
    return dataclasses.replace(build_organization(RegisterRow(1, None, date(2025, 3, 3), None, None, raw)), id=org_id)


def _lost_letter_word(raw: str) -> tuple[str, int]:
    """The Latin word of ``raw`` with a private-use character between letters, and where it is."""
    for word in raw.split():
        for at, char in enumerate(word):
            if unicodedata.category(char) == "Co" and 0 < at < len(word) - 1:
                return word, at
    raise AssertionError(f"no word with a private-use character in {raw!r}")


def test_the_register_has_a_name_with_a_private_use_character_and_its_copies_agree() -> None:
    raws = _raw_names_with_private_use()
    assert raws, "the bundled register names one organization with a lost letter"
    if SHARED.exists():
        facts = (SHARED / "registry-facts.csv").read_text("utf-8")
        assert all(raw.split(" (")[0] in facts for raw in raws)


@pytest.mark.parametrize("raw", _raw_names_with_private_use())
def test_the_name_as_written_keeps_the_character_and_is_not_split(raw: str) -> None:
    parsed = parse_register_name(raw)
    word, at = _lost_letter_word(raw)
    assert parsed.name_en is not None and word in parsed.name_en  # what the ministry wrote, verbatim
    assert f"{word[:at]} {word[at + 1 :]}" not in parsed.name_en
    assert "unexpected symbols" in parsed.review_reasons


@pytest.mark.parametrize("raw", _raw_names_with_private_use())
def test_the_real_name_is_found_as_people_write_it_and_the_reason_says_a_letter_was_lost(raw: str) -> None:
    org = _unannotated(raw, "lost-letter")
    others = [o for o in load_bundled_organizations() if o.raw_name != raw]
    index = build_match_index([org, *others])
    latin = org.name_en or ""
    word, at = _lost_letter_word(latin)
    read = dict(unreadable_readings(latin))[word]
    assert read and len(read) == len(word) and read[:at] == word[:at].casefold()  # read as a vocabulary word
    written = latin.replace(word, read.capitalize())  # with the letter, as a user types it
    unmarked = "".join(c for c in unicodedata.normalize("NFD", written) if not unicodedata.combining(c))
    for query in (written, unmarked, latin):
        best = match_names(index, [query])[0][0]
        codes = [r.code for r in best.reasons]
        assert best.organization.id == "lost-letter" and 0.9 <= best.score < 1.0, (query, best)
        assert "unreadable_letter_read" in codes and not {"exact_name", "exact_alias"} & set(codes)
        assert "[U+" in best.explanation[-1] and read in best.explanation[-1]


@pytest.mark.parametrize(
    ("name", "normalized"),
    [
        ("Funda\uf50dão Horizonte Azul", "fundação horizonte azul"),  # the one vocabulary word that fits
        ("Stif\ue000ung Freier Himmel", "stiftung freier himmel"),
        ("Fundaç\ufffdo Terra", "fundação terra"),  # a decoder's replacement character
        ("Vrabl\uf50dova Kruh", "vrablova kruh"),  # no word fits: the known letters joined
        ("Bo\uf50dd Kruh", "bod kruh"),  # several words fit (bold, bond, bird...): the known letters joined
        ("Kruh \uf50d Vrablova", "kruh vrablova"),  # not inside a word: a separator
        ("Fundação Terra", "fundação terra"),  # no such character: unchanged
    ],
)
def test_a_lost_letter_is_read_from_the_vocabulary_or_left_out(name: str, normalized: str) -> None:
    assert normalize_name(name) == normalized


def test_an_invented_name_with_a_lost_letter_matches_and_scans_and_ordinary_names_do_not() -> None:
    org = _unannotated("Funda\uf50dão Horizonte Azul (Фонд «Голубой горизонт»), Португальская Республика", "azul")
    unread = _unannotated("Instituto Vrabl\uf50dkova (Институт «Гнездо»), Португальская Республика", "vrabl")
    index = build_match_index([org, unread, *load_bundled_organizations()[:50]])
    found = match_names(index, ["Fundação Horizonte Azul", "Instituto Vrablikova", "Fundação Horizonte Verde"])
    assert found[0][0].organization.id == "azul" and found[0][0].reasons[-1].code == "unreadable_letter_read"
    assert found[1][0].organization.id == "vrabl" and found[1][0].score < 1.0
    assert "unreadable_letter" in [r.code for r in found[1][0].reasons]
    assert all(m.score < 0.9 for m in found[2])  # another name that shares the leading words
    scan_index = build_scan_index([org, unread, *load_bundled_organizations()[:50]])
    mentions = scan_text(scan_index, "A Fundação Horizonte Azul apoiou o projeto.")
    assert [m.organization.id for m in mentions] == ["azul"]
    assert mentions[0].reasons[0].code == "unreadable_letter_read"
    assert scan_text(scan_index, "A Fundação Horizonte Verde apoiou o Instituto Camões.") == []

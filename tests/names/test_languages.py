"""A name's language: how Russian hears its words, and German umlauts spelled out."""

from __future__ import annotations

import pytest

from undesirable.names.languages import heard_spelling, name_language, umlauts_spelled_out


@pytest.mark.parametrize(
    ("name", "country", "language"),
    [
        ("Körber-Stiftung", None, "de"),  # by its letters
        ("Fédération internationale", None, "fr"),
        ("Stiftung Erinnerung", "DE", "de"),  # by its country
        ("Open Press", "FR", "fr"),
        ("Open Press", "US", None),
        ("Open Press", None, None),
        ("Fundacja Wolność", None, "pl"),
        ("Člověk v tísni", None, "pl"),  # Czech: the same c
        ("Fundacja Otwarty Dialog", "PL", "pl"),
    ],
)
def test_the_language_of_a_name(name: str, country: str | None, language: str | None) -> None:
    assert name_language(name, country) == language


@pytest.mark.parametrize(
    ("word", "language", "heard"),
    [
        ("vertrauen", "de", "fertrauen"),
        ("zeit", "de", "tseit"),
        ("frontières", "fr", "frontière"),
        ("droits", "fr", "droi"),
        ("chambre", "fr", "shambre"),
        ("jeunesse", "fr", "zheunesse"),
        ("fundacja", "pl", "fundatsja"),
        ("rzeczpospolita", "pl", "zhechpospolita"),
        ("vertrauen", None, "vertrauen"),
    ],
)
def test_a_word_as_russian_hears_it(word: str, language: str | None, heard: str) -> None:
    assert heard_spelling(word, language) == heard  # type: ignore[arg-type]


def test_umlauts_spelled_out() -> None:
    assert umlauts_spelled_out("für größere Übungen") == "fuer groessere Uebungen"

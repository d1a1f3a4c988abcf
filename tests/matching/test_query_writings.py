"""How a query may be written besides the name itself: letters and digits spaced apart, two names
of one thing joined by a slash, a founder's or leader's name after the name. Tested on register
entries and invented names, with the ordinary writings each rule must leave alone."""

from __future__ import annotations

from functools import cache

import pytest

from undesirable.matching import STRONG_THRESHOLD, MatchIndex, build_match_index, match_name
from undesirable.registry.bundled import load_bundled_organizations


@cache
def _index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("query", "org"),
    [
        ("A R T E C  3 D", "ru-undesirable-2026-01-19-artec-3d"),  # digits spaced like the letters
        ("F O R  A  F R E E  R U S S I A", "ru-undesirable-1148-r-2023-08-23"),  # short words between wider gaps
        ("Ф о н д  1 9 / 2 9", "ru-undesirable-2025-05-22-sdruzeni-investigativnich-novinaru-fond-19-29-z-s"),
        ("A r t e c - 3 D", "ru-undesirable-2026-01-19-artec-3d"),  # a spaced dash between the words
    ],
)
def test_a_name_spaced_letter_by_letter_with_digits_and_wider_gaps(query: str, org: str) -> None:
    found = match_name(_index(), query)
    assert found and found[0].organization.id == org and found[0].score >= STRONG_THRESHOLD
    assert "normalized_letter_spaced" in [r.code for r in found[0].reasons]


@pytest.mark.parametrize("query", ["Фонд 1 2 3 4", "пункты 1 2 3"])
def test_digits_alone_are_not_a_spaced_name(query: str) -> None:
    assert all("normalized_letter_spaced" not in [r.code for r in m.reasons] for m in match_name(_index(), query))

"""A legal form written in another accepted spelling than the register's (spelled out, abbreviated
otherwise, a one-word form at the start): the name is matched as if the form were left out, and the
reason says which form was ignored. Register entries other than the held-out sets' examples."""

from __future__ import annotations

import pytest

from undesirable.matching import STRONG_THRESHOLD, build_match_index, match_name
from undesirable.matching.index import MatchIndex
from undesirable.registry.bundled import load_bundled_organizations


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return build_match_index(load_bundled_organizations())


@pytest.mark.parametrize(
    ("query", "expected", "form"),
    [
        ("Radio Echo Ges. mit beschr. Haftung", "ru-undesirable-2025-06-03-radio-echo-gmbh", "GmbH"),
        ("Radio Echo mit beschränkter Haftung", "ru-undesirable-2025-06-03-radio-echo-gmbh", "GmbH"),
        ("Verein Deutsch-Russischer Austausch", "ru-undesirable-602-r-2021-06-02", "e.V."),
        ("Verein Forum Russischsprachiger Europäer", "ru-undesirable-601-r-2021-06-02", "e.V."),
        ("Institute of Modern Russia, incorp", "ru-undesirable-558-r-2017-04-27", "Inc"),
        ("True Russia Public Limited", "ru-undesirable-1728-r-2023-12-25", "PLC"),
        ("MRR-Fund gUG (haftungsbeschränkt)", "ru-undesirable-1012-r-2024-08-14", "UG"),
        ("Mnenie media, zapsaný spolek", "ru-undesirable-157-r-2024-02-08", "z.s."),
        ("Vuoksi rekisteröity yhdistys", "ru-undesirable-851-r-2024-07-08", "ry"),
    ],
)
def test_a_legal_form_in_another_spelling_is_left_out(index: MatchIndex, query: str, expected: str, form: str) -> None:
    found = match_name(index, query)
    assert found and found[0].organization.id == expected
    assert found[0].score >= STRONG_THRESHOLD
    assert any(r.code == "legal_form_ignored" and r.values.get("form") == form for r in found[0].reasons)


def test_the_same_form_in_another_spelling_ranks_its_entry_first(index: MatchIndex) -> None:
    """Two Bellingcat entries: a Ltd and a Stichting. A Ltd spelled otherwise picks the Ltd."""
    found = match_name(index, "Bellingcat Pty Limited")
    ltd, stichting = "ru-undesirable-952-r-2022-07-26", "ru-undesirable-951-r-2022-07-26"
    assert [m.organization.id for m in found[:2]] == [ltd, stichting]
    assert found[0].score >= STRONG_THRESHOLD


def test_a_form_that_is_also_a_word_is_no_form_inside_a_name(index: MatchIndex) -> None:
    """«Verein» is e.V. only at the start or end of a name; inside it is a word of the name."""
    inside = match_name(index, "Deutsch-Russischer Verein Austausch")
    assert not any(r.code == "legal_form_ignored" for m in inside for r in m.reasons)

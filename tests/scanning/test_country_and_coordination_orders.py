"""Word order in text: a Russian name that ends in its country in the genitive is also written with
the country's adjective first (the other face of ``country_last``); an English name in another
order may leave out the word that ends it when the organization's names leave it out (ALDE Party,
ALDE). Invented entries."""

from __future__ import annotations

import pytest

from tests.scanning.conftest import ids
from undesirable.model import Organization
from undesirable.scanning import ScanIndex
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.country_orders import country_first
from undesirable.scanning.orders import words_left_out

INVENTED = (
    Organization("lakes", "Фонд северных озёр Канады", "Northern Lakes Fund of Canada", country_code="CA"),
    Organization("silence", "Канадский институт тишины", "Canadian Institute of Silence", country_code="CA"),
    Organization("rivers", "Союз речников в Канаде", "Union of Rivermen in Canada", country_code="CA"),
    Organization(
        "gardeners",
        "Альянс садовников и пчеловодов за завтра",
        "Alliance of Gardeners and Beekeepers for Tomorrow Party",
        aliases=("AGBT Party", "AGBT"),
    ),
    Organization("painters", None, "Union of Painters and Sculptors for Peace Party"),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Канадский фонд северных озёр объявил конкурс.", {"lakes"}),
        ("Грант Канадского фонда северных озёр получили трое.", {"lakes"}),
        ("Фонд северных озёр Канады объявил конкурс.", {"lakes"}),  # the name itself
        ("Американский фонд северных озёр объявил конкурс.", set()),  # another country's adjective
        ("Канадский союз речников провёл съезд.", set()),  # «в Канаде» is a complement, no genitive
    ],
)
def test_a_country_in_the_genitive_is_also_written_as_its_adjective_first(
    invented_index: ScanIndex, text: str, expected: set[str]
) -> None:
    assert ids(invented_index, text) == expected


def _spec(*words: str) -> AliasSpec:
    return AliasSpec(" ".join(words), words, tuple(frozenset() for _ in words[1:]))


def test_the_countrys_adjective_is_the_registers_that_shares_most_of_its_letters() -> None:
    adjectives = frozenset({"австралийский", "австрийский", "канадский"})
    found = country_first(_spec("фонд", "горных", "озёр", "австрии"), "AT", adjectives)
    assert [s.words for s in found] == [("австрийский", "фонд", "горных", "озёр")]
    assert country_first(_spec("фонд", "горных", "озёр", "австрии"), "AT", frozenset({"канадский"})) == []
    assert country_first(_spec("фонд", "горных", "озёр", "австрии"), "DE", adjectives) == []  # not its country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Alliance of Beekeepers and Gardeners for Tomorrow met in Riga.", {"gardeners"}),
        ("The Alliance of Gardeners and Beekeepers for Tomorrow met in Riga.", {"gardeners"}),  # a short form
        ("The Union of Sculptors and Painters for Peace met in Riga.", set()),  # its names always say Party
        ("The Alliance of Beekeepers and Gardeners met in Riga.", set()),  # a word of the name left out
    ],
)
def test_an_english_name_in_another_order_without_a_word_its_names_leave_out(
    invented_index: ScanIndex, text: str, expected: set[str]
) -> None:
    assert ids(invented_index, text) == expected


def test_words_left_out_are_those_one_name_has_and_another_leaves_out() -> None:
    assert words_left_out(("ALDE Party", "ALDE", "Alliance of Liberals and Democrats for Europe Party")) == {"party"}
    assert words_left_out(("Open Society Foundations", "OSF")) == frozenset()

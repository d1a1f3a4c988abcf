"""An English name's leading adjective of a place or people written as a noun after "of" ("the
Youth Climate Forum of Norwegians" for the Norwegian Youth Climate Forum). Invented entries."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.people_orders import people_orders

INVENTED = (
    Organization("heritage", None, "Siberian Ruthenian Heritage Center"),
    Organization("forum", None, "Norwegian Youth Climate Forum"),
    Organization("group", None, "Estonian Legal Advisory Group"),
)


@pytest.fixture(scope="module")
def index() -> ScanIndex:
    return build_scan_index(INVENTED)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Heritage Center of Siberian Ruthenians opened a library.", {"heritage"}),
        ("The Heritage Center of the Siberian Ruthenians opened a library.", {"heritage"}),
        ("She joined the Youth Climate Forum of Norwegians last year.", {"forum"}),
        ("She joined the Youth Climate Forum of Norway last year.", {"forum"}),
        ("The Legal Advisory Group of Estonians wrote to the court.", {"group"}),
        ("The Legal Advisory Group of Estonia wrote to the court.", {"group"}),
        ("The heritage center of Siberian Ruthenians opened.", set()),  # not written as a name
        ("A youth climate forum of Norwegians met.", set()),
        ("The Heritage Center of Siberia opened.", set()),  # a people left out
        ("The Advisory Group of Estonian Legals wrote.", set()),  # Legal is no people
        ("The Heritage Center of Siberian Ruthenians Studies opened.", set()),  # part of a longer name
    ],
)
def test_a_place_or_people_written_as_a_noun_names_the_organization(
    index: ScanIndex, text: str, found: set[str]
) -> None:
    mentions = scan_text(index, text)
    assert {m.organization.id for m in mentions} == found
    assert all(m.kind == "word_order" for m in mentions)


def test_the_mention_says_which_noun_stands_for_which_adjective(index: ScanIndex) -> None:
    (mention,) = scan_text(index, "She joined the Youth Climate Forum of Norwegians last year.")
    reasons = {r.code: r.values for r in mention.reasons}
    assert reasons["place_as_adjective"] == {"words": "Norwegians = Norwegian"}
    assert "word_order" in reasons


@pytest.mark.parametrize(
    "name",
    [
        "Fund for Local Initiatives",  # no adjective of a place
        "Canadian Fund for Local Initiatives",  # "of" would follow a complement
        "Norwegian Forum",  # one word besides the adjective
        "Republican Youth Movement",  # no place of the vocabulary
    ],
)
def test_names_without_a_leading_place_adjective_and_kind_words_have_no_such_order(name: str) -> None:
    words = tuple(name.lower().split())
    assert people_orders(AliasSpec(name, words, (frozenset(),) * (len(words) - 1))) == []

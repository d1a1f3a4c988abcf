"""An English name's two coordinated words swapped ("Euro-Atlantic and Democratic Choice" for the
Democratic and Euro-Atlantic Choice) name it in another order. Invented entries."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.country_orders import swapped_coordination

INVENTED = (Organization("forum", None, "Forum for Civic and Pan-Baltic Dialogue"),)


@pytest.fixture(scope="module")
def index() -> ScanIndex:
    return build_scan_index(INVENTED)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Forum for Pan-Baltic and Civic Dialogue met in Riga.", {("forum", "word_order")}),
        ("The Forum for Civic and Pan-Baltic Dialogue met in Riga.", {("forum", "name")}),
        ("The Forum for Pan-Baltic and Civil Dialogue met in Riga.", set()),  # another word
    ],
)
def test_swapped_coordinated_words_name_the_organization(
    index: ScanIndex, text: str, found: set[tuple[str, str]]
) -> None:
    assert {(m.organization.id, m.kind) for m in scan_text(index, text)} == found


def test_only_capitalized_words_around_and_are_swapped() -> None:
    spec = AliasSpec("Bible and tract Society", ("bible", "and", "tract", "society"), (frozenset(),) * 3)
    assert swapped_coordination(spec) == []
    named = AliasSpec("Bible and Tract Society", ("bible", "and", "tract", "society"), (frozenset(),) * 3)
    assert [s.words for s in swapped_coordination(named)] == [("tract", "and", "bible", "society")]

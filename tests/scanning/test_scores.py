"""An acronym that is a team code in a sports result is no mention."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.scores import is_team_code

ORGS = (
    Organization("ru-undesirable-2030-03-01-por", None, "Press Observatory Romania", acronyms=("POR",)),
    Organization("ru-undesirable-2030-03-02-ita", None, "Independent Teachers Alliance", acronyms=("ITA",)),
)


@pytest.fixture(scope="module")
def index() -> ScanIndex:
    return build_scan_index(ORGS)


@pytest.mark.parametrize(
    "text",
    [
        "Final: POR 3–0 GER after a quiet first half.",
        "GER 1:2 POR, the table after the second round.",
        "Tonight POR v GER in Munich.",
        "Tickets for POR vs. GER are sold out.",
        "POR–GER drew a record crowd.",
    ],
)
def test_a_code_in_a_sports_result_is_no_mention(index: ScanIndex, text: str) -> None:
    assert scan_text(index, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The POR published 3 reports in 2019–2021.",  # years are no score
        "A joint POR–ITA statement was issued.",  # two acronyms of the register
        "The POR said on Monday that 2 of its staff were detained.",
    ],
)
def test_an_acronym_beside_numbers_or_another_acronym_is_a_mention(index: ScanIndex, text: str) -> None:
    assert "ru-undesirable-2030-03-01-por" in {m.organization.id for m in scan_text(index, text)}


def test_the_rule_on_its_own() -> None:
    text = "ABC 2–1 XYZ"
    assert is_team_code(text, 0, 3, lambda code: False)
    assert is_team_code(text, 8, 11, lambda code: False)
    assert not is_team_code("ABC and XYZ", 0, 3, lambda code: False)
    assert not is_team_code("ABC–XYZ", 0, 3, lambda code: code == "XYZ")

"""A name two entries share, written with a kind word the other entry's names never contradict: both
entries (:func:`undesirable.scanning.shared.shares_name`). Invented entries."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text

SHARED = (
    Organization("ru-undesirable-2030-07-01-society", "Общество «Зелёная волна»", None),
    Organization("ru-undesirable-2030-07-02-bare", "Зелёная волна", None),
    Organization("ru-undesirable-2030-07-03-centre", "Экологический центр «Синий берег»", None),
    Organization("ru-undesirable-2030-07-04-union", "Союз «Синий берег»", None),
)


@pytest.fixture(scope="module")
def shared_index() -> ScanIndex:
    return build_scan_index(SHARED)


def orgs(index: ScanIndex, text: str) -> list[str]:
    return sorted({m.organization.id[15:] for m in scan_text(index, text)})


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Члены общества «Зелёная волна» вышли на акцию.", ["2030-07-01-society", "2030-07-02-bare"]),
        ("Активисты «Зелёной волны» вышли на акцию.", ["2030-07-01-society", "2030-07-02-bare"]),
        # the other entry names itself with a kind of its own: the kind word written tells them apart
        ("Члены союза «Синий берег» вышли на акцию.", ["2030-07-04-union"]),
    ],
)
def test_a_kind_word_beside_a_shared_quoted_name(shared_index: ScanIndex, text: str, found: list[str]) -> None:
    assert orgs(shared_index, text) == found

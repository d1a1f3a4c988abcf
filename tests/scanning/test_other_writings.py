"""Names as texts write them otherwise: glued words apart, short forms that need their noun."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text

ORGS = (
    Organization("ru-undesirable-2030-02-01-sea-watchers", None, "SeaWatchers Trust"),
    Organization("ru-undesirable-2030-02-02-les-sos", "ЛесSOS", "LesSOS"),
    Organization("ru-undesirable-2030-02-03-help2kids", None, "Help2kids"),
    Organization("ru-undesirable-2030-02-04-historians", "Германо-Польская ассоциация историков", None),
)


@pytest.fixture(scope="module")
def index() -> ScanIndex:
    return build_scan_index(ORGS)


def found(index: ScanIndex, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.organization.id[15:]) for m in scan_text(index, text)]


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("Volunteers of the Sea Watchers Trust rescued them.", "Sea Watchers Trust", "2030-02-01-sea-watchers"),
        ("Волонтёры «Лес SOS» тушили пожар.", "Лес SOS", "2030-02-02-les-sos"),
        ("Волонтёры группы Лес-SOS тушили пожар.", "Лес-SOS", "2030-02-02-les-sos"),
        ("The charity Help 2 Kids sent parcels.", "Help 2 Kids", "2030-02-03-help2kids"),
    ],
)
def test_a_glued_name_written_apart(index: ScanIndex, text: str, surface: str, org: str) -> None:
    assert found(index, text) == [(surface, org)]


def test_a_russian_short_form_needs_the_noun_of_its_adjectives(index: ScanIndex) -> None:
    assert found(index, "Германо-польская торговая палата провела форум.") == []
    assert found(index, "Доклад Германо-польской ассоциации историков вышел.") == [
        ("Германо-польской ассоциации историков", "2030-02-04-historians")
    ]

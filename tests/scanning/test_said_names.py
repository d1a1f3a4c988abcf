"""Latin names written by ear in a Russian text: a glued name written apart with its function-word
part («Мит Вельт» for MitWelt), and a short word of digits and capitals said letter by letter
(«Орион Джи-Севен» for Orion G7). Invented entries: the register's own are measured by the held-out sets."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.names.numbers import codes_said
from undesirable.scanning import ScanIndex, build_scan_index, scan_text

SAID_ORGS = (
    Organization("ru-undesirable-2030-05-01-mitwelt", None, "MitWelt e.V.", country_code="DE"),
    Organization("ru-undesirable-2030-05-02-forhope", None, "ForHope", country_code="US"),
    Organization("ru-undesirable-2030-05-03-orion", None, "Orion G7", country_code="GB"),
    Organization("ru-undesirable-2030-05-04-nova", None, "Nova 4K", country_code="US"),
)


@pytest.fixture(scope="module")
def said_index() -> ScanIndex:
    return build_scan_index(SAID_ORGS)


def found(index: ScanIndex, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.organization.id[15:], m.kind) for m in scan_text(index, text)]


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Orion G7", ("Orion Джисевен", "Orion Джисемь")),
        ("Nova 4K", ("Nova Форкей", "Nova Четырекей")),
        ("Artec 3D", ("Artec Фриди", "Artec Сриди", "Artec Триди")),
        ("Help2kids", ()),  # a digit between lower-case letters is a word (digit_readings)
        ("Calvert 22", ()),  # a number, no code
        ("NED", ()),
    ],
)
def test_a_code_is_said_letter_by_letter(name: str, said: tuple[str, ...]) -> None:
    assert codes_said(name) == said


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("Участники «Мит Вельт» встретились в Берлине.", "Мит Вельт", "2030-05-01-mitwelt"),
        ("Волонтёры «Фор Хоуп» собрали деньги.", "Фор Хоуп", "2030-05-02-forhope"),
        ("Компания «Орион Джи-Севен» открыла офис.", "Орион Джи-Севен", "2030-05-03-orion"),
        ("Компания Орион Джи-Севен открыла офис.", "Орион Джи-Севен", "2030-05-03-orion"),
        ("Компания «Нова Фор-Кей» открыла офис.", "Нова Фор-Кей", "2030-05-04-nova"),
    ],
)
def test_a_name_said_aloud_is_found(said_index: ScanIndex, text: str, surface: str, org: str) -> None:
    assert found(said_index, text) == [(surface, org, "phonetic")]


@pytest.mark.parametrize(
    "text",
    [
        "Участники «Вельт» встретились в Берлине.",  # the glued name's other part alone
        "Он ответил: «Мит» — и ушёл.",
        "Компания «Орион» открыла офис.",  # the code left out
        "Компания «Орион Джи» открыла офис.",
        "Компания «Нова Фор» открыла офис.",
        "Компания Орион Семь открыла офис.",
    ],
)
def test_a_part_of_a_name_said_aloud_is_none(said_index: ScanIndex, text: str) -> None:
    assert found(said_index, text) == []

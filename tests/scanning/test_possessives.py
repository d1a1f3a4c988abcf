"""A surname's possessive adjective before the head word of a name called after the person
(«Немцовский фонд» for the Фонд Бориса Немцова): :mod:`undesirable.scanning.possessives`."""

from __future__ import annotations

import pytest

from tests.scanning.conftest import found
from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text
from undesirable.scanning.possessives import possessive_forms

NEMTSOV = "ru-undesirable-464-r-2024-04-16"
EBERT = "ru-undesirable-256-r-2024-03-01"
INVENTED = (
    Organization("ru-undesirable-2030-06-01-harper", "Центр Джона Бакстера", "John Baxter Center", country_code="US"),
    Organization("ru-undesirable-2030-06-02-lomov", "Фонд Ивана Ломова", "Ivan Lomov Foundation", country_code="DE"),
)


@pytest.mark.parametrize(
    ("words", "classes", "cut", "others", "form"),
    [
        (
            ("центр", "вильямса"),
            ("generic", "distinctive"),
            (0, 1),
            [("williams", "center")],
            ("вильямсовский", "центр"),
        ),
        (("фонд", "карра"), ("generic", "distinctive"), (0, 1), [("carr", "foundation")], ("карровский", "фонд")),
        (("фонд", "лебедева"), ("generic", "distinctive"), (0, 1), [("lebedev", "fund")], ("лебедевский", "фонд")),
        (("фонд", "карра"), ("generic", "distinctive"), (0, 1), [("open", "fund")], None),  # no Latin Carr
        (("фонд", "белля"), ("generic", "distinctive"), (0, 1), [("boll", "foundation")], None),  # a soft end
        (("center", "smith"), ("generic", "distinctive"), (0, 1), [("smith", "center")], None),  # not Russian
    ],
)
def test_the_possessive_form_of_an_eponym_form(
    words: tuple[str, ...],
    classes: tuple[str, ...],
    cut: tuple[int, ...],
    others: list[tuple[str, ...]],
    form: tuple[str, str] | None,
) -> None:
    assert possessive_forms(words, classes, cut, others, (False, True)) == ([form] if form else [])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("Аналитики Бакстеровского центра считают иначе.", "Бакстеровского центра", "2030-06-01-harper"),
        ("В Ломовском фонде ответили.", "Ломовском фонде", "2030-06-02-lomov"),
    ],
)
def test_an_invented_eponym_by_its_possessive(invented_index: ScanIndex, text: str, surface: str, org: str) -> None:
    assert found(invented_index, text) == [(surface, org)]


@pytest.mark.parametrize(
    "text",
    [
        "Аналитики Бакстеровского института считают иначе.",  # another head word
        "Аналитики Бакстеровского считают иначе.",  # no head word
        "В Ломовской школе ответили.",
    ],
)
def test_a_possessive_without_the_head_is_none(invented_index: ScanIndex, text: str) -> None:
    assert found(invented_index, text) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Сотрудники Немцовского фонда провели акцию.", NEMTSOV),
        ("Аналитики Эбертовского фонда считают иначе.", EBERT),
    ],
)
def test_register_eponyms_by_their_possessive(scan_index: ScanIndex, text: str, org: str) -> None:
    [mention] = scan_text(scan_index, text)
    assert mention.organization.id == org
    assert mention.reasons[0].code == "short_form"


HEADED = (Organization("ru-undesirable-2030-06-03-poseidon", "Центр изучения морских течений «Посейдон»", None),)


@pytest.fixture(scope="module")
def headed_index() -> ScanIndex:
    return build_scan_index(HEADED)


@pytest.mark.parametrize(
    ("text", "found_as"),
    [
        ("Аналитики центра «Посейдон» оценили риски.", [("центра «Посейдон»", "2030-06-03-poseidon")]),
        ("Аналитики Центра «Посейдон» оценили риски.", [("Центра «Посейдон»", "2030-06-03-poseidon")]),
        ("Реабилитационный центр «Посейдон» открылся.", []),  # another center: an adjective of its own
        ("Яхта «Посейдон» вышла в море.", []),  # the quoted name alone is any Poseidon
        ("Фонд «Посейдон» объявил конкурс.", []),  # another kind
    ],
)
def test_the_kind_word_and_the_quoted_name_without_the_description(
    headed_index: ScanIndex, text: str, found_as: list[tuple[str, str]]
) -> None:
    assert found(headed_index, text) == found_as

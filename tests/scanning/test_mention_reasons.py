"""What a mention's reasons say of how a text writes the name: every statement true (a short form
is no inflected form, an inflected short form is both, the whole name as written is exact)."""

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text

INVENTED = (
    Organization("ru-undesirable-2030-10-01-lindqvist", None, "The Lindqvist Foundation", aliases=("Lindqvist",)),
    Organization("ru-undesirable-2030-10-02-brandt", "Фонд имени Вальтера Брандта", None),
)


@pytest.fixture(scope="module")
def index() -> ScanIndex:
    return build_scan_index(INVENTED)


def _reasons(index: ScanIndex, text: str) -> list[tuple[str, str, list[str]]]:
    return [(m.text, m.matched_name, [r.code for r in m.reasons]) for m in scan_text(index, text)]


def test_the_whole_name_as_written_is_exact(index: ScanIndex) -> None:
    assert _reasons(index, "The Lindqvist Foundation published a report.") == [
        ("The Lindqvist Foundation", "The Lindqvist Foundation", ["exact_name"])
    ]


@pytest.mark.parametrize(
    ("text", "surface", "codes"),
    [
        ("Сотрудники Фонда Брандта приехали в Берлин.", "Фонда Брандта", ["short_form", "inflected_form"]),
        ("Фонд Брандта провёл семинар.", "Фонд Брандта", ["short_form"]),
        ("Analysts of Lindqvist Foundation wrote it.", "Lindqvist Foundation", ["short_form"]),
    ],
)
def test_a_name_written_with_fewer_words_is_a_short_form_and_inflected_only_when_a_word_is(
    index: ScanIndex, text: str, surface: str, codes: list[str]
) -> None:
    found = [(t, codes_) for t, _, codes_ in _reasons(index, text)]
    assert found == [(surface, codes)]


def test_an_inflected_whole_name_is_an_inflected_form_and_no_short_form(index: ScanIndex) -> None:
    found = _reasons(index, "Доклад Фонда имени Вальтера Брандта вышел вчера.")
    assert [(t, c) for t, _, c in found] == [("Фонда имени Вальтера Брандта", ["inflected_form"])]

"""A capital letter of the other script that looks like a Latin one (a Cyrillic Т, Н, В, М in an
English name) hides nothing: the name is read with its capitals, as a reader sees it."""

from __future__ import annotations

import pytest

from undesirable.scanning import ScanIndex, scan_text
from undesirable.scanning.text import lower_text, repair_mixed_cased_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Как пишет \u0422he Insider, губернатор уехал.", "ru-undesirable-953-r-2022-07-26"),
        ("Как пишет \u0422HE MOSCOW TIMES, губернатор уехал.", "ru-undesirable-895-r-2024-07-17"),
    ],
)
def test_a_name_whose_capital_is_a_lookalike_is_found(scan_index: ScanIndex, text: str, expected: str) -> None:
    found = scan_text(scan_index, text)
    assert expected in {m.organization.id for m in found}
    mention = next(m for m in found if m.organization.id == expected)
    assert text[mention.start : mention.end].lower().startswith("\u0442he")  # the span is the text as written


def test_the_repair_keeps_capitals_and_length() -> None:
    clean = "По данным \u0422he Insider и Mосквы"
    repaired = repair_mixed_cased_words(clean, lower_text(clean))
    assert repaired == "По данным The Insider и Москвы" and len(repaired) == len(clean)
    assert repair_mixed_cased_words("Просто текст", lower_text("Просто текст")) == "Просто текст"

"""A Latin name glued from two words (LexCollective, WhiteBit) written by ear in Cyrillic as two
words, or as one; the English sounds this needs (a silent final e after v, wh read as w)."""

from __future__ import annotations

import pytest

from undesirable.names.translit import phonetic_key, skeletonize_token
from undesirable.scanning import ScanIndex, scan_text

WHITEBIT = "ru-undesirable-2026-01-30-whitebit"


@pytest.mark.parametrize(
    ("latin", "heard"),
    [("narrative", "нарратив"), ("active", "актив"), ("white", "уайт"), ("whitney", "уитни")],
)
def test_english_sounds_written_by_ear(latin: str, heard: str) -> None:
    assert phonetic_key(skeletonize_token(latin)) == phonetic_key(skeletonize_token(heard))


@pytest.mark.parametrize(
    "text",
    [
        "Биржа «Уайт Бит» заблокировала счета российских клиентов.",
        "Криптобиржа Уайт-Бит заблокировала счета российских клиентов.",
        "Биржа «Вайтбит» заблокировала счета российских клиентов.",
    ],
)
def test_a_glued_name_heard_by_ear(scan_index: ScanIndex, text: str) -> None:
    found = [m for m in scan_text(scan_index, text) if m.organization.id == WHITEBIT]
    assert [m.kind for m in found] == ["phonetic"]


@pytest.mark.parametrize(
    "text",
    [
        "Белый бит звучал всю ночь.",  # the words translated are no name heard by ear
        "Уайт сказал, что бит был хороший.",
    ],
)
def test_words_that_do_not_sound_the_name_together_are_none(scan_index: ScanIndex, text: str) -> None:
    assert WHITEBIT not in {m.organization.id for m in scan_text(scan_index, text)}

"""Names a text writes letter-spaced with digits, dashes and wider gaps between the words; names
made of ordinary words, which a text uses in their ordinary sense."""

from __future__ import annotations

import pytest

from undesirable.scanning import ScanIndex, scan_text


@pytest.mark.parametrize(
    ("text", "surface", "org"),
    [
        ("Компания A R T E C  3 D выпустила сканер.", "A R T E C  3 D", "2026-01-19-artec-3d"),
        (
            "Движение F O R  A  F R E E  R U S S I A провело митинг.",
            "F O R  A  F R E E  R U S S I A",
            "1148-r-2023-08-23",
        ),
        (
            "Журналисты Ф О Н Д А  1 9 / 2 9 опубликовали расследование.",
            "Ф О Н Д А  1 9 / 2 9",
            "2025-05-22-sdruzeni-investigativnich-novinaru-fond-19-29-z-s",
        ),
        ("Сайт A r t e c - 3 D обновлён.", "A r t e c - 3 D", "2026-01-19-artec-3d"),
    ],
)
def test_a_letter_spaced_name_with_digits_and_wider_gaps(
    scan_index: ScanIndex, text: str, surface: str, org: str
) -> None:
    mentions = [m for m in scan_text(scan_index, text) if m.organization.id.endswith(org)]
    assert [m.text for m in mentions] == [surface]
    assert "normalized_letter_spaced" in [r.code for r in mentions[0].reasons]

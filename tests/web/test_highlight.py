"""Cutting a text at its mentions' offsets."""

from __future__ import annotations

import pytest

from undesirable.web.highlight import Piece, split_highlights


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("abc", [], [Piece("abc")]),
        ("в Медузе и Bellingcat", [(2, 8), (11, 21)],
         [Piece("в "), Piece("Медузе", 0), Piece(" и "), Piece("Bellingcat", 1)]),
        ("abcdef", [(0, 4), (2, 6)], [Piece("abcd", 0), Piece("ef")]),
        ("abcdef", [(2, 4), (0, 6)], [Piece("abcdef", 1)]),
        ("abc", [(1, 9)], [Piece("abc")]),
    ],
)  # fmt: skip
def test_split_highlights(text: str, spans: list[tuple[int, int]], expected: list[Piece]) -> None:
    mentions = [{"start": s, "end": e} for s, e in spans]
    pieces = split_highlights(text, mentions)
    assert pieces == expected
    assert "".join(p.text for p in pieces) == text

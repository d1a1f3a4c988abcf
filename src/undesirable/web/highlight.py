"""Split a scanned text into plain and highlighted pieces, by the mentions' character offsets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Piece:
    """A run of the text; ``mention`` is the index of the mention it shows, or None."""

    text: str
    mention: int | None = None


def split_highlights(text: str, mentions: Sequence[Mapping[str, Any]]) -> list[Piece]:
    """The text cut at each mention's ``start``/``end``; overlapping later mentions are skipped."""
    pieces: list[Piece] = []
    position = 0
    order = sorted(range(len(mentions)), key=lambda i: (int(mentions[i]["start"]), -int(mentions[i]["end"])))
    for index in order:
        start, end = int(mentions[index]["start"]), int(mentions[index]["end"])
        if start < position or not 0 <= start < end <= len(text):
            continue
        if start > position:
            pieces.append(Piece(text[position:start]))
        pieces.append(Piece(text[start:end], index))
        position = end
    if position < len(text):
        pieces.append(Piece(text[position:]))
    return pieces

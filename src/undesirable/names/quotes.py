"""Quotes in raw register names: nesting, quoted runs, and quotes that wrap a whole name.

Register typography mixes ``«»``, ``„“``, ``“”`` and straight quotes, and lets the closing quote of
a nested quote stand for both (``«Фонд «Открытый диалог»``). :class:`QuoteTracker` follows the
nesting along a string; an apostrophe inside a word (``People's``, ``Кот-д'Ивуар``) is no quote.
"""

from __future__ import annotations

QUOTE_PAIRS = {"«": "»", "„": "“", "‹": "›", "“": "”", "‘": "’", '"': '"', "'": "'"}
QUOTE_CHARS = frozenset("«»„“‹›”‘’\"'")
_APOSTROPHES = "'’"
_SHARED_CLOSER = "»"  # before ``,``/``)``/end it closes every open ``«``
_AFTER_SHARED_CLOSER = ("", ",", ")")


class QuoteTracker:
    """Track quote nesting along a string; a closing ``»`` before ``,``/``)``/end closes all."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.opened = 0
        self.closed = 0
        self.stray = False

    def feed(self, text: str, i: int) -> None:
        """Take the character ``text[i]`` into account (only quotes change the state)."""
        ch = text[i]
        if ch not in QUOTE_CHARS:
            return
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in _APOSTROPHES and before.isalnum() and after.isalnum():
            return  # an apostrophe: People's, Кот-д'Ивуар
        if self.stack and ch == self.stack[-1]:
            self.stack.pop()
            self.closed += 1
            if ch == _SHARED_CLOSER and text[i + 1 :].lstrip()[:1] in _AFTER_SHARED_CLOSER:
                self.stack = [q for q in self.stack if q != _SHARED_CLOSER]
        elif ch in QUOTE_PAIRS and not (ch == "'" and before.isalnum()):
            self.stack.append(QUOTE_PAIRS[ch])
            self.opened += 1
        elif ch in self.stack:
            while self.stack and self.stack.pop() != ch:
                pass
            self.closed += 1
        elif ch not in _APOSTROPHES:
            self.stray = True

    def reset(self, reasons: list[str]) -> None:
        """Forget open quotes; add ``unbalanced quotes`` to ``reasons`` (once) if any were left."""
        if (self.stack or self.stray) and "unbalanced quotes" not in reasons:
            reasons.append("unbalanced quotes")
        self.stack = []
        self.stray = False


def strip_quotes(text: str) -> str:
    """Remove quotes that wrap a whole name; ``«A «B»`` (shared closing quote) gives ``A «B»``."""
    text = text.strip()
    if len(text) < 2 or text[0] not in QUOTE_PAIRS:
        return text
    quotes = QuoteTracker()
    for i in range(len(text)):
        quotes.feed(text, i)
        if not quotes.stack:
            if i != len(text) - 1:
                return text
            inner = text[1:-1] if quotes.closed >= quotes.opened else text[1:]
            return inner.strip() or text
    return text[1:].strip() or text

"""A name in the other script: a Latin name in a Russian sentence, a Cyrillic one in an English one.

``Article 19``, ``SOTA`` and ``Insider`` are ordinary English; in an English text they are names
only when the text marks them (see :mod:`undesirable.scanning.ambiguity`). A Russian sentence has
no such English words of its own: «Article 19 заявила…», «…первой опубликовала SOTA.» A run of
Latin words in Cyrillic text is a proper name, wherever it stands (and a run of Cyrillic words in
Latin text is one too). It counts only when the run of that script is the span itself: in «модели
уровня SOTA models» or «журнал Nature Communications» the run is longer, so the span is a part of
some other phrase; and a span joined by a hyphen to a word («SOTA-модели») is a part of that word.
Two letters («MS побывал…», «PR-служба», DW) are too short to tell a name from an abbreviation:
they still need a cue word of their trade (see :data:`undesirable.scanning.index.MAX_SHORT_ACRONYM`).
"""

from __future__ import annotations

import re

from undesirable.scanning.text import WORD

CONTEXT_CHARS = 60
"""How far, in characters, the nearest lettered word is looked for on each side."""
MIN_LETTERS = 3
"""A span needs this many letters for its script to mark it as a name."""
_CYRILLIC = re.compile(r"[а-яёѐ-џґєії]", re.IGNORECASE)
_HYPHENS = frozenset("-‐‑")


def _script(word: str) -> str | None:
    """``cyrillic``, ``latin``, or None for a word of digits (which belongs to either)."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return None
    if all(_CYRILLIC.match(c) for c in letters):
        return "cyrillic"
    return "latin" if all(c.isascii() or not _CYRILLIC.match(c) for c in letters) else "mixed"


def in_other_script(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole run of one script (Latin or Cyrillic) in a text of the
    other: the nearest lettered word on each side (at least one side has one) is of the other
    script, and no hyphen joins the span to a word (see the module docstring)."""
    if (start > 0 and text[start - 1] in _HYPHENS) or (end < len(text) and text[end] in _HYPHENS):
        return False
    words = WORD.findall(text, start, end)
    if sum(c.isalpha() for w in words for c in w) < MIN_LETTERS:
        return False
    own = {_script(w) for w in words} - {None}
    if len(own) != 1 or "mixed" in own:
        return False
    other = "latin" if own == {"cyrillic"} else "cyrillic"
    before = [s for w in WORD.findall(text, max(0, start - CONTEXT_CHARS), start) if (s := _script(w))]
    after = [s for w in WORD.findall(text, end, end + CONTEXT_CHARS) if (s := _script(w))]
    near = [*before[-1:], *after[:1]]
    return bool(near) and all(s == other for s in near)

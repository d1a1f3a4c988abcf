"""Direct speech in Russian text: words in quotes that a person says are no name.

«Вернись живым», — сказала мать сыну: Russian punctuation sets direct speech apart by its quotes
and a dash before the words of the author, whose verb comes first (a quote, then ``, —`` or a
dash after ``!``, ``?`` or ``…``, then a verb within :data:`VERB_WORDS` words); or by a colon after
the author's words, whose verb stands shortly before it, the quote ending the sentence (мать
сказала сыну: «Вернись живым».).
A quote so marked is speech, not a name, unless a cue word names an organization beside it
(:mod:`undesirable.scanning.ambiguity`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from undesirable.names.lemma import morph_analyzer
from undesirable.scanning.text import WORD

VERB_WORDS = 2
"""The author's verb is among the first this many words after the dash (— тихо сказала мать)."""
VERB_WORDS_BEFORE_COLON = 3
"""… or among the last this many words before the colon (мать сказала сыну: «…»)."""

_DASH_AFTER = re.compile(r"[,!?…]?[ \t\u00a0]*[—–-][ \t\u00a0]*")
_COLON_BEFORE = re.compile(r":[ \t\u00a0]*$")
WINDOW_CHARS = 60
"""How far, in characters, the author's words are looked at."""


def is_direct_speech(text: str, start: int, end: int) -> bool:
    """Whether the quote ``text[start:end]`` (its marks included) is direct speech."""
    after = _DASH_AFTER.match(text, end)
    if after is not None and after.end() > end:
        words = WORD.findall(text, after.end(), after.end() + WINDOW_CHARS)[:VERB_WORDS]
        if any(_is_finite_verb(w) for w in words):
            return True
    if not _ends_sentence(text, end):
        return False  # мать сказала: «Медуза» врёт — the quote is a part of the author's sentence
    lead = text[max(0, start - WINDOW_CHARS) : start]
    colon = _COLON_BEFORE.search(lead)
    if colon is None:
        return False
    words = WORD.findall(lead, 0, colon.start())[-VERB_WORDS_BEFORE_COLON:]
    return any(_is_finite_verb(w) for w in words)


def _ends_sentence(text: str, end: int) -> bool:
    """Whether a sentence ends right after a quote that ends at ``end``."""
    rest = text[end : end + 2].lstrip(" \t\u00a0")
    return not rest or rest[0] in ".!?…\n\r"


@lru_cache(maxsize=4096)
def _is_finite_verb(word: str) -> bool:
    """A Russian verb in a personal form or the past (сказала, говорит), by its likeliest reading."""
    parses = morph_analyzer().parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "VERB"

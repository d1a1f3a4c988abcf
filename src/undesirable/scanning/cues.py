"""Cue words beside a name in a text: words that say it is an organization (издание, фонд,
foundation…, from ``data/scan_cue_words.json``), in an apposition after it too, and verbs of what an
organization does right after it (see :mod:`undesirable.scanning.ambiguity`)."""

from __future__ import annotations

import re

from undesirable.names.lemma import lemmatize_token
from undesirable.scanning.lists import load_scan_lists
from undesirable.scanning.text import WORD, word_after

CUE_WORDS_BEFORE = 2
"""How many words before a name are looked at for a cue word."""
CUE_WORDS_AFTER = 1
"""How many words after a name are looked at for a cue word."""
CUE_WINDOW_CHARS = 40
"""How far, in characters, cue words are looked for on each side."""


def has_cue(text: str, start: int, end: int, cues: frozenset[str]) -> bool:
    """True when a cue word stands up to two words before ``start`` or right after ``end``, or in
    an apposition right after it (:data:`APPOSITION`: ``X, a Riga-based foundation, said``)."""
    before = WORD.findall(text, max(0, start - CUE_WINDOW_CHARS), start)[-CUE_WORDS_BEFORE:]
    after = [w for w in WORD.findall(text, end, end + CUE_WINDOW_CHARS) if w.lower() != "s"]
    if any(cue_lemma(w) in cues for w in (*before, *after[:CUE_WORDS_AFTER])):
        return True
    apposition = APPOSITION.match(text, end)
    return apposition is not None and any(
        cue_lemma(w) in cues for w in WORD.findall(apposition.group(1))[:APPOSITION_WORDS]
    )


APPOSITION = re.compile(r"\s*[,(]\s*([^,.;:()!?\n]{1,60})[,)]")
"""A phrase between commas or in brackets right after a name, which says what it is (``…, a
Riga-based foundation,``; «…, рижская организация,»)."""
APPOSITION_WORDS = 5
"""The words of an apposition looked at for a cue word."""


def acts_after(text: str, end: int) -> bool:
    """Whether the word right after ``end`` is a verb of what an organization does (filed, published,
    «опубликовала»; ``act_words`` of ``data/scan_cue_words.json``): the name is the one acting, no
    brand or place. Only the rule ``named`` reads it: a verb of saying also ends a quote of direct
    speech, so it is no cue word."""
    after = word_after(text, end, max_gap=1)
    return after is not None and cue_lemma(text[after[0] : after[1]]) in load_scan_lists().act_words


def cue_lemma(word: str) -> str:
    """The dictionary form a cue word is listed in."""
    return lemmatize_token(word.lower().replace("ё", "е"))

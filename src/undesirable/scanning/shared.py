"""Entries that share a name, inside a longer name in a text.

Two entries may carry one name: «Возрождение» is the quoted name of both the Muntyan charitable
foundation and the All-Ukrainian spiritual centre. A text that writes the longer name short
(«Возрождения» Владимира Мунтяна) names that shared name and nothing tells its entries apart, so
the scanner returns each of them (:func:`shares_name`), as the matcher does ("one of N entries
with this name").
"""

from __future__ import annotations

import re
from functools import lru_cache

from undesirable.names.normalize import analyze_word
from undesirable.scanning.aliases import without_legal_forms
from undesirable.scanning.match import Candidate
from undesirable.scanning.text import WORD, lower_text, words_key

WRITTEN_KINDS = frozenset({"name", "acronym", "domain"})
"""Kinds of mention that find a name as written; for one span and organization, they are kept
before a reading by ear or in another order."""


def holds(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``outer`` spans ``inner`` and more."""
    return outer.start <= inner.start and inner.end <= outer.end and outer.end - outer.start > inner.end - inner.start


def shares_name(text: str, inner: Candidate, holders: list[Candidate]) -> bool:
    """Whether ``inner``, a span inside a longer kept one, names another entry by a name that the
    longer one's register name holds as its name proper: in quotes, or with only a legal form
    beside it. When the text writes the longer name short («Возрождения» Владимира Мунтяна, of
    Благотворительный фонд «Возрождение» Владимира Мунтяна, while «Возрождение» is also the
    spiritual centre's name), nothing tells the entries of that name apart, and every one is
    returned, as the matcher returns "one of N entries with this name". A longer name of other
    words (Free Russia Forum) is another name; a name written in full says which entry it is."""
    words = words_key(inner.name)
    if inner.kind not in WRITTEN_KINDS or any(holder.org.id == inner.org.id for holder in holders):
        return False
    if not words or len(words.split()) != len(WORD.findall(text, inner.core, inner.end)):
        return False  # a short form (Дом прав человека of Дом прав человека Тбилиси) shares no name
    return any(
        words in _names_proper(holder.name) and (_is_short_form(text, holder) or _says_kind_only(text, holder, inner))
        for holder in holders
    )


def _is_short_form(text: str, cand: Candidate) -> bool:
    """Whether the text writes a candidate's name short: fewer words than the name it matched has,
    and not as many as any quoted part of it (Всеукраинский духовный центр «Возрождение», written in
    full, says which entry it is; so does a name with more words, a legal form spelled out); or in
    full."""
    written = len(WORD.findall(text, cand.core, cand.end))
    full = len(words_key(cand.name).split())
    return written < full and all(len(words.split()) != written for words in _names_proper(cand.name))


def _says_kind_only(text: str, holder: Candidate, inner: Candidate) -> bool:
    """Whether a text writes in full a name that says beside the quoted name it shares only its kind
    (Ассоциация «За свободную Россию»), while the other entry has that name bare («За свободную
    Россию»), never after another kind of its own: nothing then tells which of them it is."""
    written = len(WORD.findall(text, holder.core, holder.end))
    if written != len(words_key(holder.name).split()) or not _is_kind_and_quote(holder.name):
        return False
    words = words_key(inner.name)
    return not any(name.find("«") > 0 and words in _names_proper(name) for name in inner.org.all_names())


@lru_cache(maxsize=1024)
def _is_kind_and_quote(name: str) -> bool:
    """Whether a register name is only kind words before one quoted name (Ассоциация «За свободную Россию»)."""
    start = name.find("«")
    words = WORD.findall(lower_text(name[:start])) if start > 0 and name.rstrip().endswith("»") else []
    return bool(words) and all(analyze_word(word).kind == "generic" for word in words)


_OTHER_QUOTES = re.compile(r"[„“\"]([^„“”\"«»]+)[“”\"]")


@lru_cache(maxsize=1024)
def _names_proper(name: str) -> frozenset[str]:
    """The words (:func:`words_key`) of what a register name holds as a name proper: each quoted
    part (a quoted name within it too), and the name without its legal forms."""
    found = {words_key(without_legal_forms(name) or ""), *map(words_key, _OTHER_QUOTES.findall(name))}
    for start, char in enumerate(name):
        if char != "«":
            continue
        depth, end = 0, len(name)
        for k in range(start, len(name)):
            depth += {"«": 1, "»": -1}.get(name[k], 0)
            if depth == 0:
                end = k
                break
        found.add(words_key(name[start + 1 : end]))
    return frozenset(found - {""})

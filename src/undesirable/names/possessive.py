"""English possessives on names: ``GIJN's report`` names GIJN.

The normalizer glues an apostrophe ``s`` to its word (``People's`` -> ``peoples``), which is how
the register writes names with a possessive in them (``Jehovah's Witnesses``). A query that adds
a possessive to a name the register lists without one (``GIJN's``, ``Bellingcat’s``) must be read
without it: :func:`drop_possessives` drops each ``'s`` whose glued word is no register word.

A possessive also names whose the organization is before its name (``Khodorkovsky's Open Russia``:
its founder's or namesake's name): :func:`possessor_part` gives the name after such a possessive,
which is then screened alone as well (``matching.parts``, reason ``possessor_part``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from undesirable.names.normalize import analyze_word, normalize_name

MAX_POSSESSOR_WORDS = 3
"""Words of a possessor before a name at most (``Mikhail B. Khodorkovsky's``)."""

_POSSESSIVE = re.compile(r"(?<=[A-Za-z\u00c0-\u024f])['’ʼ`´][sS]\b")


def drop_possessives(text: str, known: Callable[[str], bool]) -> str:
    """``text`` without the English possessive ``'s`` of each word whose key with the ``s`` glued
    on is not ``known`` (not a register word: ``peoples`` stays) or is the word's own (``Soros's``).

    >>> drop_possessives("GIJN's report", lambda key: False)
    'GIJN report'
    >>> drop_possessives("People's Union", lambda key: key == "peoples")
    "People's Union"
    """
    if _POSSESSIVE.search(text) is None:
        return text

    def drop(match: re.Match[str]) -> str:
        start = match.start()
        while start > 0 and (text[start - 1].isalnum()):
            start -= 1
        word = normalize_name(text[start : match.start()]).replace(" ", "")
        glued = analyze_word(word + "s").key if word else ""
        # Soros's: the glued word is the word itself (its key drops the doubled s), not a register word with an s
        return match.group(0) if glued and known(glued) and glued != analyze_word(word).key else ""

    return _POSSESSIVE.sub(drop, text)


def possessor_part(text: str, known: Callable[[str], bool]) -> tuple[str, str] | None:
    """The name after a possessor that begins ``text`` (one to :data:`MAX_POSSESSOR_WORDS`
    capitalized words, the last with a possessive ``'s`` that :func:`drop_possessives` drops), with
    the possessor; ``None`` otherwise: no such possessive, the possessive is a register word's own
    (``People's Union``), or no capitalized name follows it.

    >>> possessor_part("Khodorkovsky's Open Russia", lambda key: False)
    ('Open Russia', "Khodorkovsky's")
    >>> possessor_part("People's Union", lambda key: key == "peoples") is None
    True
    """
    found = _POSSESSIVE.search(text)
    if found is None:
        return None
    head, rest = text[: found.end()].strip(), text[found.end() :].strip()
    words = head.split()
    if len(words) > MAX_POSSESSOR_WORDS or not all(w[:1].isupper() for w in words) or not rest[:1].isupper():
        return None
    if drop_possessives(head, known) == head:
        return None
    return rest, head

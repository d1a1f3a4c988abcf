"""English possessives on names: ``GIJN's report`` names GIJN.

The normalizer glues an apostrophe ``s`` to its word (``People's`` -> ``peoples``), which is how
the register writes names with a possessive in them (``Jehovah's Witnesses``). A query that adds
a possessive to a name the register lists without one (``GIJN's``, ``Bellingcat’s``) must be read
without it: :func:`drop_possessives` drops each ``'s`` whose glued word is no register word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from undesirable.names.normalize import analyze_word, normalize_name

_POSSESSIVE = re.compile(r"(?<=[A-Za-z\u00c0-\u024f])['’ʼ`´][sS]\b")


def drop_possessives(text: str, known: Callable[[str], bool]) -> str:
    """``text`` without the English possessive ``'s`` of each word whose key with the ``s`` glued
    on is not ``known`` (not a register word: ``peoples`` stays).

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
        glued = normalize_name(text[start : match.start()] + "s").replace(" ", "")
        return match.group(0) if glued and known(analyze_word(glued).key) else ""

    return _POSSESSIVE.sub(drop, text)

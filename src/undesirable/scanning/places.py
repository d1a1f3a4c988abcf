"""A word of a longer name written as a place: "Jamestown, Virginia", «город Джеймстаун».

A one-word short form («Джеймстаун», "Jamestown" of The Jamestown Foundation) may also be the name
of a town. Texts write a place as one: followed by a comma and its region or country ("Jamestown,
Virginia", "Salem, Oregon", «Джеймстаун, Вирджиния»), or after a word for a settlement ("the town
of Jamestown", «в городе Джеймстаун»). Written so, it is the place, not the organization. The
regions are every country's first-level regions (``data/regions.json``, derived from ISO 3166-2 by
``scripts/derive_regions.py``); the countries, every spelling :mod:`undesirable.names.countries`
knows; a Russian word the dictionary knows as a place counts too.
"""

from __future__ import annotations

import re

from undesirable.names.places import is_place_key, is_place_name

MAX_REGION_WORDS = 3
"""A region's name after the comma has at most this many words (North Rhine-Westphalia)."""

SETTLEMENT_BEFORE = re.compile(
    r"(?:\b(?:city|town|village|township|borough|settlement)\s+of|"
    r"(?<!\w)(?:город[аеу]?|городом|посел(?:ок|ке|ка)|посёл(?:ок|ке|ка)|дерев(?:ня|не|ни)|сел[оеа]|г\.))\s+$",
    re.IGNORECASE,
)
_AFTER = re.compile(r"[ \t]*,[ \t]*((?:[A-ZА-ЯЁ][\w'’.-]*)(?:[ \t]+[A-ZА-ЯЁ][\w'’.-]*){0,2})")
_LOOK_BEHIND_CHARS = 24


def written_as_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a one-word name, is written as a town (see the module docstring)."""
    if SETTLEMENT_BEFORE.search(text, max(0, start - _LOOK_BEHIND_CHARS), start):
        return True
    after = _AFTER.match(text, end)
    if after is None:
        return False
    words = after.group(1).split()
    for size in range(min(len(words), MAX_REGION_WORDS), 0, -1):
        if is_place_key(" ".join(words[:size])):
            return True
    return is_place_name(words[0].lower())

"""Short forms a name's own shape gives: a German hyphenated compound that opens it
(Rosa-Luxemburg-Stiftung of Rosa-Luxemburg-Stiftung Gesellschaftsanalyse und politische Bildung),
and a Russian name's part before «имени» and the person it is called after, when the organization
is also known without that person; a word the name writes in capitals, its brand, alone (see
:mod:`undesirable.scanning.shortforms`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from undesirable.names.translit import phonetic_key, skeletonize_token
from undesirable.names.vocabulary import WordClass
from undesirable.scanning.orders import EPONYM_MARKERS
from undesirable.scanning.text import WORD


def before_eponym(words: Sequence[str], others: Sequence[tuple[str, ...]]) -> list[int]:
    """The positions of a Russian name's words before «имени» and the person that ends it: that part
    («Белорусский дом прав человека» of «… имени Бориса Звозскова») names the organization when
    another of its names does without the person's surname, in any script (Belarusian Human Rights
    House); not when every name has it («Школа права и дипломатии» is any such school, the register
    knowing only the Fletcher School)."""
    marks = [i for i, w in enumerate(words) if w in EPONYM_MARKERS]
    if len(marks) != 1 or marks[0] < MIN_BEFORE_EPONYM or marks[0] >= len(words) - 1:
        return []
    surname = _sound(words[-1])[:SURNAME_SOUND]
    if any(
        len(other) >= MIN_BEFORE_EPONYM and not any(_sound(w).startswith(surname) for w in other) for other in others
    ):
        return list(range(marks[0]))
    return []


def _sound(word: str) -> str:
    return phonetic_key(skeletonize_token(word))


SURNAME_SOUND = 3
"""A surname is told in another name by the first this many consonants of its sound (Звозскова,
Zvozskau: svs)."""


MIN_BEFORE_EPONYM = 3
"""Words before «имени» for that part alone to be a short form («Фонд Карра» needs its person)."""

_HYPHEN_COMPOUND = re.compile(r"^(?:[^\W\d_]+-)+[^\W\d_]+(?=\s)")


def hyphen_compounds(name: str, words: Sequence[str], classes: Sequence[WordClass]) -> list[tuple[int, ...]]:
    """German joins a proper name and its head word with hyphens (Rosa-Luxemburg-Stiftung): a name
    that opens with such a compound, a description after it, is named by the compound alone, and
    by it without the given name (Luxemburg-Stiftung), as a surname and a head name one."""
    found = _HYPHEN_COMPOUND.match(name)
    if found is None:
        return []
    parts = found.group().lower().split("-")
    size = len(parts)
    if size >= len(words) or classes[size - 1] != "generic" or list(words[:size]) != parts:
        return []
    cuts = [tuple(range(size))]
    if size > 2 and classes[0] == "given_name":
        cuts.append(tuple(range(1, size)))
    return cuts


MIN_BRAND_LETTERS = 4
"""A brand a name writes in capitals has at least this many letters."""


def written_brands(name: str) -> frozenset[str]:
    """The words a name writes in capitals among words that are not (``XYZA Human Rights Center``,
    «Центр прав человека XYZA»), lower-cased: the name's brand, which names the organization alone
    whatever ordinary words the name has besides (no acronym of them: acronyms are names apart)."""
    words = WORD.findall(name)
    if not any(w.isalpha() and not w.isupper() and len(w) >= MIN_BRAND_LETTERS for w in words):
        return frozenset()  # a name in capitals (its legal form aside: MEDIA … FUND, Inc.) has no brand in them
    return frozenset(w.lower() for w in words if w.isupper() and w.isalpha() and len(w) >= MIN_BRAND_LETTERS)

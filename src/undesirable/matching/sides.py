"""Words written beside an organization's name that are no part of it: a language service of an
outlet named with it, ordinary words after it that describe it, a word before it naming its people
(see :mod:`undesirable.matching.parts`, which screens the name alone)."""

from __future__ import annotations

import re
from functools import lru_cache

from undesirable.names.lemma import is_cyrillic_word, morph_analyzer
from undesirable.names.vocabulary import is_ordinary_word

_WORD_CHAR = re.compile(r"[^\W_]")

_SERVICE_RU = re.compile(r"^(?P<lang>[^\W\d_]+(?:ая|ой|ую))\s+(?P<kind>служб(?:а|ы|е|у|ой))\s+(?P<name>.+)$", re.I)
_SERVICE_OF = re.compile(r"^(?P<lang>(?:the\s+)?[A-Z][^\W\d_]+)\s+(?P<kind>[Ss]ervice\s+of)\s+(?P<name>.+)$")
_SERVICE_AFTER = re.compile(r"^(?P<name>.+?)\s+(?P<lang>[A-Z][^\W\d_]+)\s+(?P<kind>[Ss]ervice)$")


def service_part(text: str) -> tuple[str, str] | None:
    """The outlet's name of a language service named with it (a broadcaster's or a newspaper's
    service in one language), with the words naming the service; ``None`` otherwise.

    >>> service_part("Украинская служба Голоса Европы")
    ('Голоса Европы', 'Украинская служба')
    >>> service_part("the Georgian Service of Voice of Europe")
    ('Voice of Europe', 'the Georgian Service of')
    >>> service_part("Voice of Europe Georgian Service")
    ('Voice of Europe', 'Georgian Service')
    """
    if "ervice" not in text and "лужб" not in text:
        return None
    for pattern in (_SERVICE_RU, _SERVICE_OF, _SERVICE_AFTER):
        found = pattern.match(text.strip())
        if found is not None and _WORD_CHAR.search(found["name"]):
            return found["name"], f"{found['lang']} {found['kind']}"
    return None


MAX_DESCRIBING_WORDS = 3
"""Ordinary words after a name taken aside at most (``… research team``)."""


def described_part(text: str) -> tuple[str, str] | None:
    """The name before the ordinary words in lower case that end ``text`` and describe it (its
    team, its staff, its reporters), with those words; ``None`` unless the name keeps a word that
    is no ordinary word (``Yale lock`` is a lock), the text is not all in lower case, and one to
    :data:`MAX_DESCRIBING_WORDS` such words follow.

    >>> described_part("Nordwind research team")
    ('Nordwind', 'research team')
    >>> described_part("Yale lock") is None
    True
    """
    if not text[-1:].islower() or text.islower():  # most names end in a capital, a quote or a bracket
        return None
    words = text.split()
    if len(words) < 2:
        return None
    tail = 0
    while tail < min(MAX_DESCRIBING_WORDS, len(words) - 1):
        word = words[-1 - tail]
        if not (word.isalpha() and word.islower() and is_ordinary_word(word)):
            break
        tail += 1
    head = words[: len(words) - tail]
    if not tail or all(is_ordinary_word(w.lower()) for w in head if w.isalpha()):
        return None
    return " ".join(head), " ".join(words[len(words) - tail :])


MAX_PEOPLE_PARTS = 2
"""Parts of a hyphenated word naming people taken aside at most («журналисты-расследователи»)."""


def people_part(text: str) -> tuple[str, str] | None:
    """The name after a leading Russian plural noun of people that says what its people do
    («расследователи», «журналисты», «активисты»: the dictionary's animate nouns in the plural,
    parts of a hyphenated one too), with that word; ``None`` otherwise, or when nothing with a
    capital follows it.

    >>> people_part("расследователи Bellingcat")
    ('Bellingcat', 'расследователи')
    >>> people_part("фонды Bellingcat") is None
    True
    """
    words = text.split(maxsplit=1)
    if len(words) < 2 or not words[1][:1].isupper():
        return None
    parts = words[0].lower().split("-")
    if len(parts) > MAX_PEOPLE_PARTS or not all(_is_people_plural(part) for part in parts):
        return None
    return words[1], words[0]


@lru_cache(maxsize=4096)
def _is_people_plural(word: str) -> bool:
    """Whether a lower-case Russian word is read first as an animate noun in the plural (журналисты, юристов)."""
    if not is_cyrillic_word(word):
        return False
    parses = morph_analyzer().parse(word)
    return bool(parses) and {"NOUN", "anim", "plur"} <= set(parses[0].tag.grammemes)

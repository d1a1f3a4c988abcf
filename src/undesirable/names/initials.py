"""The initials of a name: the first letter of each of its words, function words and legal forms left
out, each part of a hyphenated or slashed word a word (``Macdonald-Laurier Institute`` gives ``MLI``);
the rule the register's own acronyms follow (see :mod:`undesirable.matching.initials`)."""

from __future__ import annotations

from undesirable.names.normalize import tokenize_name

MIN_INITIALS = 3
"""Shorter codes are too many companies' names to mean a register name."""

MIN_NAME_WORDS = 3
"""Only a name of at least this many words (function words aside) is shortened to its initials."""


def name_initials(name: str) -> str:
    """The initials of a name, upper case; empty for a name of fewer than :data:`MIN_NAME_WORDS` words.

    >>> name_initials("Macdonald-Laurier Institute"), name_initials("Фонд им. Фридриха Науманна")
    ('MLI', 'ФФН')
    """
    words = [t.text for t in tokenize_name(name) if t.kind not in ("stop", "legal_form")]
    if len(words) < MIN_NAME_WORDS or not all(w[:1].isalpha() for w in words):
        return ""
    return "".join(w[0] for w in words).upper()


def without_own_acronym(name: str) -> str | None:
    """The name without a last word that is the initials of the words before it (Transformation
    Center Covenant Network TCCN), or ``None``.

    >>> without_own_acronym("Transformation Center Covenant Network TCCN")
    'Transformation Center Covenant Network'
    """
    words = name.split()
    last = words[-1].strip("().,") if words else ""
    if len(last) < MIN_INITIALS or not last.isupper():
        return None
    rest = " ".join(words[:-1])
    return rest if name_initials(rest) == last else None

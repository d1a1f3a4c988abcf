"""Initials of a name's first words with its other words as written: an acronym the register does
not list, with the words it leaves as they are (a place: ``NFP Kyiv`` for Nordic Freedom Project
Kyiv; the rest of the name, its kind word left out).

A query of one word in capitals (at least :data:`MIN_LEAD_INITIALS` letters) followed by one or
two words matches a name whose first words (two at least, function words and legal forms left
out) give those initials and whose other words are the query's, as written (its last word left
out when it is a kind word: Foundation, Organisation). It scores as initials the register does
not list (:data:`~undesirable.matching.initials.DERIVED_ACRONYM_SCORE`, a possible match), below
when several organizations' names give it.
"""

from __future__ import annotations

from undesirable.matching.index import MatchIndex
from undesirable.matching.initials import names_by_key
from undesirable.matching.reasons import Reason
from undesirable.matching.result import NameMatch, reasoned_match
from undesirable.names.normalize import tokenize_name

MIN_LEAD_INITIALS = 2
"""The fewest letters of initials written before a name's other words."""

MAX_OTHER_WORDS = 2
"""The most words a query writes after the initials."""

LEAD_INITIALS_SCORE = 0.75
"""Score of initials with the name's other words that one organization's names give: possible."""

SHARED_LEAD_INITIALS_SCORE = 0.6
"""Score when several organizations' names give them: below possible."""

Key = tuple[str, tuple[str, ...]]


def lead_initials_owners(index: MatchIndex) -> dict[Key, dict[int, str]]:
    """(initials of a name's first words, its other words) -> organization position -> the name
    (built on first use)."""

    return index.caches.table("lead initials", lambda: names_by_key(index, _keys))


def _lead_initials(index: MatchIndex) -> frozenset[str]:
    """Every initials of :func:`lead_initials_owners` (built on first use)."""
    owners = lead_initials_owners(index)  # built first: a table is not built while another is
    return index.caches.table("lead initials alone", lambda: frozenset(k for k, _ in owners))


def _keys(name: str) -> list[Key]:
    tokens = [t for t in tokenize_name(name) if t.kind not in ("stop", "legal_form")]
    words = [t.text for t in tokens]
    if not all(w[:1].isalpha() for w in words):
        return []
    keys: list[Key] = []
    for lead in range(2, len(words)):
        rest = tuple(words[lead:])
        initials = "".join(w[0] for w in words[:lead]).upper()
        keys.append((initials, rest))
        if len(rest) > 1 and tokens[-1].kind == "generic":  # its kind word left out
            keys.append((initials, rest[:-1]))
    return [k for k in keys if len(k[1]) <= MAX_OTHER_WORDS]


def match_lead_initials(index: MatchIndex, text: str, threshold: float) -> list[NameMatch]:
    """The organizations whose names' first words' initials the query's first word is, and whose
    other words are the query's (see the module docstring), scoring at least ``threshold``."""
    words = text.split()
    if not 2 <= len(words) <= MAX_OTHER_WORDS + 1:
        return []
    head = words[0]
    if len(head) < MIN_LEAD_INITIALS or not head.isalpha() or not head.isupper():
        return []
    if head not in _lead_initials(index):  # most words in capitals (ООО, АО) lead no name's initials
        return []
    rest = tuple(t.text for t in tokenize_name(" ".join(words[1:])) if t.kind not in ("stop", "legal_form"))
    owners = lead_initials_owners(index).get((head, rest))
    if not owners:
        return []
    orgs = index.organizations
    score = (
        LEAD_INITIALS_SCORE
        if len({orgs[o].group_id or orgs[o].id for o in owners}) == 1
        else SHARED_LEAD_INITIALS_SCORE
    )
    if score < threshold:
        return []
    return [
        reasoned_match(index, position, score, name, (Reason("initials_with_words", {"name": name, "initials": head}),))
        for position, name in sorted(owners.items())
    ]

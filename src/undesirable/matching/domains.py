"""A query that is a web address: the organizations whose domain it is.

People screen an outlet by the address they read it at (``Meduza.io``, ``https://www.tvrain.tv/``,
``en.meduza.io``). Such a query is no name: its words (``meduza``, ``io``) meet the name only in
part. When a word of the query has a dot and its host, or a parent domain of its host, is one
of an organization's web domains (the annotations' and the scanner's lists, see
:func:`undesirable.scanning.lists.organization_domains`, the same the scanner finds in texts),
the organization is a strong match, said to be its web address. An outlet named by its address
in words (``Sota Vision`` for sota.vision) is one too, a little below (:func:`_domain_words`).
"""

from __future__ import annotations

from undesirable.matching.index import MatchIndex
from undesirable.matching.parts import QUERY_PART_FACTOR
from undesirable.matching.reasons import Reason
from undesirable.matching.result import NameMatch, reasoned_match
from undesirable.scanning.lists import clean_domain, organization_domains

DOMAIN_SCORE = 0.95
"""Score of an organization whose web domain the query is: strong, but no name, so not 1.0."""

_AROUND = "()[]<>«»\"'“”„,;:"
"""Brackets, quotes and punctuation around a web address among other words."""


def match_domain(index: MatchIndex, text: str) -> list[NameMatch]:
    """The organizations whose web domain a word of ``text`` is (or is under), by register order;
    empty when no word has a dot. A domain among other words («The Insider» (theins.ru)) scores
    as a part of the query (:data:`~undesirable.matching.parts.QUERY_PART_FACTOR`)."""
    if "." not in text:
        return _domain_words(index, text)
    words = text.split()
    found: dict[int, NameMatch] = {}
    for position, word in enumerate(words):
        if "." not in word:
            continue
        host = clean_domain(word.strip(_AROUND))
        rest = " ".join(w for i, w in enumerate(words) if i != position)
        for owner, domain in _owners(index, host) if host else ():
            if owner not in found:
                found[owner] = _domain_match(index, owner, domain, rest)
    return list(found.values())


MIN_DOMAIN_LABEL = 3
"""A web address read as words (``Sota Vision``) needs labels of at least this many letters."""

COMMON_ENDINGS = frozenset(("com", "org", "net", "edu", "gov", "int", "info", "biz", "ngo", "online", "site", "web"))
"""Top-level domains that say nothing of the name: ``Yale Edu`` is no outlet's brand."""


def _domain_words(index: MatchIndex, text: str) -> list[NameMatch]:
    """The organizations whose web address the words of ``text`` spell, a dot between each two
    (``Sota Vision`` = sota.vision, ``iStories Media`` = istories.media): an outlet named by its
    address, two or three words of letters, the last not a top-level domain of any site."""
    labels = text.lower().split()
    if not 2 <= len(labels) <= 3 or not all(w.isalpha() and len(w) >= MIN_DOMAIN_LABEL for w in labels):
        return []
    if labels[-1] in COMMON_ENDINGS or len(labels[-1]) == 2:  # a country's domain (.ru, .de)
        return []
    domain = ".".join(labels)
    owners = _domain_table(index).get(domain, ())
    return [_domain_match(index, owner, domain, "", written=True) for owner in owners]


def _owners(index: MatchIndex, host: str) -> list[tuple[int, str]]:
    """The organizations whose domain ``host`` is or is under, with that domain."""
    table = _domain_table(index)
    labels = host.split(".")
    for start in range(len(labels) - 1):
        domain = ".".join(labels[start:])
        if domain in table:
            return [(owner, domain) for owner in table[domain]]
    return []


def _domain_match(index: MatchIndex, position: int, domain: str, rest: str, *, written: bool = False) -> NameMatch:
    reasons = ((Reason("web_domain_part", {"words": rest}),) if rest else ()) + (Reason("web_domain"),)
    if written:
        reasons = (Reason("web_domain_words", {"domain": domain}),)
    return reasoned_match(
        index, position, round(DOMAIN_SCORE * (QUERY_PART_FACTOR if rest or written else 1.0), 4), domain, reasons
    )


def _domain_table(index: MatchIndex) -> dict[str, tuple[int, ...]]:
    """:func:`_domains_of`, built once per index."""
    return index.caches.table("web domains", lambda: _domains_of(index))


def _domains_of(index: MatchIndex) -> dict[str, tuple[int, ...]]:
    """Web domain -> the positions of the organizations it belongs to."""
    table: dict[str, list[int]] = {}
    for position, org in enumerate(index.organizations):
        for domain in organization_domains(org):
            table.setdefault(domain, []).append(position)
    return {domain: tuple(owners) for domain, owners in table.items()}

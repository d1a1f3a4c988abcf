"""A query that is a web address: the organizations whose domain it is.

People screen an outlet by the address they read it at (``Meduza.io``, ``https://www.tvrain.tv/``,
``en.meduza.io``). Such a query is no name: its words (``meduza``, ``io``) meet the name only in
part. When the query is one word with a dot and its host, or a parent domain of its host, is one
of an organization's web domains (the annotations' and the scanner's lists, see
:func:`undesirable.scanning.lists.organization_domains`, the same the scanner finds in texts),
the organization is a strong match, said to be its web address.
"""

from __future__ import annotations

from undesirable.matching.index import MatchIndex
from undesirable.matching.reasons import Reason, render_reasons
from undesirable.matching.result import NameMatch
from undesirable.matching.shared import group_members
from undesirable.scanning.lists import clean_domain, organization_domains

DOMAIN_SCORE = 0.95
"""Score of an organization whose web domain the query is: strong, but no name, so not 1.0."""


def match_domain(index: MatchIndex, text: str) -> list[NameMatch]:
    """The organizations whose web domain ``text`` is (or is under), by register order; empty for
    anything but one word with a dot."""
    if "." not in text or " " in text:
        return []
    host = clean_domain(text)
    if not host:
        return []
    table = index.caches.table("web domains", lambda: _domains_of(index))
    labels = host.split(".")
    for start in range(len(labels) - 1):
        owners = table.get(".".join(labels[start:]))
        if owners:
            return [_domain_match(index, position, ".".join(labels[start:])) for position in owners]
    return []


def _domain_match(index: MatchIndex, position: int, domain: str) -> NameMatch:
    org = index.organizations[position]
    reasons = (Reason("web_domain"),)
    return NameMatch(
        organization=org,
        score=DOMAIN_SCORE,
        matched_name=domain,
        explanation=render_reasons(reasons),
        reasons=reasons,
        group=org.group_id,
        group_members=group_members(index, org.group_id),
    )


def _domains_of(index: MatchIndex) -> dict[str, tuple[int, ...]]:
    """Web domain -> the positions of the organizations it belongs to."""
    table: dict[str, list[int]] = {}
    for position, org in enumerate(index.organizations):
        for domain in organization_domains(org):
            table.setdefault(domain, []).append(position)
    return {domain: tuple(owners) for domain, owners in table.items()}

"""Names several entries begin with, and names written word for word.

- **A shared leading part.** Several organizations' names may begin with the same words and differ
  only in what follows: «Freies Russland Berlin» and «Freies Russland NRW», "Open Society
  Foundation" and "Open Society Institute Assistance Foundation". A query that is such a leading
  part, as written, names each of them as much as any: :func:`with_shared_leads` returns them
  together, each at the best score one of them earns, said to be one of the entries whose names
  begin so. Only a leading part that tells something (its words' informativeness adds up to
  :data:`MIN_LEAD_INFORMATION`, see :mod:`undesirable.names.vocabulary`) and that a few
  organizations share (at most :data:`MAX_LEAD_OWNERS`) counts; "Human Rights" or «Международная
  ассоциация» begin too many names, or tell too little, to name any of them.
- **Words as written before equivalent words.** A query whose words are, as written, the words of
  one name (``Freies Russland``) is not outranked by a name it reaches only by reading its words
  as another language's (``Free Russia``): :func:`prefer_as_written` keeps such a reading just
  below the name written so, and says why.
"""

from __future__ import annotations

from undesirable.matching.candidates import entry_scorer
from undesirable.matching.index import COMMON_OWNERS, STOP_WEIGHT, MatchIndex
from undesirable.matching.met import posting_weights
from undesirable.matching.query import AnalyzedQuery
from undesirable.matching.result import Scored
from undesirable.names.vocabulary import INFORMATIVENESS

MIN_LEAD_INFORMATION = 1.0
"""How much a shared leading part must tell: a distinctive word, or two ordinary words."""

MAX_LEAD_OWNERS = COMMON_OWNERS + 1
"""A leading part more organizations' names begin with than this names none of them."""

AS_WRITTEN_MARGIN = 0.01
"""How far below the name written as the query a name reached through equivalent words stays."""

Lead = tuple[str, int]
"""A shared leading part as the query writes it, and how many organizations' names begin with it."""


def shared_leads(index: MatchIndex) -> dict[tuple[str, ...], tuple[int, ...]]:
    """Leading words (normalized, legal forms aside) of the names of two to :data:`MAX_LEAD_OWNERS`
    organizations, each followed by more words in those names -> one entry per organization
    (built on first use)."""

    def build() -> dict[tuple[str, ...], tuple[int, ...]]:
        table: dict[tuple[str, ...], dict[int, int]] = {}
        for entry_id, entry in enumerate(index.entries):
            if entry.is_acronym or entry.derived:
                continue
            information = 0.0
            for size in range(1, len(entry.texts)):
                information += INFORMATIVENESS[entry.classes[size - 1]]
                if size >= 2 and information >= MIN_LEAD_INFORMATION and entry.weights[size - 1] > STOP_WEIGHT:
                    table.setdefault(entry.texts[:size], {}).setdefault(entry.org, entry_id)
        return {lead: tuple(owners.values()) for lead, owners in table.items() if 2 <= len(owners) <= MAX_LEAD_OWNERS}

    return index.caches.table("shared leads", build)


def with_shared_leads(
    index: MatchIndex, query: AnalyzedQuery, best: dict[int, Scored], threshold: float
) -> tuple[dict[int, Scored], dict[int, Lead]]:
    """``best`` (organization -> its best scored entry) with every organization whose name begins
    with the query's words as written, when one of them reaches ``threshold``: each at the best
    score of those names (see the module docstring); and the leading part of each of them."""
    table = shared_leads(index)
    for position, variant in enumerate(query.variants):
        entries = table.get(variant.texts)
        if entries is None:
            continue
        score = entry_scorer(index, query, position, lead=True)
        scored = [s for e in entries if (s := score(e))]
        top = max((s.score for s in scored), default=0.0)
        if top < threshold:
            continue
        raised = dict(best)
        lead = (" ".join(variant.texts), len(entries))
        leads: dict[int, Lead] = {}
        for item in scored:
            org = index.entries[item.entry_id].org
            current = raised.get(org)
            if current is None or current.score < top:
                raised[org] = item._replace(score=top)
            leads[org] = lead
        return raised, leads
    return best, {}


def as_written(query: AnalyzedQuery, index: MatchIndex, scored: Scored) -> bool:
    """Whether every word of the query pairs with a word of the name written the same."""
    variant = query.variants[scored.variant]
    texts = index.entries[scored.entry_id].texts
    paired = {i for i, j, sim in scored.alignment.pairs if sim >= 1.0 and variant.texts[i] == texts[j]}
    return len(paired) == len(variant.keys)


def prefer_as_written(
    index: MatchIndex, query: AnalyzedQuery, best: dict[int, Scored], threshold: float = 0.0
) -> dict[int, str]:
    """Lower in ``best`` (in place) each name reached through equivalent words above the best name
    the query writes word for word, whatever its score (one below ``threshold`` is looked for:
    :func:`written_below`; what it lowers under ``threshold`` leaves ``best``); the organizations
    lowered -> that name."""
    written = [s for s in best.values() if as_written(query, index, s)]
    if any(s.variation.equivalent for s in best.values()):
        written += written_below(index, query, best)
    if not written:
        return {}
    top = max(written, key=lambda s: s.score)
    cap = round(top.score - AS_WRITTEN_MARGIN, 4)
    lowered: dict[int, str] = {}
    for org, scored in list(best.items()):
        if scored.variation.equivalent and scored.score > cap:
            if cap < threshold and top.score < threshold:
                del best[org]
                continue
            best[org] = scored._replace(score=cap)
            lowered[org] = index.entries[top.entry_id].name
    return lowered


def written_below(index: MatchIndex, query: AnalyzedQuery, best: dict[int, Scored]) -> list[Scored]:
    """The names the query writes word for word that ``best`` lacks (they scored below the
    threshold asked), so that a name reached through equivalent words stays below them whatever
    the threshold: the entries with every word of a reading, scored each."""
    found: list[Scored] = []
    orgs = {index.entries[s.entry_id].org for s in best.values()}
    postings = posting_weights(index)
    for position, variant in enumerate(query.variants):
        keys = sorted(set(variant.keys), key=lambda k: len(postings.get(k, ())))
        if not keys or keys[0] not in postings:
            continue
        ids = [e for e in postings[keys[0]] if all(e in postings.get(k, ()) for k in keys[1:])]
        if not ids:
            continue
        score = entry_scorer(index, query, position)
        for entry_id in sorted(ids):
            if index.entries[entry_id].org in orgs:
                continue
            scored = score(entry_id)
            if scored is not None and as_written(query, index, scored):
                found.append(scored)
    return found

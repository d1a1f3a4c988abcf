"""Scoring one analyzed query against one register name: weighted word alignment.

Words of the query and of the name are paired one to one, best pairs first: equal keys score 1,
keys close in spelling (a few letter edits, see :data:`TOKEN_SIMILARITY_MIN`) score a little
less. The words left over on both sides are then compared run together, which catches
words split or joined differently (``Belling Cat`` / ``Bellingcat``, ``Krym SOS`` / ``КрымSOS``).

Two coverages follow: how much of the query's weight found a partner, and how much of the
name's. The score is ``query_coverage ** QUERY_COVERAGE_POWER * name_coverage **
NAME_COVERAGE_POWER``: a query that adds distinctive words loses more than one that leaves out
some of the name's words ("Amnesty" still finds "Amnesty International", "Carnegie Mellon
University" does not become "Carnegie"). Word order plays no part, nor do unpaired stop words. When both sides keep an
unpaired organization-type word of different kinds (University / Foundation), the score is
multiplied by :data:`TYPE_CONFLICT_FACTOR`.
"""

from __future__ import annotations

from typing import NamedTuple

from rapidfuzz import fuzz

from undesirable.matching.index import STOP_WEIGHT
from undesirable.names.normalize import GENERIC_KEY_PREFIX
from undesirable.names.translit import skeletonize_token

QUERY_COVERAGE_POWER = 1.0
"""How hard extra words in the query pull the score down."""

NAME_COVERAGE_POWER = 0.5
"""How hard words of the register name missing from the query pull the score down."""

TOKEN_SIMILARITY_MIN = 0.75
"""Two different words pair up only if their keys are at least this similar (1 - edits/length);
the number of edits is capped by word length too (see ``matching.spelling.max_edits``)."""

FUZZY_PAIR_CREDIT = 0.5
"""A pair of close words counts ``1 - FUZZY_PAIR_CREDIT * (1 - similarity)`` of its weight."""

RESIDUE_SIMILARITY_MIN = 0.88
"""Leftover words, run together, count as paired from this similarity on."""

RESIDUE_MIN_LENGTH = 5
"""Leftovers shorter than this (run together) are not compared."""

TYPE_CONFLICT_FACTOR = 0.85
"""Factor when query and name each keep an unpaired organization-type word of different kinds."""


def pair_credit(similarity: float) -> float:
    """What a pair of words of this similarity counts of their weight (1 for equal keys)."""
    return 1.0 - FUZZY_PAIR_CREDIT * (1.0 - similarity)


class Alignment(NamedTuple):
    """How a query's words paired with a name's words.

    Attributes:
        score: the combined score in [0, 1] before acronym and legal-form factors.
        query_coverage: share of the query's weight that found a partner.
        name_coverage: share of the name's weight that found a partner.
        matched: number of word pairs (leftovers compared run together count as one).
        fuzzy: number of pairs whose keys differ; ``min_similarity`` is the lowest pair score.
        joined: the leftovers were paired run together.
        type_conflict: both sides kept a different organization-type word.
        pairs: the word pairs ``(query index, name index, similarity)``.
        unpaired: the name's word indexes left without a partner (leftovers paired run together
            excluded).
    """

    score: float
    query_coverage: float
    name_coverage: float
    matched: int
    fuzzy: int
    min_similarity: float
    joined: bool
    type_conflict: bool
    pairs: tuple[tuple[int, int, float], ...] = ()
    unpaired: tuple[int, ...] = ()


Partners = dict[str, list[tuple[int, float]]]
"""Register key -> the query words ``(index, similarity)`` it may pair with (see :func:`query_partners`)."""


def query_partners(query_keys: tuple[str, ...], similar: list[dict[str, float]] | None) -> Partners:
    """For each register key a query word may pair with, those words and the similarity: its own
    key at 1, the close keys of ``similar[i]`` at theirs (``None``: equal keys only). Built once
    per reading (do not change it), it pairs a name's words by one lookup each."""
    found: Partners = {}
    for i, qkey in enumerate(query_keys):
        words = found.get(qkey)
        if words is None:
            found[qkey] = [(i, 1.0)]
        else:
            words.append((i, 1.0))
        if similar is not None:
            for key, sim in similar[i].items():
                if key != qkey and sim > 0.0:
                    words = found.get(key)
                    if words is None:
                        found[key] = [(i, sim)]
                    else:
                        words.append((i, sim))
    return found


def align_words(
    query_keys: tuple[str, ...],
    query_weights: tuple[float, ...],
    name_keys: tuple[str, ...],
    name_weights: tuple[float, ...],
    similar: list[dict[str, float]] | None,
    partners: Partners | None = None,
) -> tuple[list[tuple[int, int, float]], set[int], set[int]]:
    """Pair words one to one, best first: the pairs ``(query index, name index, similarity)``
    and the sets of paired indexes on each side.

    ``similar[i]`` maps register keys close to query word ``i`` to their similarity; ``None``
    allows exact pairs only (acronyms). ``partners``: :func:`query_partners` of the same, when
    the caller keeps it.
    """
    if partners is None:
        partners = query_partners(query_keys, similar)
    candidates: list[tuple[float, float, int, int]] = []
    for j, nkey in enumerate(name_keys):
        found = partners.get(nkey)
        if found is not None:
            weight = name_weights[j]
            for i, sim in found:
                candidates.append((sim, query_weights[i] + weight, i, j))
    pairs: list[tuple[int, int, float]] = []
    used_q: set[int] = set()
    used_n: set[int] = set()
    if len(candidates) == 1:
        sim, _, i, j = candidates[0]
        return [(i, j, sim)], {i}, {j}
    candidates.sort(reverse=True)
    for sim, _, i, j in candidates:
        if i not in used_q and j not in used_n:
            used_q.add(i)
            used_n.add(j)
            pairs.append((i, j, sim))
    return pairs, used_q, used_n


def score_alignment(
    query_keys: tuple[str, ...],
    query_weights: tuple[float, ...],
    query_total: float,
    name_keys: tuple[str, ...],
    name_weights: tuple[float, ...],
    name_total: float,
    similar: list[dict[str, float]] | None,
    texts: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
    partners: Partners | None = None,
) -> Alignment:
    """Score a query against one name by weighted word alignment (see the module docstring).

    ``texts``: the query's and the name's words as written; when the leftovers do not pair run
    together, they are compared again with their generic words spelled as written, which the
    register sometimes glues to the word before (``Yardimvakfi`` for ``Yardim Vakfi``).
    ``partners``: :func:`query_partners` of ``query_keys`` and ``similar``, when the caller keeps it."""
    pairs, used_q, used_n = align_words(query_keys, query_weights, name_keys, name_weights, similar, partners)
    matched_q = matched_n = 0.0
    fuzzy, lowest = 0, 1.0
    for i, j, sim in pairs:
        credit = 1.0 - FUZZY_PAIR_CREDIT * (1.0 - sim)  # pair_credit
        matched_q += credit * query_weights[i]
        matched_n += credit * name_weights[j]
        if sim < 1.0:
            fuzzy += 1
            if sim < lowest:
                lowest = sim
    rest_q = [i for i in range(len(query_keys)) if i not in used_q] if len(used_q) < len(query_keys) else []
    rest_n = [j for j in range(len(name_keys)) if j not in used_n] if len(used_n) < len(name_keys) else []
    joined = False
    if rest_q and rest_n and similar is not None:
        residue = _residue(query_keys, name_keys, texts, rest_q, rest_n)
        if residue is not None:
            credit, words_q, words_n = residue
            matched_q += credit * sum(query_weights[i] for i in words_q)
            matched_n += credit * sum(name_weights[j] for j in words_n)
            joined = True
            rest_q = [i for i in rest_q if i not in words_q]
            rest_n = [j for j in rest_n if j not in words_n]
    # a stop word left unpaired ("the", "имени", "в") neither helps nor hurts
    if rest_q:
        query_total -= sum(query_weights[i] for i in rest_q if query_weights[i] <= STOP_WEIGHT)
    if rest_n:
        name_total -= sum(name_weights[j] for j in rest_n if name_weights[j] <= STOP_WEIGHT)
    cov_q = min(1.0, matched_q / query_total) if query_total > 0 else 0.0
    cov_n = min(1.0, matched_n / name_total) if name_total > 0 else 0.0
    conflict = bool(rest_q and rest_n) and _has_type_conflict(
        [query_keys[i] for i in rest_q], [name_keys[j] for j in rest_n]
    )
    score = cov_q**QUERY_COVERAGE_POWER * cov_n**NAME_COVERAGE_POWER
    if conflict:
        score *= TYPE_CONFLICT_FACTOR
    return Alignment(
        score, cov_q, cov_n, len(pairs) + joined, fuzzy, lowest, joined, conflict, tuple(pairs), tuple(rest_n)
    )


def _residue(
    query_keys: tuple[str, ...],
    name_keys: tuple[str, ...],
    texts: tuple[tuple[str, ...], tuple[str, ...]],
    rest_q: list[int],
    rest_n: list[int],
) -> tuple[float, list[int], list[int]] | None:
    """The credit of the leftover words paired run together, and those words on each side; None
    when they do not pair (see :func:`score_alignment`)."""
    words_q = [i for i in rest_q if not query_keys[i].startswith(GENERIC_KEY_PREFIX)]
    words_n = [j for j in rest_n if not name_keys[j].startswith(GENERIC_KEY_PREFIX)]
    if not words_q or not words_n:
        return None
    sim = _residue_similarity([query_keys[i] for i in words_q], [name_keys[j] for j in words_n])
    if not sim and texts[0] and (len(words_q) < len(rest_q) or len(words_n) < len(rest_n)):
        words_q, words_n = rest_q, rest_n
        sim = _residue_similarity(_spelled(query_keys, texts[0], rest_q), _spelled(name_keys, texts[1], rest_n))
    return (pair_credit(sim), words_q, words_n) if sim else None


def _residue_similarity(query_rest: list[str], name_rest: list[str]) -> float:
    """Similarity of the leftover words run together, or 0 below ``RESIDUE_SIMILARITY_MIN``."""
    left, right = "".join(query_rest), "".join(name_rest)
    if len(left) < RESIDUE_MIN_LENGTH or len(right) < RESIDUE_MIN_LENGTH:
        return 0.0
    return fuzz.ratio(left, right, score_cutoff=RESIDUE_SIMILARITY_MIN * 100) / 100.0


def _spelled(keys: tuple[str, ...], texts: tuple[str, ...], positions: list[int]) -> list[str]:
    """The keys at ``positions``, generic words by the key of their text as written."""
    return [skeletonize_token(texts[i]) if keys[i].startswith(GENERIC_KEY_PREFIX) else keys[i] for i in positions]


def _has_type_conflict(query_rest: list[str], name_rest: list[str]) -> bool:
    query_types = {k for k in query_rest if k.startswith(GENERIC_KEY_PREFIX)}
    name_types = {k for k in name_rest if k.startswith(GENERIC_KEY_PREFIX)}
    return bool(query_types and name_types and not query_types & name_types)

"""Candidate mentions: names around anchor hits, acronyms as written (not as team codes in a sports
result, see :mod:`undesirable.scanning.scores`), web domains and URLs.

All positions here are in the prepared text (see :mod:`undesirable.scanning.text`): the text with
soft line-break hyphens joined, and its lower-cased twin of the same length.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from undesirable.model import Organization
from undesirable.scanning.index import DomainEntry, NameEntry, ScanIndex, TrieNode
from undesirable.scanning.orders import MIN_WORDS, bag_of, reordered_runs, stands_alone
from undesirable.scanning.scores import is_team_code
from undesirable.scanning.text import CLOSING_QUOTES, WORD, is_sentence_start, repair_mixed_cased, split_gap
from undesirable.scanning.typos import MIN_FAR_NAME_WORDS, MIN_TYPO_LETTERS, misspelled_forms
from undesirable.scanning.word_bags import reordered_names

MAX_GAP_CHARS = 6
"""At most this many characters between two words of a name (spaces, quotes, a line break…)."""

MAX_TYPO_REACH = 12
"""A name with a misspelled word is looked for from at most this many words before it."""

URL_STOP_CHARS = frozenset(" \t\r\n<>\"'«»“”‘’()[]{}|\\^`")
URL_TRAILING_PUNCTUATION = ".,;:!?"
HOST_CHARS_EXTRA = frozenset(".-")
EMAIL_CHARS_EXTRA = frozenset(".-_+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible mention in the prepared text.

    Attributes:
        start, end: the span, ``the`` included when the text has it before such a name.
        core: where the name proper starts (after ``the``).
        org: the organization.
        name: the register name it matched.
        kind: ``name``, ``acronym`` or ``domain``.
        entry: the index entry for names and acronyms (None for domains).
    """

    start: int
    end: int
    core: int
    org: Organization
    name: str
    kind: str
    entry: NameEntry | None


def find_candidates(index: ScanIndex, clean: str, low: str) -> list[Candidate]:
    """Every candidate in the prepared text ``clean`` (``low``: its lower case, same length)."""
    found: list[Candidate] = []
    regions: list[tuple[int, int]] = []
    if index.automaton is None:
        return found
    size = len(low)
    for end_index, key in index.automaton.iter(low):
        start, end = end_index - key.length + 1, end_index + 1
        for domain in key.domains:
            found.extend(_domain_candidates(clean, low, start, end, domain))
        if (start > 0 and low[start - 1].isalnum()) or (end < size and low[end].isalnum()):
            continue
        if key.after >= 0:
            regions.append((start - key.before, end + key.after))
        entries = _acronym_entries(key.acronyms, clean[start:end]) if key.acronyms else None
        if entries and not is_team_code(clean, start, end, lambda code: _is_acronym(index, code)):
            found.extend(Candidate(start, end, start, e.org, e.name, "acronym", e) for e in entries)
    for start, end in _merge(regions, size):
        found.extend(_name_candidates(index, clean, low, start, end))
    return found


def _acronym_entries(acronyms: dict[str, list[NameEntry]], written: str) -> list[NameEntry] | None:
    """The entries of the acronym ``written`` as written, look-alike letters of the other script
    repaired (the index holds acronyms repaired: ``MIПЛ`` as ``МІПЛ``)."""
    found = acronyms.get(written)
    return found if found is not None or written.isascii() else acronyms.get(repair_mixed_cased(written))


def _is_acronym(index: ScanIndex, code: str) -> bool:
    key = index.automaton.get(code.lower(), None)
    return key is not None and code in key.acronyms


def _merge(regions: list[tuple[int, int]], size: int) -> Iterator[tuple[int, int]]:
    regions.sort()
    current: tuple[int, int] | None = None
    for start, end in regions:
        start, end = max(0, start), min(size, end)
        if current is not None and start <= current[1]:
            current = (current[0], max(current[1], end))
            continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


def _name_candidates(index: ScanIndex, clean: str, low: str, start: int, end: int) -> list[Candidate]:
    while start > 0 and low[start - 1].isalnum():
        start -= 1
    while end < len(low) and low[end].isalnum():
        end += 1
    spans = [(m.start(), m.end()) for m in WORD.finditer(low, start, end)]
    words = [low[a:b] for a, b in spans]
    ids = [index.ids_of(w) for w in words]
    found: list[Candidate] = []
    for i, first in enumerate(ids):
        for word_id in first:
            node = index.trie.get(word_id)
            if node is not None:
                found.extend(c for c in walk_trie(node, i, spans, ids, low) if not _is_in_address(low, c))
    if sum(1 for word_ids in ids if len(word_ids) == 1 and word_ids[0] in index.bag_words) >= MIN_WORDS:
        found.extend(_reordered_candidates(index, clean, low, spans, ids))
    bagged = index.russian_bag_words
    if bagged and sum(not bagged.isdisjoint(word_ids) for word_ids in ids) >= MIN_WORDS:
        for start, end, name, kind in reordered_names(index.russian_bags, bagged, clean, low, spans, ids):
            found.append(Candidate(start, end, start, name.entry.org, name.entry.name, kind, name.entry))
    found.extend(_misspelled_candidates(index, clean, low, spans, ids, found))
    return found


def _misspelled_candidates(
    index: ScanIndex,
    clean: str,
    low: str,
    spans: list[tuple[int, int]],
    ids: list[tuple[int, ...]],
    exact: list[Candidate],
) -> Iterator[Candidate]:
    """Names with one misspelled word (see :mod:`undesirable.scanning.typos`), kind ``spelling``."""
    typo_ids: dict[int, tuple[int, ...]] = {}
    far: set[int] = set()  # words found only with two letters swapped across a third
    table = index.typos
    if table is None:
        return
    for k, (start, end) in enumerate(spans):
        if end - start < MIN_TYPO_LETTERS - 1:
            continue
        as_name = clean[start].isupper() and not is_sentence_start(clean, start)
        forms = misspelled_forms(table, low[start:end], as_name=as_name)
        if not forms:
            forms = misspelled_forms(table, low[start:end], as_name=as_name, far=True)
            far.update([k] if forms else [])
        near = {i for form in forms for i in index.forms[form]}
        if near - set(ids[k]):
            typo_ids[k] = tuple(sorted(near.union(ids[k])))
    if not typo_ids:
        return
    seen = {(c.start, c.end, c.org.id) for c in exact}
    for k, alike in typo_ids.items():  # one misspelled word per name
        merged = [*ids[:k], alike, *ids[k + 1 :]]
        for i in range(max(0, k - MAX_TYPO_REACH), k + 1):
            for word_id in merged[i]:
                node = index.trie.get(word_id)
                for cand in walk_trie(node, i, spans, merged, low) if node is not None else ():
                    key = (cand.start, cand.end, cand.org.id)
                    least = MIN_FAR_NAME_WORDS if k in far else 2  # the name holds the word, and others besides
                    if cand.end < spans[k][1] or key in seen or cand.entry is None or cand.entry.size < least:
                        continue
                    if _is_in_address(low, cand):
                        continue
                    seen.add(key)
                    yield replace(cand, kind="spelling")


def _reordered_candidates(
    index: ScanIndex, clean: str, low: str, spans: list[tuple[int, int]], ids: list[tuple[int, ...]]
) -> Iterator[Candidate]:
    """Names in another word order or with other function words (see :mod:`undesirable.scanning.orders`)."""
    for run in reordered_runs(clean, low, spans, ids):
        order = run.order
        for name in index.bags.get(bag_of(order), ()):
            same_order = order == name.order  # else a head word must stand first or last, or before
            headed = same_order or order[0] in name.heads or order[-1] in name.heads or bool(run.linked)  # "of"
            linked = all(word_id in name.heads for word_id in run.linked)
            if not (headed and linked and stands_alone(clean, run.start, run.end)):
                continue
            if order != name.order:
                kind = "word_order"
            elif run.links != name.links:
                kind = "function_words"
            else:
                continue  # the name as it is: found by the trie
            entry = name.entry
            yield Candidate(run.start, run.end, run.start, entry.org, entry.name, kind, entry)


def _is_in_address(low: str, cand: Candidate) -> bool:
    """True for words that are part of a host name, URL or e-mail address (``meduza.io.example``)."""
    start, end = cand.start, cand.end
    before = start > 1 and low[start - 1] in "./@" and low[start - 2].isalnum()
    after = end + 1 < len(low) and low[end] in "./@" and low[end + 1].isalnum()
    return before or after


def walk_trie(
    node: TrieNode, i: int, spans: list[tuple[int, int]], ids: list[tuple[int, ...]], low: str
) -> Iterator[Candidate]:
    """The names of the trie below ``node`` that the text's words from the ``i``-th on spell
    (``spans``: the words' places in ``low``; ``ids``: the word ids each may stand for)."""
    stack = [(node, i)]
    while stack:
        current, j = stack.pop()
        for entry in current.entries:
            if _gaps_fit(entry, spans, i, j, low):
                yield _name_candidate(entry, spans, i, j, low)
        if not current.children or j + 1 >= len(spans):
            continue
        gap = low[spans[j][1] : spans[j + 1][0]]
        if len(gap) > MAX_GAP_CHARS or gap.count("\n") > 1:
            continue
        for word_id in ids[j + 1]:
            child = current.children.get(word_id)
            if child is not None:
                stack.append((child, j + 1))


def _gaps_fit(entry: NameEntry, spans: list[tuple[int, int]], i: int, j: int, low: str) -> bool:
    for k in range(i, j):
        hard = split_gap(low[spans[k][1] : spans[k + 1][0]])
        if hard and not hard <= entry.gaps[k - i]:
            return False
    return True


def _name_candidate(entry: NameEntry, spans: list[tuple[int, int]], i: int, j: int, low: str) -> Candidate:
    start, end = spans[i][0], spans[j][1]
    core = spans[i + 1][0] if entry.article else start
    if end < len(low) and low[end] in CLOSING_QUOTES and _opens_quote(low[start:end]):
        end += 1  # Фонд «Свободная Россия» with its closing quote
    kind = "word_order" if entry.reordered else "glued" if entry.glued else "name"
    return Candidate(start, end, core, entry.org, entry.name, kind, entry)


def _opens_quote(span: str) -> bool:
    opened = sum(span.count(c) for c in "«„")
    return opened > sum(span.count(c) for c in "»“")


def _domain_candidates(clean: str, low: str, start: int, end: int, entry: DomainEntry) -> Iterator[Candidate]:
    if low[start:end] != entry.domain:
        return
    if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "-"):
        return
    if end < len(low) and (low[end].isalnum() or low[end] == "-"):
        return
    if end + 1 < len(low) and low[end] == "." and low[end + 1].isalnum():
        return
    url_start, url_end = _url_span(clean, start, end)
    for org in entry.orgs:
        yield Candidate(url_start, url_end, url_start, org, entry.domain, "domain", None)


def _url_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole host (subdomains) and, for a URL, its scheme and path around a domain."""
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in HOST_CHARS_EXTRA):
        start -= 1
    if start > 1 and text[start - 1] == "@" and text[start - 2].isalnum():
        start -= 1  # an e-mail address: its local part too
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in EMAIL_CHARS_EXTRA):
            start -= 1
    if text[max(0, start - 3) : start] == "://":
        scheme = start - 3
        while scheme > 0 and text[scheme - 1].isalpha():
            scheme -= 1
        start = scheme
    if end < len(text) and text[end] in "/:?#":
        while end < len(text) and text[end] not in URL_STOP_CHARS:
            end += 1
        while text[end - 1] in URL_TRAILING_PUNCTUATION:
            end -= 1
    return start, end

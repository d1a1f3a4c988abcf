"""Russian names with their words in another order: «Центр международных электоральных
исследований» for the Международный центр электоральных исследований (an adjective moved after
the head noun, into the genitive), «Центр международных и восточноевропейских исследований» for the
Центр восточноевропейских и международных исследований (conjoined words swapped), «ассоциация
геев, лесбиянок, …» for «ассоциация лесбиянок, геев, …».

A Russian name of :data:`MIN_WORDS` to :data:`MAX_WORDS` content words (function words such as «и»
aside), one of them no generic word (a word of its own, not «международный» or «центр»), is also
kept as the bag of its content words' lemmas (:func:`bag_words`). A text's run of as many words,
the first capitalized, each a form of a name word, joined by spaces, commas, conjunctions and
prepositions (the very function words the name has), each adjective followed by its noun before
any preposition (not «в Европе Восточной по …», nor the adjective of a longer phrase: «Центр
международных исследований электоральных систем»), whose bag is a name's in another order, is a
candidate of kind ``word_order`` when it keeps the name's head noun (its first noun: «центр»,
«ассоциация») where a Russian name has it: first, or after the very words the name has before it,
in any order («Республиканский международный институт» for the Международный республиканский
институт: adjectives before their noun may come in any order).
Word order inside a Russian name is free enough to move adjectives and swap conjoined words, never
to put the head noun after its complements («Болгарии американский университет» is no name).

The same run in the name's own order may leave out a preposition of the name and take the case
it governed off its words («Японское агентство международного сотрудничества» for «Японское
агентство по международному сотрудничеству»): every content word stays, in order, so the words
that tell the name are all there; it is a candidate of kind ``function_words``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from undesirable.names.lemma import is_cyrillic_word, morph_analyzer
from undesirable.names.normalize import analyze_word
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.orders import Bag, bag_of
from undesirable.scanning.text import split_gap

if TYPE_CHECKING:
    from undesirable.scanning.index import NameEntry

MIN_WORDS = 3
MAX_WORDS = 8
"""Russian names of this many content words are also looked for in another order."""
MAX_GAP_CHARS = 4
"""At most this many characters between two words of a run (a space, a comma and a space)."""
GAP_PUNCTUATION = frozenset(",")
"""Punctuation that may stand between two words of a run (a list of conjoined words)."""


@dataclass(frozen=True, slots=True)
class BagName:
    """A Russian name another word order may use.

    Attributes:
        entry: its entry (kind ``word_order`` when found so).
        order: its content words' ids, in its own order.
        lead: the ids of its words up to and including its head noun.
    """

    entry: NameEntry
    order: tuple[int, ...]
    lead: tuple[int, ...]
    links: tuple[str, ...] = ()
    """Its function words (conjunctions, prepositions), sorted: a run must have the same."""


def bag_name(spec: AliasSpec, entry: NameEntry, word_id: Callable[[str], int]) -> BagName | None:
    """The :class:`BagName` of a Russian name another word order may use (``entry``: its entry
    when so found; ``word_id``: the id of a word), else None."""
    found = bag_words(spec)
    if found is None:
        return None
    order = tuple(word_id(w) for w in found[0])
    return BagName(replace(entry, size=len(order)), order, order[: found[1] + 1], found[2])


def bag_words(spec: AliasSpec) -> tuple[tuple[str, ...], int, tuple[str, ...]] | None:
    """The content words of a Russian name another word order may use, the place of its head noun
    among them and its function words, sorted (see the module docstring), else None."""
    if spec.acronym or spec.derived or spec.reordered or spec.glued_from or not all(map(is_cyrillic_word, spec.words)):
        return None
    kinds = [analyze_word(w).kind for w in spec.words]
    if "legal_form" in kinds or kinds[0] == "stop":
        return None
    content = tuple(w for w, kind in zip(spec.words, kinds, strict=True) if kind != "stop")
    if not MIN_WORDS <= len(content) <= MAX_WORDS or all(kind != "word" for kind in kinds):
        return None
    head = next((k for k, w in enumerate(content) if _is_noun(w)), None)
    links = tuple(sorted(w for w, kind in zip(spec.words, kinds, strict=True) if kind == "stop"))
    return None if head is None or not all(_link_or_kind(w) in LINKS for w in links) else (content, head, links)


def _is_noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" for p in morph_analyzer().parse(word)[:1])


def reordered_names(
    bags: dict[Bag, list[BagName]],
    words: frozenset[int],
    text: str,
    low: str,
    spans: Sequence[tuple[int, int]],
    ids: Sequence[tuple[int, ...]],
) -> Iterator[tuple[int, int, BagName, str]]:
    """``(start, end, name, kind)`` for each run of the text's words (``spans`` in ``low``, ``ids``:
    the word ids each may stand for) that is a name of ``bags`` in another order (kind
    ``word_order``), or in its own order without one of its prepositions (``function_words``: see
    the module docstring); ``words``: every word id of the bags."""
    for i, (start, _) in enumerate(spans):
        first = _bag_id(ids[i], words) if text[start].isupper() else None
        if first is None:
            continue
        order = [first]
        links: list[str] = []
        open_adjective = _link_or_kind(low[start : spans[i][1]]) == "ADJ"
        j = i
        while len(order) < MAX_WORDS:
            k = _next_word(low, spans, j)
            if k is None:
                break
            if k > j + 1:
                links.append(low[spans[j + 1][0] : spans[j + 1][1]])
                if open_adjective and _link_or_kind(links[-1]) == "PREP":
                    break  # an adjective without its noun: «в Европе Восточной по …»
            word_id = _bag_id(ids[k], words)
            if word_id is None:
                break
            order.append(word_id)
            j = k
            kind = _link_or_kind(low[spans[j][0] : spans[j][1]])
            open_adjective = kind == "ADJ" or (open_adjective and kind != "NOUN")
            if len(order) < MIN_WORDS or open_adjective:
                continue  # an adjective waits for its noun (not one of a longer phrase)
            for name in bags.get(bag_of(order), ()):
                if tuple(order) != name.order and _keeps_head(tuple(order), name.lead) and _same(links, name.links):
                    yield start, spans[j][1], name, "word_order"
                elif tuple(order) == name.order and _fewer(links, name.links):
                    yield start, spans[j][1], name, "function_words"


def _same(links: list[str], name_links: tuple[str, ...]) -> bool:
    return tuple(sorted(links)) == name_links


def _fewer(links: list[str], name_links: tuple[str, ...]) -> bool:
    """Whether a run leaves out some of a name's prepositions and has no function word of its own."""
    left = list(name_links)
    for link in links:
        if link not in left:
            return False
        left.remove(link)
    return any(_link_or_kind(link) == "PREP" for link in left)


def _bag_id(word_ids: tuple[int, ...], words: frozenset[int]) -> int | None:
    return next((word_id for word_id in word_ids if word_id in words), None)


LINKS = frozenset({"CONJ", "PREP"})


def _next_word(low: str, spans: Sequence[tuple[int, int]], j: int) -> int | None:
    """The next word of a run after the ``j``-th: the following word, or the one after a
    conjunction or a preposition («и», «по»), across a space or a comma."""
    k = j + 1
    if k < len(spans) and _fits(low, spans[j], spans[k]) and _link_or_kind(low[spans[k][0] : spans[k][1]]) in LINKS:
        j, k = k, k + 1
    return k if k < len(spans) and _fits(low, spans[j], spans[k]) else None


@lru_cache(maxsize=65_536)
def _link_or_kind(word: str) -> str | None:
    """``CONJ`` or ``PREP`` for a function word a run may have between two of its words (a
    conjunction, a preposition); ``NOUN`` for a word one of whose readings is a noun («рабочих»:
    of workers, or working); ``ADJ`` for an adjective; else None."""
    parses = morph_analyzer().parse(word)
    first = parses[0].tag.POS if parses else None
    if analyze_word(word).kind == "stop":
        return first if first in ("CONJ", "PREP") else None
    if any(p.tag.POS == "NOUN" for p in parses):
        return "NOUN"
    return "ADJ" if first in ("ADJF", "PRTF") else None


def _fits(low: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    gap = low[left[1] : right[0]]
    return len(gap) <= MAX_GAP_CHARS and "\n" not in gap and split_gap(gap) <= GAP_PUNCTUATION


def _keeps_head(order: tuple[int, ...], lead: tuple[int, ...]) -> bool:
    """The run starts with the name's head noun, or with the name's words up to its head, its
    adjectives in any order («Республиканский международный институт»)."""
    size = len(lead)
    return order[0] == lead[-1] or (order[size - 1] == lead[-1] and sorted(order[:size]) == sorted(lead))

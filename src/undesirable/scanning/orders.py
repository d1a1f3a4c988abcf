"""Names in another word order. English: "the Democratic Development Foundation" for the
Foundation for Democratic Development, "the Foundation Open Dialogue" for the Open Dialogue
Foundation, "the Canadian Ukrainian Congress" for the Ukrainian Canadian Congress.

A Latin name of :data:`MIN_WORDS` to :data:`MAX_WORDS` content words (function words and articles
aside; a name with a legal form is looked for without it) that has a head word (a generic word
such as Foundation or Congress, or a word a preposition follows: the Endowment of "European
Endowment for Democracy") is also kept as the bag of its content words. A run of as many content
words of a text, each capitalized, joined by spaces or hyphens (a function word in lower case may
stand between two of them, each after a head word: "the Foundation of Silver Lake"), whose bag is
a name's, in another order than the name's, with a head word first or last or before a
function word ("the Helsinki Committee of the Netherlands" for the Netherlands Helsinki
Committee), is a candidate of kind ``word_order``, unless a capitalized word right before or
after it makes it part of a longer name. In the name's own order with other function words ("the Institute for Modern
Russia" for the Institute of Modern Russia) it is of kind ``function_words``.

English also moves a leading country, or its adjective, to the end after "of" ("the Academic
Exchange Service of Germany" for the German Academic Exchange Service: :func:`english_country_last`).

Russian: a name's groups after its head (each starting at a preposition or «имени») may come in
another order (:func:`russian_orders`), a leading country adjective may become the country in the
genitive at its end (:func:`country_last`) and the country at its end its adjective before it
(:func:`country_first`); such names are looked for as names are, kind ``word_order``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from undesirable.names.lemma import is_cyrillic_word, morph_analyzer
from undesirable.names.normalize import analyze_word, tokenize_name
from undesirable.scanning.aliases import ARTICLES, AliasSpec
from undesirable.scanning.text import WORD, is_sentence_start, lower_text, split_gap, word_after, word_before

if TYPE_CHECKING:
    from undesirable.scanning.index import NameEntry

MAX_GROUPS = 3
"""A Russian name with at most this many groups after its head is also kept in their other orders."""
EPONYM_MARKERS = frozenset({"имени", "им"})
MIN_WORDS = 3
MAX_WORDS = 6
MAX_GAP_CHARS = 6
"""At most this many characters between two words of a run (spaces, a hyphen, a function word)."""
CONFIDENCE_WORD_ORDER = 0.8

Bag = tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Reorderable:
    """A name another word order may use: its entry, its content words' ids in its own order, and
    the ids of its head words."""

    entry: NameEntry
    order: tuple[int, ...]
    heads: frozenset[int]
    links: tuple[str, ...] = ()
    """The name's function words, in its order."""


def content_words(
    spec: AliasSpec, names: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]]:
    """The content words of a name another word order may use, its head words and its function
    words (see the module docstring), and the same without the word that ends the name when it is
    a generic word or one the organization's ``names`` leave out (:func:`words_left_out`: the Alliance of Democrats and
    Liberals for Europe for the Alliance of Liberals and Democrats for Europe Party, whose names
    are also ALDE Party and ALDE); none when none."""
    if spec.acronym or spec.derived or not _is_latin(spec.name):
        return []
    words = [w for w in spec.words if w not in ARTICLES]
    tokens = tokenize_name(" ".join(words))
    if len(tokens) != len(words) or any(t.kind == "legal_form" for t in tokens):
        return []
    kinds = [t.kind for t in tokens]
    found = [_bag_words(words, kinds)]
    if len(words) > 1 and (kinds[-1] == "generic" or words[-1] in words_left_out(names)) and kinds[-2] != "stop":
        found.append(_bag_words(words[:-1], kinds[:-1]))
    return [bag for bag in found if bag is not None]


@lru_cache(maxsize=4096)
def words_left_out(names: tuple[str, ...]) -> frozenset[str]:
    """The words that end one of an organization's ``names`` and that another of them leaves out
    (Party of ALDE Party and ALDE): a text may leave them out of its other names too."""
    keyed = {tuple(WORD.findall(lower_text(name))) for name in names}
    return frozenset(words[-1] for words in keyed if len(words) > 1 and words[:-1] in keyed)


def _bag_words(
    words: Sequence[str], kinds: Sequence[str]
) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]] | None:
    content = tuple(w for w, kind in zip(words, kinds, strict=True) if kind != "stop")
    if not MIN_WORDS <= len(content) <= MAX_WORDS or kinds[0] == "stop" or any(w.isdigit() for w in content):
        return None
    heads = {w for w, kind in zip(words, kinds, strict=True) if kind == "generic"}
    heads.update(words[k - 1] for k in range(1, len(words) - 1) if kinds[k] == "stop" and kinds[k - 1] != "stop")
    links = tuple(w for w, kind in zip(words, kinds, strict=True) if kind == "stop")
    return (content, frozenset(heads), links) if heads else None


def _is_latin(text: str) -> bool:
    """Whether a name or word is in Latin letters, marks allowed (Auswärtige, für), no Cyrillic."""
    return not _CYRILLIC.search(text)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def bag_of(ids: Sequence[int]) -> Bag:
    """The key of a bag of word ids (their order does not count)."""
    return tuple(sorted(ids))


@dataclass(frozen=True, slots=True)
class Run:
    """Capitalized content words of a text that may be a name in another order.

    Attributes:
        start, end: the span, from the first content word to the last.
        order: the word ids of its content words, in the text's order.
        linked: the ids of the words a function word follows (in a name, a head word: the
            Foundation of "Foundation of Silver Lake").
        links: those function words.
    """

    start: int
    end: int
    order: tuple[int, ...]
    linked: tuple[int, ...]
    links: tuple[str, ...]


def reordered_runs(text: str, low: str, spans: Sequence[tuple[int, int]], ids: Sequence[tuple[int, ...]]) -> list[Run]:
    """Runs of capitalized content words of a text (``spans``: its words in ``low``; ``ids``: the
    word ids each may stand for) that may be a name in another order, :data:`MIN_WORDS` to
    :data:`MAX_WORDS` content words each; one function word in lower case, no article, may stand
    between two of them."""
    runs = []
    for i, (start, _) in enumerate(spans):
        if not _is_content(text, low, spans[i], ids[i]):
            continue
        order: list[int] = [ids[i][0]]
        linked: list[int] = []
        links: list[str] = []
        j = i
        while len(order) < MAX_WORDS and j + 1 < len(spans):
            if not _soft_gap(low, spans[j], spans[j + 1]):
                break
            if not _is_content(text, low, spans[j + 1], ids[j + 1]):
                if j + 2 >= len(spans) or not _is_link(text, low, spans[j + 1]):
                    break
                if not _soft_gap(low, spans[j + 1], spans[j + 2]):
                    break
                linked.append(order[-1])
                links.append(low[spans[j + 1][0] : spans[j + 1][1]])
                j += 1
                if j + 2 < len(spans) and _is_article(text, low, spans[j + 1], spans[j + 2]):
                    links.append(low[spans[j + 1][0] : spans[j + 1][1]])  # "for the Development": an article added
                    j += 1
                if not _is_content(text, low, spans[j + 1], ids[j + 1]):
                    break
            j += 1
            order.append(ids[j][0])
            if len(order) >= MIN_WORDS:
                runs.append(Run(start, spans[j][1], tuple(order), tuple(linked), tuple(links)))
    return runs


def _soft_gap(low: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    gap = low[left[1] : right[0]]
    return len(gap) <= MAX_GAP_CHARS and not split_gap(gap)


def _is_link(text: str, low: str, span: tuple[int, int]) -> bool:
    word = low[span[0] : span[1]]
    return text[span[0]].islower() and word not in ARTICLES and analyze_word(word).kind == "stop"


def _is_article(text: str, low: str, span: tuple[int, int], following: tuple[int, int]) -> bool:
    """Whether a lower-case article stands at ``span``, before the word at ``following``."""
    return text[span[0]].islower() and low[span[0] : span[1]] in LINK_ARTICLES and _soft_gap(low, span, following)


def _is_content(text: str, low: str, span: tuple[int, int], ids: tuple[int, ...]) -> bool:
    word = low[span[0] : span[1]]
    return len(ids) == 1 and text[span[0]].isupper() and _is_latin(word) and analyze_word(word).kind != "stop"


LINK_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "des", "dem", "den", "le", "la", "les", "l"})
"""Articles a text may add after a function word inside a name ("Centre for the Development of")."""

LONGER_NAME = re.compile(r"[ \t\u00a0]+(?:of|for)[ \t\u00a0]+[A-Z]")
"""After a name, "of" or "for" and a capitalized word make a longer name ("… Institute of Dubai")."""


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether no capitalized word stands right before or after a span, nor "of" or "for" and a
    capitalized word after it (which would make it part of a longer name); an article or a
    sentence's first word before it does not count."""
    before = word_before(text, start, max_gap=1)
    if before is not None:
        word = text[before[0] : before[1]]
        if word[0].isupper() and word.lower() not in ARTICLES and not is_sentence_start(text, before[0]):
            return False
    if LONGER_NAME.match(text, end):
        return False
    after = word_after(text, end, max_gap=1)
    return after is None or not text[after[0]].isupper()


def russian_orders(spec: AliasSpec) -> list[AliasSpec]:
    """A Russian name's other orders of the groups after its head: a group starts at a preposition
    or at «имени» and runs to the next one («Фонд | имени Фридриха Науманна | за свободу» is also
    written «Фонд за свободу имени Фридриха Науманна»); a preposition and one word take the next
    preposition's words as their complement («по борьбе со СПИДом», «по наблюдению за выборами»).
    Russian orders such groups freely; the words within each and the head keep their places. Two
    to :data:`MAX_GROUPS` groups, else none."""
    words = spec.words
    if spec.acronym or spec.derived or spec.reordered or not all(map(is_cyrillic_word, words)):
        return []
    starts = [k for k in range(1, len(words)) if words[k] in EPONYM_MARKERS or is_preposition(words[k])]
    starts = [k for i, k in enumerate(starts) if i == 0 or k > starts[i - 1] + 1]  # «по борьбе со …»: one group
    starts = [k for i, k in enumerate(starts) if i == 0 or k - starts[i - 1] != 2 or words[k] in EPONYM_MARKERS]
    if not 2 <= len(starts) <= MAX_GROUPS or is_preposition(words[0]):
        return []  # a slogan («За свободную Россию») has no head
    head = words[: starts[0]]
    groups = [words[a:b] for a, b in itertools.pairwise([*starts, len(words)])]
    out = []
    for order in itertools.permutations(groups):
        if list(order) != groups:
            reordered = (*head, *(w for group in order for w in group))
            out.append(AliasSpec(spec.name, reordered, tuple(frozenset() for _ in reordered[1:]), reordered=True))
    return out


def is_noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" for p in morph_analyzer().parse(word)[:1])


def is_preposition(word: str) -> bool:
    return any(p.tag.POS == "PREP" for p in morph_analyzer().parse(word)[:1])

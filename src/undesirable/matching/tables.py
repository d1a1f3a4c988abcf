"""Lookup tables of the match index, built from its entries: postings, fuzzy spellings, sounds, stems."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from undesirable.names.glued import split_word
from undesirable.names.lemma import is_cyrillic_word
from undesirable.names.normalize import (
    GENERIC_KEY_PREFIX,
    Token,
    analyze_word,
    generic_word_keys,
    synonym_word_keys,
    vocabulary_words,
)
from undesirable.names.translit import phonetic_key, phonetic_keys, skeletonize_token
from undesirable.names.vocabulary import is_ordinary_word

if TYPE_CHECKING:
    from undesirable.matching.index import MatchIndex, NameEntry

STOP_WEIGHT = 0.1
"""Weight of a stop word ("the", "of", "и")."""

STEM_PREFIX = 4
"""A Russian query word is reduced to its dictionary form only when its first letters are those of
a register word (or of a listed word): otherwise it cannot be a form of any of them."""

MIN_PHONETIC_LENGTH = 3
"""Words with shorter keys are not compared by sound."""

MIN_SOUND_LENGTH_RATIO = 0.5
"""Two words sound alike only when the shorter key has more than this share of the longer one's
letters: a sound keeps the consonants, so a code of three letters sounds like many longer words
(``CSA``, ``ks``, like ``Caucasus``; ``MDS`` like ``Meduza``). Of the pairs by sound the labelled
sets find, the most unequal are ``Хадсоновский`` / ``Hudson`` and ``Брайем`` / ``Brigham`` (0.55,
0.57)."""


def comparable_lengths(key: str, other: str) -> bool:
    """Whether two keys are long enough for each other to sound alike (:data:`MIN_SOUND_LENGTH_RATIO`);
    a generic word's key (``#foundation``) stands for words of any length (fund, фонд)."""
    if key.startswith(GENERIC_KEY_PREFIX) or other.startswith(GENERIC_KEY_PREFIX):
        return True
    short, long = sorted((len(key), len(other)))
    return short > MIN_SOUND_LENGTH_RATIO * long


MAX_WORD_PAIR_EDITS = 2
"""Two words of the general vocabulary pair by sound only when they are at most this many letter
edits apart (``wach`` and ``watch``: 1, one word misspelled; a Cyrillic word's key that happens to
be a word, ``ist`` of Ист, and ``east``: 2) or share a stem (:data:`MIN_WORD_PAIR_STEM`)."""

MIN_WORD_PAIR_STEM = 4
"""Letters two words of the general vocabulary share at their start to be forms of one stem
(``ukrainian``, ``ukraine``); ``open`` and ``opinion`` share two and are two words."""


def two_other_words(key: str, other: str) -> bool:
    """Whether two keys are two different words of the general vocabulary, spelled too unlike for
    one to be the other misspelled or another form of it: no pair by sound (``open``, ``opinion``)."""
    if len(key) >= MIN_WORD_PAIR_STEM and key[:MIN_WORD_PAIR_STEM] == other[:MIN_WORD_PAIR_STEM]:
        return False
    if Levenshtein.distance(key, other, score_cutoff=MAX_WORD_PAIR_EDITS + 1) <= MAX_WORD_PAIR_EDITS:
        return False
    return is_ordinary_word(other) and is_ordinary_word(key)  # the register's word first: it is analyzed already


def weighted_postings(entries: list[NameEntry]) -> dict[str, tuple[tuple[int, float], ...]]:
    """Key -> (entry id, the key's weight in that entry) for every entry containing the key."""
    table: dict[str, dict[int, float]] = {}
    for entry_id, entry in enumerate(entries):
        for key, weight in zip(entry.keys, entry.weights, strict=True):
            slot = table.setdefault(key, {})
            slot[entry_id] = max(slot.get(entry_id, 0.0), weight)
    return {key: tuple(slot.items()) for key, slot in table.items()}


def weak_weight(entry: NameEntry) -> float:
    """The weight of an entry's generic and stop words (what unlisted query words may still pair)."""
    return sum(
        w
        for k, w in zip(entry.keys, entry.weights, strict=True)
        if k.startswith(GENERIC_KEY_PREFIX) or w <= STOP_WEIGHT
    )


def stop_weights(index: MatchIndex) -> tuple[float, ...]:
    """The weight of each entry's function words (built on first use)."""
    return index.caches.table(
        "stop weights",
        lambda: tuple(sum(w for w in e.weights if w <= STOP_WEIGHT) for e in index.entries),
    )


def register_words(index: MatchIndex) -> frozenset[str]:
    """Every word of the register's names as they are written (lower case; built on first use)."""
    return index.caches.table("register words", lambda: frozenset(t for e in index.entries for t in e.texts))


MIN_GLUED_SOUND = 4
"""A word glued from two heard by ear is read apart only when its sound has this many consonants."""


def split_glued(index: MatchIndex, kept: list[Token]) -> list[Token] | None:
    """The query's words with each word glued from two register words read as both (see
    :func:`undesirable.names.glued.split_reading`), or from two register words heard by ear
    (:func:`split_heard`), or None. Each word's two readings are kept in the index's cache
    (``splits``), keyed by its text and key (all they depend on)."""
    postings = index.postings
    cache = index.caches.splits
    pairs: list[tuple[tuple[Token, ...] | None, tuple[Token, ...] | None]] = []
    glued = heard = False
    for token in kept:
        if token.kind != "word" or token.key in postings:
            pairs.append(_NO_SPLIT)
            continue
        pair = cache.get((token.text, token.key))
        if pair is None:
            pair = (split_word(token, postings, register_words(index)), _heard_parts(index, token))
            if pair == _NO_SPLIT:
                pair = _NO_SPLIT  # most words: one shared answer
            cache.put((token.text, token.key), pair)
        glued = glued or pair[0] is not None
        heard = heard or pair[1] is not None
        pairs.append(pair)
    if not glued and not heard:
        return None
    side = 0 if glued else 1
    return [t for token, pair in zip(kept, pairs, strict=True) for t in (pair[side] or (token,))]


_NO_SPLIT: tuple[None, None] = (None, None)

MIN_JOINED_KEY = 5
"""Two neighbouring words are read as the one register word they make only when it is this long."""


def join_apart(index: MatchIndex, kept: list[Token]) -> tuple[list[Token], tuple[int, ...]] | None:
    """The query's words with each two neighbouring words that make one register word read as
    that word (``Storm-Watch`` as the ``Stormwatch`` of a name), and the positions of the words so
    read; None when no two words make one. One lookup per two neighbouring words."""
    postings = index.postings
    out: list[Token] = []
    joined: list[int] = []
    position = 0
    while position < len(kept):
        token = kept[position]
        if position + 1 < len(kept) and token.kind == kept[position + 1].kind == "word":
            after = kept[position + 1]
            glued = token.key + after.key
            if len(glued) >= MIN_JOINED_KEY and glued in postings:  # the keys run together as a register key does
                word = analyze_word(token.text + after.text)
                if word.key in postings:
                    joined.append(len(out))
                    out.append(word)
                    position += 2
                    continue
        out.append(token)
        position += 1
    return (out, tuple(joined)) if joined else None


def split_heard(index: MatchIndex, kept: list[Token]) -> list[Token] | None:
    """The query's words with each Cyrillic word that sounds like two neighbouring words of a
    register name in Latin letters glued (``Дойчевелле``, Deutsche Welle) read as the two, cut
    where each part sounds like its word; None when no word is such. One lookup per word: the
    sound of the word in a table of the sounds of the register's neighbouring words glued."""
    out: list[Token] = []
    split = False
    for token in kept:
        parts = _heard_parts(index, token) if token.kind == "word" else None
        split = split or parts is not None
        out.extend(parts or (token,))
    return out if split else None


def _heard_parts(index: MatchIndex, token: Token) -> tuple[Token, Token] | None:
    """The two register words heard by ear one word of kind ``word`` glues (see :func:`split_heard`), or None."""
    sounds: dict[str, tuple[str, str]] = index.caches.table("glued sounds", lambda: _glued_sounds(index))
    pair = sounds.get(phonetic_key(token.key))
    if pair and token.key not in index.postings and is_cyrillic_word(token.text):
        return _heard_cut(token.text, pair)
    return None


def _heard_cut(text: str, sounds: tuple[str, str]) -> tuple[Token, Token] | None:
    for at in range(2, len(text) - 1):
        first, second = analyze_word(text[:at]), analyze_word(text[at:])
        if phonetic_key(first.key) == sounds[0] and phonetic_key(second.key) == sounds[1]:
            return first, second
    return None


def _glued_sounds(index: MatchIndex) -> dict[str, tuple[str, str]]:
    """Sound of two neighbouring words of a register name in Latin letters glued -> each one's sound."""
    table: dict[str, tuple[str, str]] = {}
    for entry in index.entries:
        if entry.script != "latin" or entry.kind != "surface" or entry.is_acronym:
            continue
        for left, right in pairwise(entry.keys):
            if left.startswith(GENERIC_KEY_PREFIX) or right.startswith(GENERIC_KEY_PREFIX):
                continue
            sound = phonetic_key(left + right)
            if len(sound) >= MIN_GLUED_SOUND:
                table.setdefault(sound, (phonetic_key(left), phonetic_key(right)))
    return table


def postings_of(items: Iterable[tuple[int, tuple[str, ...]]]) -> dict[str, tuple[int, ...]]:
    table: dict[str, list[int]] = {}
    for entry_id, keys in items:
        for key in dict.fromkeys(keys):
            table.setdefault(key, []).append(entry_id)
    return {key: tuple(ids) for key, ids in table.items()}


def fuzzy_choices_of(entries: list[NameEntry]) -> dict[str, str]:
    """Spellings a misspelled query word may be close to -> the register key they stand for.

    Ordinary words stand for themselves; a generic word's group key (``#foundation``) is reached
    through the spellings of its members (``foundation``, ``stiftung``, ``fond`` ...).
    """
    keys = {k for e in entries if not e.is_acronym for k in e.keys}
    # in a fixed order: among equally close spellings the first wins, the same in every process
    choices = {k: k for k in sorted(keys) if not k.startswith(GENERIC_KEY_PREFIX)}
    for word_key, group in generic_word_keys().items():
        if group in keys:
            choices.setdefault(word_key, group)
    return choices


def stem_prefixes_of(analyzed: list[tuple[int, str, list[Token], bool]]) -> frozenset[str]:
    """First letters of every Russian word a query word may be an inflected form of."""
    words = {w for _, _, tokens, _ in analyzed for t in tokens for w in (t.text, t.lemma)} | vocabulary_words()
    return frozenset(w[:STEM_PREFIX] for w in words if len(w) >= STEM_PREFIX and is_cyrillic_word(w))


def phonetic_keys_of(choices: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Phonetic key (see :func:`undesirable.names.translit.phonetic_key`) -> the register keys
    whose spellings have it; a word with cross-language synonyms also leads to its group's key
    (Фрайес sounds like Freies, which is Free)."""
    table: dict[str, set[str]] = {}
    known = set(choices.values())
    synonyms = [(word, group) for word, group in synonym_word_keys().items() if group in known]
    for choice, target in [*choices.items(), *synonyms]:
        if len(choice) >= MIN_PHONETIC_LENGTH:
            for key in phonetic_keys(choice):
                table.setdefault(key, set()).add(target)
    return {key: tuple(sorted(targets)) for key, targets in table.items() if key}


def acronym_owners_of(entries: list[NameEntry]) -> dict[str, frozenset[int]]:
    owners: dict[str, set[int]] = {}
    for entry in entries:
        if len(entry.keys) == 1:
            owners.setdefault(entry.keys[0], set()).add(entry.org)
    return {key: frozenset(orgs) for key, orgs in owners.items()}


def spelled_compact(keys: Sequence[str], texts: Sequence[str]) -> str:
    """:func:`compact_key` with generic words spelled as written (``yardim vakfi`` ->
    ``iardimvakfi``), which meets a name whose register spelling glues a generic word to another
    (``Yardimvakfi``); the compact key itself when no word is generic."""
    if not any(k.startswith(GENERIC_KEY_PREFIX) for k in keys):
        return compact_key(keys)
    return compact_key(
        skeletonize_token(t) if k.startswith(GENERIC_KEY_PREFIX) else k for k, t in zip(keys, texts, strict=True)
    )


def compact_key(keys: Iterable[str]) -> str:
    """The keys of a name run together, generic words by their meaning (``#foundation`` ->
    ``foundation``)."""
    joined = "".join(keys)
    if GENERIC_KEY_PREFIX not in joined and "_" not in joined:
        return joined  # no generic word: the keys as they are
    return "".join(k.removeprefix(GENERIC_KEY_PREFIX).replace("_", "") for k in keys)

"""Proper names among the words of one organization's names, told by its names themselves.

The dictionaries classify words out of context (:mod:`undesirable.names.vocabulary`), so a
surname that is also a word is taken for ordinary vocabulary: «Клуни» reads as a form of «клуня»
(a barn), «Карра» as a noun, "Wilson", "Carr" and "Fletcher" are frequent English words. Two facts
of the register's own names set this right, for any entry, without a list:

- **Kept by sound while the rest is translated.** An organization listed with a Russian and a
  Latin name (Фонд Клуни за справедливость / Clooney Foundation for Justice) translates its
  ordinary words (Фонд = Foundation) and keeps its proper names by sound (Клуни = Clooney,
  Вильсона = Wilson): a word paired by sound (:func:`undesirable.names.translit.phonetic_key`)
  in two names of which other words are not is a proper name. The Russian dictionary then says
  which kind: a given name («Роберта» = Robert) or a place («Берлин», left ordinary); anything
  else is distinctive. A word paired with a given name of the other script is one too («Розы» =
  Rosa, «Льва» = Lev, though the dictionary reads a rose and a lion). Words both languages share
  as ordinary words (Форум = Forum, Проект = Project) stay ordinary; a name written wholly by ear
  (Хьюман Райтс Вотч) says nothing else.
- **After a given name.** A Russian word that follows a given name («Роберта Карра») is a surname
  unless the dictionary knows it as a place, and so is its Latin partner by sound (Carr); a word
  the dictionary also knows as a first name before a surname is a given name («Льва Копелева»).
- **An adjective made from a proper name.** A Russian adjective in -ский whose stem sounds like a
  distinctive Latin word of another of the names («Хельсинкская комиссия США» / U.S. Helsinki
  Commission, «Джеймстаунский фонд» / Jamestown Foundation) is made from that name, wherever it
  stands and however the dictionary knows it; not one made from a place the dictionary knows
  («Кавказский», «Харьковская»: ordinary adjectives). A possessive adjective paired by sound
  with a distinctive Latin word («Баренцев» / Barents) is one too, even in a title-case name.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from undesirable.names.fragments import is_non_russian
from undesirable.names.lemma import is_cyrillic_word, morph_analyzer
from undesirable.names.normalize import Token, normalize_name, tokenize_name
from undesirable.names.translit import phonetic_key, skeletonize_token
from undesirable.names.vocabulary import WordClass, classify_word

MIN_SOUND = 2
"""Words whose sound keys are shorter than this are never paired (one consonant says little)."""

MIN_LOWER_WORD = 4
"""A name is in sentence case when it has a lower-case word this long (function words aside)."""

_WORD = re.compile(r"[^\W\d_]+")


def classify_proper_words(names: Iterable[str]) -> dict[str, WordClass]:
    """For the words of one organization's ``names`` that its names show to be proper names, their
    class (keyed by :attr:`Token.text`); words not in the map keep their dictionary class."""
    names = list(names)
    tokenized = [[t for t in tokenize_name(name) if t.kind != "legal_form"] for name in names]
    capitalized = {w for name in names for w in _capitalized_inside(name)}
    words = [[t for t in ts if t.kind == "word"] for ts in tokenized]
    russian = [not is_non_russian(name) for name in names]
    cyrillic = [
        ws for ws, ru in zip(words, russian, strict=True) if ru and ws and all(is_cyrillic_word(t.text) for t in ws)
    ]
    latin = [ws for ws in words if ws and all(_is_latin(t.text) for t in ws)]
    found: dict[str, WordClass] = {}
    pairs = [pair for ru in cyrillic for en in latin for pair in _classify_pair(ru, en, capitalized, found)]
    for ru_tokens, is_russian in zip(tokenized, russian, strict=True):
        if is_russian:
            _classify_given_before_surnames(ru_tokens, found)
            _classify_after_given_names(ru_tokens, found)
    for r, e in pairs:
        if found.get(r.text) == "distinctive" and classify_word(e) == "general":
            found[e.text] = "distinctive"  # Карра after Роберта: so is Carr
    distinctive = {key for en in latin for e in en if classify_word(e) == "distinctive" for key in _sounds(e)}
    for ru in cyrillic:
        for r in ru:
            if r.text not in found and _adjective_stem_sound(r.lemma) in distinctive:
                found[r.text] = "distinctive"  # «Хельсинкская» is made from Helsinki
    return found


ADJECTIVE_SUFFIXES = ("ский", "цкий")
"""The endings of a Russian adjective made from a name (хельсинкский, джеймстаунский)."""


def adjective_stem(lemma: str) -> str:
    """The name a Russian adjective's ``lemma`` in -ский is made from, as written before the suffix
    (йельский -> йель, джеймстаунский -> джеймстаун), or ``""`` for another word."""
    if not lemma.endswith(ADJECTIVE_SUFFIXES) or not is_cyrillic_word(lemma):
        return ""
    return lemma[: -len(ADJECTIVE_SUFFIXES[0])]


def is_known_place(word: str) -> bool:
    """Whether the Russian dictionary knows ``word`` as a place («кавказ», «харьков»)."""
    return _russian_proper_class(word) is None


def _adjective_stem_sound(lemma: str) -> str:
    """The sound of the name a Russian adjective's ``lemma`` is made from, or ``""``."""
    stem = adjective_stem(lemma)
    if not stem or is_known_place(stem):
        return ""  # кавказский, харьковский: of a place Russian has a word for, an ordinary adjective
    key = phonetic_key(skeletonize_token(stem))
    return key if len(key) >= MIN_SOUND else ""


@lru_cache(maxsize=4096)
def distinctive_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words :func:`classify_proper_words` finds distinctive in one organization's ``names``."""
    return frozenset(word for word, found in classify_proper_words(names).items() if found == "distinctive")


@lru_cache(maxsize=4096)
def place_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words of one organization's ``names`` that are places: a Russian word the dictionary
    knows as one («Беркли»), and a Latin word of another of its names paired with it by sound
    (Berkeley). A name of places and type words (University of California, Berkeley) is no name
    of ordinary words: people name it by its place and its type ("Berkeley University")."""
    tokenized = [[t for t in tokenize_name(name) if t.kind == "word"] for name in names]
    places = [t for ts in tokenized for t in ts if is_cyrillic_word(t.text) and _russian_proper_class(t.text) is None]
    if not places:
        return frozenset()
    sounds = set().union(*(_sounds(t) for t in places))
    latin = [t for ts in tokenized for t in ts if _is_latin(t.text) and _sounds(t) & sounds]
    return frozenset(t.text for t in [*places, *latin])


def _classify_pair(
    ru: list[Token], en: list[Token], capitalized: set[str], found: dict[str, WordClass]
) -> list[tuple[Token, Token]]:
    """Classify the words of two names paired by sound; the pairs, or none for a name written by ear."""
    pairs = [(r, e) for r in ru for e in en if _sounds(r) & _sounds(e)]
    paired_ru = {id(r) for r, _ in pairs}
    paired_en = {id(e) for _, e in pairs}
    for r, e in pairs:  # Розы = Rosa, Льва = Lev: a given name in the other script too
        if classify_word(e) == "given_name" and _russian_proper_class(r.text) is not None:
            found.setdefault(r.text, "given_name")
    if all(id(r) in paired_ru for r in ru) and all(id(e) in paired_en for e in en):
        return []  # one name is the other written by ear: nothing is told apart
    for r, e in pairs:
        kind = _russian_proper_class(r.text)
        if kind is None or (kind == "ordinary" and skeletonize_token(e.text) in _skeletons(r)):
            continue  # a place, or a Russian word spelled in Latin letters (Otkrytaya)
        ru_class, en_class = classify_word(r), classify_word(e)
        if en_class == "given_name":
            continue
        if kind == "ordinary" and (en_class == "general" or r.text not in capitalized) and not _possessive(r.text):
            continue  # a word both languages have (Форум = Forum), or an ordinary word
        if kind == "given_name":
            found.setdefault(e.text, "given_name")
            continue
        for token, current in ((r, ru_class), (e, en_class)):
            if current == "general":
                found[token.text] = "distinctive"
    return pairs


def _classify_given_before_surnames(tokens: list[Token], found: dict[str, WordClass]) -> None:
    """A Russian word the dictionary also knows as a first name, right before a surname or a word
    it does not know, is a given name («Льва Копелева»: not a lion)."""
    for before, token in itertools.pairwise(tokens):
        if before.kind != "word" or token.kind != "word" or _russian_proper_class(token.text) != "proper":
            continue
        if before.text not in found and _also_a_first_name(before.text):
            found[before.text] = "given_name"


def _also_a_first_name(word: str) -> bool:
    return is_cyrillic_word(word) and any("Name" in p.tag.grammemes for p in morph_analyzer().parse(word) if p.is_known)


def _classify_after_given_names(tokens: list[Token], found: dict[str, WordClass]) -> None:
    """A Russian word right after a given name is a surname, unless the dictionary knows it as a
    place («Джорджа Вашингтона»: Washington stays a place)."""
    for before, token in itertools.pairwise(tokens):
        if len(token.text) < MIN_SOUND or token.kind != "word" or _russian_proper_class(token.text) is None:
            continue
        given = found.get(before.text, classify_word(before)) == "given_name"
        if given and found.get(token.text, classify_word(token)) == "general":
            found[token.text] = "distinctive"


def _capitalized_inside(name: str) -> list[str]:
    """The words of ``name`` (normalized) written with a capital after its first word, when the
    name also has lower-case words (an all-capitals or title-case name says nothing)."""
    words = _WORD.findall(name)
    if not any(w[0].islower() and len(w) >= MIN_LOWER_WORD for w in words[1:]):
        return []
    return [normalize_name(w) for w in words[1:] if w[0].isupper() and not w.isupper()]


def _is_latin(word: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") for c in word if c.isalpha())


def _skeletons(token: Token) -> set[str]:
    return {skeletonize_token(token.text), skeletonize_token(token.lemma)}


def _sounds(token: Token) -> set[str]:
    """The sounds of the word as written and of its lemma (never of a synonym group's key)."""
    keys = {phonetic_key(skeletonize_token(token.text)), phonetic_key(skeletonize_token(token.lemma))}
    return {key for key in keys if len(key) >= MIN_SOUND}


def _possessive(word: str) -> bool:
    """Whether the dictionary reads a Russian word as a possessive adjective («Баренцев»: of Barents)."""
    parses = morph_analyzer().parse(word)
    return bool(parses) and "Poss" in parses[0].tag.grammemes


@lru_cache(maxsize=65_536)
def _russian_proper_class(word: str) -> str | None:
    """``given_name``, ``ordinary`` (a dictionary word), ``proper`` (a surname or unknown word),
    or None for a place."""
    parses = [p for p in morph_analyzer().parse(word) if p.is_known]
    if not parses:
        return "proper"
    grammemes = set(parses[0].tag.grammemes)
    if "Geox" in grammemes:
        return None
    if grammemes & {"Name", "Patr"}:
        return "given_name"
    if grammemes & {"Surn", "Orgn", "Trad"}:
        return "proper"
    return "ordinary"

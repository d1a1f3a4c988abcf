"""People's names inside organizations' names: the namesake is not the organization.

Many organizations are called after a person: «Фонд Бориса Немцова за свободу», "Woodrow Wilson
International Center for Scholars", «Фонд имени Генриха Бёлля», "The John Smith Trust". Their
names carry the person's name, and people write the organization short («Фонд Немцова», "Wilson
Center", "Böll Foundation"). But the person's name alone («Борис Немцов», "Heinrich Böll",
«Сахаров») names the person, the namesake, not the organization called after him. One rule says
which words are a person's name, for the screener (:mod:`undesirable.matching.candidates`: such a
query scores below a possible match, said to be the namesake) and the scanner
(:mod:`undesirable.scanning.shortforms`: such a span is a mention only beside the name's head
word) alike; for both, no short form leaves the person out ("AIDS Foundation" is not the Elton
John AIDS Foundation), and a surname that is also a given name (John) is distinctive
(:func:`with_surnames`):

- **Given names** (:func:`is_given_name`): the words of the shipped list ``data/given_names.txt``
  (common Russian given names with their usual Latin spellings, common Western given names with
  their usual Russian spellings) and, for Russian words in any case form, the first names and
  patronymics of the pymorphy3 dictionary («Бориса», «Андреевича», «Элтона»).
- **A person in a name** (:func:`person_surnames`): a run of given names (initials between them
  allowed), one of them a given name of the shipped list in any case form, and the surname after
  it («Бориса Немцова», "Woodrow Wilson", "Elton John"); a generic or function word is never a
  surname ("Boris Foundation" names no one), and a word the dictionary also knows as a rare first
  name («Свидетелей Иеговы», «Рейн-Вестфалия») makes no person by itself.
- **A namesake form** (:func:`is_namesake_form`): words of a name that are a surname of a person
  the organization's names name, alone or with given names right before it, and nothing else
  («Бориса Немцова», «Сахарова» of «Фонд Сахарова» since «Фонд Андрея Сахарова» names Andrei
  Sakharov). With the name's head word beside it, it is the organization's short form («Фонд
  Немцова», "Wilson Center").

Nothing here is a list per organization: it works for names the register adds tomorrow.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from undesirable.names.lemma import is_cyrillic_word, is_dictionary_word, morph_analyzer
from undesirable.names.normalize import analyze_word, normalize_name
from undesirable.names.translit import strip_marks

if TYPE_CHECKING:
    from undesirable.names.vocabulary import WordClass

GIVEN_NAME_GRAMMEMES = frozenset({"Name", "Patr"})
"""pymorphy3's marks of a first name and a patronymic."""

NameWord = tuple[tuple[str, ...], str]
"""One word of a name as :func:`person_surnames` reads it: its comparison keys and its class."""


@cache
def _listed_words() -> tuple[str, ...]:
    text = files("undesirable.data").joinpath("given_names.txt").read_text("utf-8")
    return tuple(normalize_name(w) for line in text.splitlines() if not line.startswith("#") for w in line.split())


@cache
def _given_names() -> frozenset[str]:
    return frozenset(strip_marks(w) for w in _listed_words())


@cache
def _listed_keys() -> frozenset[str]:
    """The comparison keys (as written and as lemma) of the shipped list's given names."""
    tokens = [analyze_word(w) for w in _listed_words()]
    return frozenset(k for t in tokens for k in (t.key, t.lemma_key))


@lru_cache(maxsize=65_536)
def is_given_name(text: str) -> bool:
    """Whether a normalized word is a given name (see the module docstring), in any case form for
    Russian: ``boris``, ``heinrich``, ``woodrow``, ``бориса``, ``вудро``. A Russian word the
    dictionary knows is what its likeliest reading says («Бориса» a name, «Надежды» hope)."""
    text = text.casefold()
    if not is_cyrillic_word(text):
        return bool(text) and strip_marks(text) in _given_names()
    parses = morph_analyzer().parse(text)
    known = [p for p in parses if p.is_known]
    if known:
        return bool(GIVEN_NAME_GRAMMEMES & set(known[0].tag.grammemes))
    return any(p.normal_form in _given_names() for p in parses) or text in _given_names()


def person_surnames(names: Iterable[Sequence[NameWord]]) -> frozenset[str]:
    """The comparison keys of the surnames of the people one organization's names name.

    In each name, a run of given names (initials between them allowed) is followed by the
    surname: the next word when it is distinctive («Бориса Немцова», "Woodrow Wilson", «Андрея
    Дмитриевича Сахарова»), or an ordinary word after one given name ("Rosa Luxemburg"); when the
    run ends with a second listed given name, that one ("Elton John AIDS Foundation": John). A name
    with no word besides the person's («Барт Маршо», «Фридом Хаус» heard as a person) names no
    namesake.

    Args:
        names: each name of the organization as its words (legal forms left out), each word its
            comparison keys (as written and as lemma) and its word class.
    """
    found: set[str] = set()
    for words in names:
        i = 0
        while i < len(words):
            if words[i][1] != "given_name":
                i += 1
                continue
            start = i
            given, i = _given_run(words, i)
            if not any(_listed_keys() & set(words[g][0]) for g in given):
                continue  # a dictionary's rare first name (Иеговы, Рейн) makes no person without a listed one
            after = words[i] if i < len(words) else None
            if len(given) > 1 and _listed_keys() & set(words[given[-1]][0]):
                surnames, end = [words[given[-1]][0]], i  # Elton John: two given names, the last the surname
            elif after is not None and (after[1] == "distinctive" or (after[1] == "general" and len(given) == 1)):
                surnames, end = [after[0]], i + 1
            else:
                continue
            if surnames and any(c != "stop" for _, c in (*words[:start], *words[end:])):
                found.update(k for keys in surnames for k in keys)  # «Барт Маршо» alone is no namesake
    return frozenset(found)


def surname_flags(names: Sequence[tuple[Hashable, Sequence[tuple[str, ...]], Sequence[str]]]) -> list[tuple[bool, ...]]:
    """For each name, which of its words is the surname of a person its owner's names name.

    Args:
        names: each name as its owner (the organization), each word's comparison keys and each
            word's class, legal forms left out; every name of an owner counts.
    """
    by_owner: dict[Hashable, list[list[NameWord]]] = {}
    for owner, keys, classes in names:
        by_owner.setdefault(owner, []).append(list(zip(keys, classes, strict=True)))
    surnames = {owner: person_surnames(words) for owner, words in by_owner.items()}
    return [tuple(bool(surnames[owner] & set(k)) for k in keys) for owner, keys, _ in names]


def _given_run(words: Sequence[NameWord], start: int) -> tuple[list[int], int]:
    """The positions of the given names of the run starting at ``start`` and the position after it."""
    given: list[int] = []
    i = start
    while i < len(words) and (words[i][1] == "given_name" or (given and _is_initial(words[i][0]))):
        if words[i][1] == "given_name":
            given.append(i)
        i += 1
    return given, i


def _is_initial(keys: tuple[str, ...]) -> bool:
    return bool(keys) and all(len(k) == 1 for k in keys)


def is_namesake_form(classes: Sequence[str], surnames: Sequence[bool], kept: Iterable[int]) -> bool:
    """Whether the words at positions ``kept`` of a name are only a person's name (see the module
    docstring): the last a surname of a person the organization's names name (``surnames[i]``),
    any before it given names standing right before it, function words aside.

    >>> is_namesake_form(("generic", "given_name", "distinctive"), (False, False, True), (1, 2))
    True
    >>> is_namesake_form(("generic", "given_name", "distinctive"), (False, False, True), (0, 2))
    False
    """
    words = sorted(i for i in set(kept) if classes[i] != "stop")
    if not words or not surnames[words[-1]]:
        return False
    return all(classes[i] == "given_name" for i in range(words[0], words[-1]))


def with_surnames(classes: Sequence[WordClass], surnames: Sequence[bool]) -> tuple[WordClass, ...]:
    """The word classes of a name with each surname distinctive: a surname that is also a given
    name (Elton John's John) tells which person as any surname does."""
    return tuple("distinctive" if s and c == "given_name" else c for c, s in zip(classes, surnames, strict=True))


PERSON_TAIL_WORDS = 3
"""A person's name after an organization's name has at most this many words (given name,
patronymic, surname; initials count as one word each)."""
_CYRILLIC_NAME_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
_INITIALS = re.compile(r"(?:[А-ЯЁ]\.){1,2}")


def genitive_person_start(words: Sequence[str]) -> int | None:
    """Where a person's name in the genitive ends ``words`` (as written) after something else
    (a founder's or leader's name after an organization's: «… Ходорковского», «… Михаила
    Ходорковского», «… М. Б. Ходорковского»): the position of its first word; None when the last
    words are no person's name or nothing stands before them.

    The last word is a surname in the genitive: a reading of the dictionary's marked as a surname
    ('Surn'), or, after a given name or initials in the genitive, a word the dictionary does not
    know (``Ивана Мунтяна``). Ordinary words (народа, мира) and places (Москвы) are no surname.

    >>> genitive_person_start(["Северное", "сияние", "Петра", "Иванова"])
    2
    >>> genitive_person_start(["Северное", "сияние", "Москвы"]) is None
    True
    """
    if len(words) < 2 or not may_be_genitive_surname(words[-1]):
        return None
    start = len(words) - 1
    while start > 1 and len(words) - start < PERSON_TAIL_WORDS and _is_given_or_initials(words[start - 1]):
        start -= 1
    if _is_genitive_surname(words[-1].lower().replace("ё", "е")):
        return start
    return start if start < len(words) - 1 else None


@lru_cache(maxsize=65_536)
def may_be_genitive_surname(word: str) -> bool:
    """Whether a word (as written) may end a person's name in the genitive: a surname in the
    genitive, or a Cyrillic word the dictionary does not know (a surname after a given name)."""
    if not _CYRILLIC_NAME_WORD.fullmatch(word):
        return False
    low = word.lower().replace("ё", "е")
    return _is_genitive_surname(low) or not is_dictionary_word(low)


@lru_cache(maxsize=65_536)
def _is_genitive_surname(word: str) -> bool:
    return any(p.is_known and {"Surn", "gent"} <= set(p.tag.grammemes) for p in morph_analyzer().parse(word))


@lru_cache(maxsize=65_536)
def _is_given_or_initials(word: str) -> bool:
    """Whether a word is initials (``М.``, ``М.Б.``) or a given name or patronymic in the genitive."""
    if _INITIALS.fullmatch(word):
        return True
    low = word.lower().replace("ё", "е")
    if not _CYRILLIC_NAME_WORD.fullmatch(word) or not is_given_name(low):
        return False
    return any(GIVEN_NAME_GRAMMEMES & set(p.tag.grammemes) and "gent" in p.tag for p in morph_analyzer().parse(low))

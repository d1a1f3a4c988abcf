"""People's names inside organizations' names: the namesake is not the organization.

Many organizations are called after a person: «Фонд Бориса Немцова за свободу», "Woodrow Wilson
International Center for Scholars", «Фонд имени Генриха Бёлля», "The John Smith Trust". Their
names carry the person's name, and people write the organization short («Фонд Немцова», "Wilson
Center", "Böll Foundation"). But the person's name alone («Борис Немцов», "Heinrich Böll",
«Сахаров») names the person, the namesake, not the organization called after him. One rule says
which words are a person's name, for the screener (:mod:`undesirable.matching.candidates`: such a
query is at most a possible match, said to be the namesake) and the scanner
(:mod:`undesirable.scanning.shortforms`: such a span is a mention only beside the name's head
word) alike:

- **Given names** (:func:`is_given_name`): the words of the shipped list ``data/given_names.txt``
  (common Russian given names with their usual Latin spellings, common Western given names with
  their usual Russian spellings) and, for Russian words in any case form, the first names and
  patronymics of the pymorphy3 dictionary («Бориса», «Андреевича», «Элтона»).
- **A person in a name** (:func:`person_surnames`): a run of given names (initials between them
  allowed) and the surname after it («Бориса Немцова», "Woodrow Wilson", "Elton John"); a
  generic or function word is never a surname ("Boris Foundation" names no one).
- **A namesake form** (:func:`is_namesake_form`): words of a name that are a surname of a person
  the organization's names name, alone or with given names right before it, and nothing else
  («Бориса Немцова», «Сахарова» of «Фонд Сахарова» since «Фонд Андрея Сахарова» names Andrei
  Sakharov). With the name's head word beside it, it is the organization's short form («Фонд
  Немцова», "Wilson Center").

Nothing here is a list per organization: it works for names the register adds tomorrow.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib.resources import files

from undesirable.names.lemma import is_cyrillic_word, morph_analyzer
from undesirable.names.normalize import normalize_name
from undesirable.names.translit import strip_marks

GIVEN_NAME_GRAMMEMES = frozenset({"Name", "Patr"})
"""pymorphy3's marks of a first name and a patronymic."""

NameWord = tuple[tuple[str, ...], str]
"""One word of a name as :func:`person_surnames` reads it: its comparison keys and its class."""


@cache
def _given_names() -> frozenset[str]:
    text = files("undesirable.data").joinpath("given_names.txt").read_text("utf-8")
    words = (w for line in text.splitlines() if not line.startswith("#") for w in line.split())
    return frozenset(strip_marks(normalize_name(w)) for w in words)


@lru_cache(maxsize=65_536)
def is_given_name(text: str) -> bool:
    """Whether a normalized word is a given name (see the module docstring), in any case form for
    Russian: ``boris``, ``heinrich``, ``woodrow``, ``бориса``, ``вудро``."""
    text = text.casefold()
    names = _given_names()
    if not text or strip_marks(text) in names:
        return bool(text)
    if not is_cyrillic_word(text):
        return False
    parses = morph_analyzer().parse(text)
    known = [p for p in parses if p.is_known]
    if known:
        return bool(GIVEN_NAME_GRAMMEMES & set(known[0].tag.grammemes))
    return any(p.normal_form in names for p in parses)


def person_surnames(names: Iterable[Sequence[NameWord]]) -> frozenset[str]:
    """The comparison keys of the surnames of the people one organization's names name.

    In each name, a run of given names (initials between them allowed) is followed by the
    surname: the next word when it is distinctive («Бориса Немцова», "Woodrow Wilson"), or an
    ordinary word after one given name ("Rosa Luxemburg"); after two given names or more, the last
    of them too ("Elton John AIDS Foundation": John). A name with no word besides the person's
    («Барт Маршо», «Фридом Хаус» heard as a person) names no namesake.

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
            after = words[i] if i < len(words) else None
            next_too = after is not None and (after[1] == "distinctive" or (after[1] == "general" and len(given) == 1))
            surnames = ([words[given[-1]][0]] if len(given) > 1 else []) + ([after[0]] if after and next_too else [])
            end = i + 1 if next_too else i
            if surnames and any(c != "stop" for _, c in (*words[:start], *words[end:])):
                found.update(k for keys in surnames for k in keys)  # «Барт Маршо» alone is no namesake
    return frozenset(found)


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

"""Names derived from the register's names, matched as short forms of them.

- **Quoted parts.** The quoted part of a longer name that is a name by itself («Открытая Россия» of
  «Общественное сетевое движение «Открытая Россия»»; the quoted name inside a quoted name; a quoted
  name followed only by its founder's name, фонд «Возрождение» Владимира Мунтяна). A quoted part
  that also names something else (a faith's word, «Великого поручения» of «Служба СМИ миссии
  «Великого поручения»»; the scanner's ``not_derived`` list) is derived too, but it is at most a possible match (see
  :func:`names_something_else`): a screener who writes it as a name must not hear "not listed".
- **A kind word with the quoted name.** A name that begins with a word saying what kind of
  organization it is and ends in a quoted name after a description («Центр исследования среды
  безопасности «Прометей»») is also named by that kind word and the quoted name alone («Центр
  «Прометей»»; :func:`kind_with_quoted`), which the quoted name alone is not when it is one word.
- **Shared cores.** Entries that carry one name and tell themselves apart by a place (Freies
  Russland Berlin e.V. and Freies Russland NRW e.V.; the Watch Tower societies of Pennsylvania and
  of Selters/Taunus) are each named by the name without the place, and by its coordination form
  ("Watch Tower Society" of "Watch Tower Bible and Tract Society"): the rule of
  :mod:`undesirable.scanning.cores`, shared with the scanner.
- **Names read otherwise** (:func:`analyze_names`): a name glued from words written apart
  (``LexCollective``), and a name with the digits it glues between letters read as words
  (``K4Peace`` as ``K for Peace``, :func:`undesirable.names.numbers.digit_readings`).
- **Acronyms beside a dash.** A name that writes an acronym on one side of a dash (``KLIO –
  Kulturinitiative Leipzig``) has that acronym as one of its own, matched as the
  register's acronyms are (whole word, weaker in lower case).
- **Own words kept in Latin letters.** A word a Cyrillic name keeps in Latin letters among its
  Russian words, which another name of the organization writes too (``Центр гражданских
  инициатив PROVID``, ``PROVID Civic Initiatives Centre``), is the organization's own name (:func:`own_words_kept`).
- **Place phrases as adjectives.** A name ending in a direction and a place («Академическая сеть
  Восточная Европа») written with one compound adjective before the rest («Восточноевропейская
  академическая сеть»; :mod:`undesirable.names.place_adjectives`, shared with the scanner).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from undesirable.model import Organization
from undesirable.names.fragments import is_acronym as is_acronym_word
from undesirable.names.fragments import is_acronym_name
from undesirable.names.glued import written_apart
from undesirable.names.initials import without_own_acronym
from undesirable.names.lemma import is_cyrillic_word, morph_analyzer
from undesirable.names.letters import LETTER_NAMES, letters_said
from undesirable.names.normalize import Token, analyze_word, tokenize_name
from undesirable.names.numbers import digit_readings
from undesirable.names.place_adjectives import place_adjective_names
from undesirable.names.proper_words import classify_proper_words
from undesirable.names.vocabulary import WordClass, classify_word, is_common_code
from undesirable.scanning.aliases import AliasSpec, derive_aliases, quoted_cores
from undesirable.scanning.cores import core_forms, shared_cores
from undesirable.scanning.lists import load_scan_lists
from undesirable.scanning.text import CLOSING_QUOTES, OPENING_QUOTES, WORD

_WORD = re.compile(r"[^\W_]+")


def derived_names(orgs: Sequence[Organization]) -> list[list[str]]:
    """For each organization, the names derived from its names (see the module docstring)."""
    lists = replace(load_scan_lists(), not_derived=frozenset())  # taken, but capped (names_something_else)
    found: list[list[str]] = []
    for org in orgs:
        known = set(org.all_names())
        cores = [core for name in org.all_names() for core in quoted_cores(name, lists)]
        cores += [short for name in org.all_names() if (short := without_own_acronym(name))]
        cores += [other for name in org.all_names() for other in place_adjective_names(name)]
        cores += [short for name in org.all_names() if (short := kind_with_quoted(name))]
        cores += own_words_kept(org.all_names(), org.acronyms)
        found.append([c for c in dict.fromkeys(cores) if c not in known])
    position = {org.id: p for p, org in enumerate(orgs)}
    for org, spec in _shared_core_specs(orgs):
        text = _as_written(spec)
        if text not in found[position[org.id]] and text not in org.all_names():
            found[position[org.id]].append(text)
    return found


def kind_with_quoted(name: str) -> str | None:
    """The name's leading kind word (a Russian noun of the generic groups) with the quoted name that
    ends it, when a description stands between them; ``None`` otherwise.

    >>> kind_with_quoted("Центр исследования среды безопасности «Прометей»")
    'Центр «Прометей»'
    >>> kind_with_quoted("Фонд «Свободная Россия»") is None
    True
    """
    text = name.rstrip()
    start = next((i for i, char in enumerate(text) if char in OPENING_QUOTES), -1)
    if start <= 0 or text[-1:] not in CLOSING_QUOTES:
        return None
    words = WORD.findall(text[:start])
    core = "".join(c for c in text[start:] if c not in OPENING_QUOTES and c not in CLOSING_QUOTES).strip()
    if len(words) < 2 or not core or analyze_word(words[0].lower()).kind != "generic":
        return None
    parses = morph_analyzer().parse(words[0].lower()) if is_cyrillic_word(words[0]) else []
    if not parses or not parses[0].is_known or parses[0].tag.POS != "NOUN":
        return None  # «Международная Ассоциация «Мемориал»»: a qualifier, not the kind word
    return f"{words[0]} «{core}»"


_LATIN_WORD = re.compile(r"^[a-zA-Z]+$")
_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]+$")
MIN_KEPT_WORD = 4
"""A word a Cyrillic name keeps in Latin letters names the organization from this many letters."""


def own_words_kept(names: Sequence[str], acronyms: Sequence[str] = ()) -> list[str]:
    """The words a Cyrillic name of an organization keeps in Latin letters among its Russian words
    (``Центр гражданских инициатив PROVID``) that another of its names writes too: the organization's own
    name, kept untranslated (not a code many things share, ``SOS``, nor one of its ``acronyms``,
    matched as acronyms are)."""
    words_of = [_WORD.findall(name) for name in names]
    found: list[str] = []
    for words in words_of:
        latin = [w for w in words if _LATIN_WORD.match(w)]
        russian = [w for w in words if _CYRILLIC_WORD.match(w)]
        if len(latin) != 1 or len(russian) < 2 or len(latin) + len(russian) < len(words):
            continue
        word = latin[0]
        if word in acronyms:
            continue
        if len(word) >= MIN_KEPT_WORD and not is_common_code(word) and sum(word in other for other in words_of) >= 2:
            found.append(word)
    return list(dict.fromkeys(found))


Row = tuple[int, str, list[Token], bool]
"""One name of one organization: the organization's position, the name, its tokens, whether it is an acronym."""


def analyze_names(
    organizations: tuple[Organization, ...],
) -> tuple[list[Row], set[tuple[int, str]], set[int], dict[int, str]]:
    """Each organization's names tokenized; the names derived from them; the rows of glued names
    written apart; the rows of names read out, with the digits read (see the module docstring)."""
    analyzed: list[Row] = []
    derived: set[tuple[int, str]] = set()
    apart: set[int] = set()  # rows of names glued from words, written apart
    read: dict[int, str] = {}  # rows of names with digits read as words -> what was read
    derived_of = derived_names(organizations)
    for position, org in enumerate(organizations):
        for name, is_acronym in _names_of(org):
            tokens = [t for t in tokenize_name(name) if t.text]
            if tokens:
                analyzed.append((position, name, tokens, is_acronym))
            if not is_acronym and (words_apart := written_apart(name, 3)) != name:  # LexCollective
                apart.add(len(analyzed))
                analyzed.append((position, name, [t for t in tokenize_name(words_apart) if t.text], False))
            for tokens, digits in () if is_acronym else _read_out(name):  # K4Peace: K for Peace
                read[len(analyzed)] = digits
                analyzed.append((position, name, tokens, False))
        for core in derived_of[position]:
            tokens = [t for t in tokenize_name(core) if t.text]
            if tokens and (position, core) not in derived:
                derived.add((position, core))
                analyzed.append((position, core, tokens, False))
    return analyzed, derived, apart, read


def _read_out(name: str) -> Iterator[tuple[list[Token], str]]:
    """The tokens of ``name`` with its glued digits read as words, each reading also with its
    one-letter words said as the letters' names (K for Peace: «Кей for Peace»), and what was
    read. A letter, and a letter's name, is a word of the name (of the word the digit was glued
    in), however short or common elsewhere: ``K`` of ``K4Peace`` is no function word."""
    for words_read, digits in digit_readings(name):
        for text in (words_read, *letters_said(words_read)):
            tokens = [t for t in tokenize_name(text) if t.text]
            yield [replace(t, kind="word") if _is_letter(t.text) else t for t in tokens], digits


def _is_letter(word: str) -> bool:
    return word in LETTER_NAMES or (len(word) == 1 and word.isalpha())


def _names_of(org: Organization) -> list[tuple[str, bool]]:
    names = [(n, is_acronym_name(n, org.acronyms)) for n in org.all_names()]
    known = set(org.all_names())
    names += [(a, True) for a in org.acronyms if a not in known]
    sides = [side.strip() for n in org.all_names() if _DASH.search(n) for side in _DASH.split(n)]
    names += [(side, True) for side in dict.fromkeys(sides) if _own_acronym(side, known, org.acronyms)]
    return names


def _own_acronym(side: str, known: set[str], listed: tuple[str, ...]) -> bool:
    """Whether one side of a name's dash is an acronym the organization's names do not list yet."""
    return (
        side not in known
        and side not in listed
        and is_acronym_word(side)
        and sum(c.isalpha() for c in side) >= MIN_DASH_ACRONYM
    )


_DASH = re.compile(r"\s+[–—-]\s+")
"""A dash between spaces: ``KLIO – Kulturinitiative Leipzig``, whose acronym on one side is a name of its own."""

MIN_DASH_ACRONYM = 3
"""An acronym on one side of a name's dash is one of the organization's from this many letters
(``EU – Russia Civil Society Forum`` names no organization ``EU``)."""


def names_something_else(name: str) -> bool:
    """Whether a derived name is a quoted part that also names something else (a faith, a
    teaching, a people): a match on it alone is at most possible."""
    return name in load_scan_lists().not_derived


def _shared_core_specs(orgs: Sequence[Organization]) -> list[tuple[Organization, AliasSpec]]:
    lists = load_scan_lists()
    own = [(org, spec) for org in orgs for spec in derive_aliases(org, lists) if not spec.derived]
    classifiers = {org.id: _classifier(org) for org in orgs}
    cores: dict[str, list[AliasSpec]] = {}
    forms: dict[str, list[AliasSpec]] = {}
    for org, spec in own:
        if not spec.acronym:
            core_forms(org, spec, classifiers[org.id], cores, forms)
    return shared_cores(own, cores, forms, {spec.words for _, spec in own})


def _classifier(org: Organization) -> Callable[[str], WordClass]:
    proper = classify_proper_words(org.all_names())

    def classify(word: str) -> WordClass:
        token = analyze_word(word)
        return proper.get(token.text) or classify_word(token)

    return classify


def _as_written(spec: AliasSpec) -> str:
    """The form's words as the name they come from writes them (``Watch Tower Society``)."""
    written = {w.lower().replace("ё", "е"): w for w in _WORD.findall(spec.name)}
    return " ".join(written.get(word, word) for word in spec.words)

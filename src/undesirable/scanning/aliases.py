"""The names a text may use for an organization, derived from its register names.

Every name of an organization (Russian and Latin names, aliases, former names) is looked for, and
also, because texts rarely write names in full:

- the name without its legal forms (``Stichting Bellingcat`` -> ``Bellingcat``, ``Фонд борьбы с
  коррупцией Инк.`` -> ``Фонд борьбы с коррупцией``), using the normalizer's legal forms;
- the name with the digits it glues between letters read as words (``K4Peace``: ``K for Peace``;
  :func:`undesirable.names.numbers.digit_readings`);
- the parts of a name in brackets (``Člověk v tísni (People in Need)``), unless the bracket is a
  note about the name;
- the quoted part of a name when what stands before it only says what kind of organization it is
  (``Международная ассоциация «Мемориал»`` -> ``Мемориал``), else with the name's kind word (:func:`headed_core`).
  Such a *derived* name is ambiguous when all its words are ordinary (see :mod:`undesirable.scanning.ambiguity`).

Acronyms (``NED``, ``ФБК``, ``RFE/RL``) are kept apart: they are found only as written, in capitals. Strings of the
name fields that are no name (``Inc.``, notes) are skipped (``ignored`` in ``data/ambiguous_aliases.json``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise

from undesirable.model import Organization
from undesirable.names.fragments import is_acronym_name
from undesirable.names.glued import glued_parts, word_parts
from undesirable.names.languages import caron_elisions, umlauts_spelled_out
from undesirable.names.lemma import lemmatize_token
from undesirable.names.normalize import analyze_word, tokenize_name
from undesirable.names.numbers import digit_readings
from undesirable.names.persons import is_given_name
from undesirable.names.place_adjectives import place_adjective_names
from undesirable.names.unreadable import has_unreadable, read_unreadable
from undesirable.scanning.lists import ScanLists
from undesirable.scanning.text import CLOSING_QUOTES, OPENING_QUOTES, WORD, lower_text, repair_mixed_words, split_gap

MIN_WORD_NAME_LENGTH = 3
"""A one-word name shorter than this is never looked for as a word."""

NOTE = re.compile(r"\b(?:register|spelling|per|former|ранее|бывш\w*)\b|^с\s*\d", re.IGNORECASE)
"""A bracket matching this is a note about the name (``register spelling``, ``с 08.11.2017 …``)."""

ARTICLES = frozenset({"the"})
"""Words a name may start with in a text or not (``The Insider``, ``Insider``)."""
MIN_CORE_WORDS = 2
"""A quoted tail of this many words or more is a name by itself whatever words stand before it."""

_BRACKETS = re.compile(r"\(([^()]*)\)")
_WEAK_KINDS = frozenset({"stop", "generic", "legal_form"})


@dataclass(frozen=True)
class AliasSpec:
    """One way a text may name an organization.

    Attributes:
        name: the register name (or the quoted or bracketed part of one) this comes from.
        words: its lower-case words (:data:`undesirable.scanning.text.WORD`), ``ё`` as ``е``,
            look-alike letters of the other script repaired as in a text (the register writes many
            Ukrainian and Belarusian words with a Latin ``i``: ``Регiональний``); for an acronym,
            the acronym as written.
        gaps: for each pair of neighbouring words, the punctuation the name has between them.
        acronym: found as written, in capitals.
        derived: the quoted part of a longer name.
        needs_head: a person's name alone (the namesake): a mention only beside a head word of
            the organization's names ("the Andrei Sakharov Institute", not "Andrei Sakharov").
    """

    name: str
    words: tuple[str, ...]
    gaps: tuple[frozenset[str], ...]
    acronym: bool = False
    derived: bool = False
    needs_head: bool = False
    cued: bool = False
    """A short form of one short word (Tufts, «Йеля»): a mention only beside a cue word of the
    entry's own trade («выпускник», "a semester at") or near another mention of it."""
    reordered: bool = False
    """A Russian name with its groups in another order (:func:`undesirable.scanning.orders.russian_orders`)."""
    glued_from: tuple[str, ...] = ()
    """When two words of the name are written as one
    (:func:`undesirable.scanning.glued_words.glued_together`): the words as the name has them
    (which tell whether the name is ordinary words a text must mark)."""
    from_place: bool = False
    """A place phrase of the name written as an adjective (:mod:`undesirable.names.place_adjectives`)."""
    lead: bool = False
    """The leading words of a long Russian name that say what it is (:mod:`undesirable.scanning.leads`)."""
    headed: bool = False
    """The name's kind word and its quoted one-word tail (:func:`headed_core`): after an adjective, another's."""
    apposed: bool = False  # a kind word and the name's proper word as the name writes it (scanning.apposed)


def derive_aliases(org: Organization, lists: ScanLists) -> list[AliasSpec]:
    """Every :class:`AliasSpec` of ``org``, without repeats."""
    found: dict[tuple[tuple[str, ...], bool], AliasSpec] = {}
    for name in (*org.all_names(), *org.acronyms):
        for spec in _specs_of_name(name, org, lists):
            key = (spec.words, spec.acronym)
            if key not in found or (found[key].derived and not spec.derived):
                found[key] = spec
    return list(found.values())


def _specs_of_name(name: str, org: Organization, lists: ScanLists) -> list[AliasSpec]:
    name = name.strip()
    if not name or name in lists.ignored:
        return []
    if is_acronym_name(name, org.acronyms):
        return [AliasSpec(name, (name,), (), acronym=True)]
    specs: list[AliasSpec] = []
    parts = [_BRACKETS.sub(" ", name).strip()] if "(" in name else [name]
    for inner in _BRACKETS.findall(name):
        inner = inner.strip()
        single = " " not in inner
        if not inner or NOTE.search(inner) is not None:
            continue
        if single and (not is_acronym_name(inner, org.acronyms) or _is_legal_form(inner)):
            continue  # a country, a city or a legal form in brackets
        parts.append(inner)
    for part in parts:
        if part in lists.ignored:
            continue
        if part != name and is_acronym_name(part, org.acronyms):
            specs.append(AliasSpec(part, (part,), (), acronym=True))
            continue
        specs.extend(_word_specs(part, name=part))
        stripped = without_legal_forms(part)
        if stripped is not None and is_acronym_name(stripped, org.acronyms):
            specs.append(AliasSpec(part, (stripped,), (), acronym=True))
        elif stripped is not None:
            specs.extend(_word_specs(stripped, name=part))
        for core in quoted_cores(part, lists):
            specs.extend(_word_specs(core, name=core, derived=True))
        for headed in headed_core(part, lists):
            specs.extend(replace(spec, headed=True) for spec in _word_specs(headed, name=part, derived=True))
        if (head := before_dash(part)) is not None:
            specs.extend(_word_specs(head, name=part, derived=True))
        for other in place_adjective_names(part):  # Восточноевропейская академическая сеть
            specs.extend(replace(spec, from_place=True) for spec in _word_specs(other, name=part, derived=True))
    return specs


_DASH = re.compile(r"\s[–—]\s")


def before_dash(name: str) -> str | None:
    """The name before a dash that sets a second name of the organization after it
    (``Netzwerk für Osteuropa-Berichterstattung – n-ost``): both sides of two words or more, the
    second not starting with a function word (``Zentrum für Osteuropa – und internationale
    Studien`` is one name) and the first not inside quotes."""
    parts = _DASH.split(name)
    if len(parts) != 2:  # a name and its second name
        return None
    head, tail = (part.strip() for part in parts)
    tail_words = WORD.findall(lower_text(tail))
    if len(WORD.findall(head)) < MIN_CORE_WORDS or len(tail_words) < MIN_CORE_WORDS:
        return None
    if analyze_word(tail_words[0]).kind == "stop" or any(c in OPENING_QUOTES for c in head):
        return None
    return head


def _word_specs(text: str, *, name: str, derived: bool = False) -> list[AliasSpec]:
    text = read_unreadable(text) if has_unreadable(text) else text  # «Associa\uf50dão»: a lost letter read
    low = repair_mixed_words(lower_text(text))  # Регiональний (Latin i) as a text writes it: Регіональний
    matches = list(WORD.finditer(low))
    words = tuple(m.group() for m in matches)
    if not words or all(_is_weak(w) for w in words):
        return []
    if len(words) == 1 and (len(words[0]) < MIN_WORD_NAME_LENGTH or words[0].isdigit()):
        return []
    gaps = tuple(split_gap(low[a.end() : b.start()]) for a, b in pairwise(matches))
    specs = [AliasSpec(name, words, gaps, derived=derived)]
    if words[0] in ARTICLES and len(words) > 1:
        specs.append(AliasSpec(name, words[1:], gaps[1:], derived=derived))
    for split in (glued_parts, word_parts):
        apart = _written_apart(text, matches, gaps, split)
        if apart is not None and all(apart[0] != spec.words for spec in specs):
            specs.append(AliasSpec(name, *apart, derived=derived))
    for spelled in (umlauts_spelled_out(text), caron_elisions(text)):
        if spelled != text:  # für: fur or fuer; ďaction: d'action
            specs.extend(_word_specs(spelled, name=name, derived=derived))
    for read, _ in digit_readings(text):  # K4Peace: K for Peace (names.numbers)
        specs.extend(_word_specs(read, name=name, derived=derived))
    return specs


def _written_apart(
    text: str,
    matches: list[re.Match[str]],
    gaps: tuple[frozenset[str], ...],
    split: Callable[[str], tuple[str, ...]] = glued_parts,
) -> tuple[tuple[str, ...], tuple[frozenset[str], ...]] | None:
    """The words and gaps of a name with its glued words apart (``КрымSOS`` -> ``Крым SOS``; see
    :mod:`undesirable.names.glued`; ``split``: how, ``K4Peace`` -> ``K4 Peace`` by
    :func:`~undesirable.names.glued.word_parts`), or None when it has no glued word."""
    parts = [split(text[m.start() : m.end()]) for m in matches]
    if all(len(p) == 1 for p in parts):
        return None
    words: list[str] = []
    apart_gaps: list[frozenset[str]] = []
    for k, pieces in enumerate(parts):
        if k:
            apart_gaps.append(gaps[k - 1])
        apart_gaps.extend(frozenset() for _ in pieces[1:])
        words.extend(lower_text(p) for p in pieces)
    return tuple(words), tuple(apart_gaps)


def _is_weak(word: str) -> bool:
    return len(word) == 1 or analyze_word(word).kind in _WEAK_KINDS


def without_legal_forms(text: str) -> str | None:
    """``text`` without the legal forms the normalizer finds in it, in its own spelling."""
    tokens = tokenize_name(text)
    if not any(t.kind == "legal_form" for t in tokens) or all(t.kind == "legal_form" for t in tokens):
        return None
    words = list(WORD.finditer(lower_text(text)))
    pieces: list[str] = []
    k = 0
    for token in tokens:
        first, joined = k, ""
        while k < len(words) and len(joined) < len(token.text):
            joined += words[k].group()
            k += 1
        if joined != token.text:  # the normalizer rewrote the word: fall back to its spelling
            return " ".join(t.text for t in tokens if t.kind != "legal_form")
        if token.kind != "legal_form":
            pieces.append(text[words[first].start() : words[k - 1].end()])
    return " ".join(pieces)


def _is_legal_form(word: str) -> bool:
    tokens = tokenize_name(f"x {word}")
    return len(tokens) == 2 and tokens[1].kind == "legal_form"


def quoted_cores(name: str, lists: ScanLists, *, nested: bool = False) -> list[str]:
    """Quoted tails of ``name`` that are names by themselves: after words that only say what kind of
    organization it is (Фонд «Свободная Россия»), or, of :data:`MIN_CORE_WORDS` words or more, after
    any description («Духовное Управление ... Церкви «Новое Поколение»»); the quoted name inside a
    quoted name whatever stands before it (``nested``: «... центр «Відродження»»). A quoted part
    followed only by its founder's name (фонд «Возрождение» Владимира Мунтяна) counts as a tail."""
    text = _without_founder(name.rstrip())
    if not text or text[-1] not in CLOSING_QUOTES:
        return []
    i = next((i for i, char in enumerate(text) if char in OPENING_QUOTES), -1)
    if i <= 0 or not WORD.search(lower_text(text[:i])):
        return []
    inner = text[i + 1 : -1].strip()
    core = "".join(c for c in inner if c not in OPENING_QUOTES and c not in CLOSING_QUOTES).strip()
    if not core or core in lists.not_derived:
        return []
    if not nested and not _is_kind_prefix(text[:i], lists) and len(WORD.findall(core)) < MIN_CORE_WORDS:
        return []
    within = inner if inner[-1:] in CLOSING_QUOTES else inner + text[-1]
    return [core, *(quoted_cores(within, lists, nested=True) if any(c in OPENING_QUOTES for c in inner) else [])]


def headed_core(name: str, lists: ScanLists) -> list[str]:
    """The name's leading kind word and its quoted one-word tail without the description between them («центр
    «Прометей»» of «Центр исследования среды безопасности «Прометей»»: the tail alone is any Prometheus), or none."""
    text = _without_founder(name.rstrip())
    i = next((i for i, char in enumerate(text) if char in OPENING_QUOTES), -1)
    if i <= 0 or text[-1] not in CLOSING_QUOTES or _is_kind_prefix(text[:i], lists):
        return []
    first, core = WORD.findall(text[:i]), text[i + 1 : -1].strip()
    if len(first) < 2 or analyze_word(lower_text(first[0])).kind != "generic" or core in lists.not_derived:
        return []
    if len(WORD.findall(core)) != 1 or any(c in OPENING_QUOTES or c in CLOSING_QUOTES for c in core):
        return []
    return [f"{first[0]} «{core}»"]


def _without_founder(text: str) -> str:
    """``text`` up to its last closing quote when only a person's name follows it (a given name, then
    one or two more words: фонд «Возрождение» Владимира Мунтяна); else ``text``."""
    end = max((i for i, char in enumerate(text) if char in CLOSING_QUOTES), default=-1)
    if end <= 0 or end == len(text) - 1:
        return text
    words = WORD.findall(text[end + 1 :])
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or not is_given_name(words[0]):
        return text
    return text[: end + 1]


def _is_kind_prefix(prefix: str, lists: ScanLists) -> bool:
    words = WORD.findall(lower_text(prefix))
    if not words or any(c in OPENING_QUOTES for c in prefix):
        return False
    return all(
        analyze_word(w).kind in _WEAK_KINDS
        or lemmatize_token(w) in lists.name_prefix_words
        or w in lists.name_prefix_words
        for w in words
    )

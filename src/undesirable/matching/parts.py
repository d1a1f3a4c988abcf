"""Parts of a query that are a name by themselves, screened alone when the whole query is not found.

Russian writes an organization as a description and its name in quotes (``издание «Медуза»``,
``«Открытая Россия» Ходорковского``), and the register's raw names give a second name in brackets
(``«Важные истории» (iStories)``). :func:`query_parts` gives each such part with the words left
aside; :func:`merge_part_matches` keeps, per organization, the better of the whole query's match and
a part's, the part's scaled by :data:`QUERY_PART_FACTOR` (never exact, still strong) and explained
(reason ``query_part``: which words were left aside).

A name is also written after a word that says what kind of organization or outlet it is, without
quotes (``издание SOTA``, ``сайт Meduza``, ``the website Meduza``): :func:`kind_word_part` gives the
name after such leading words (listed in ``data/kind_words.json``), screened alone the same way
(reason ``kind_word_part``). A name of another kind than the words taken aside say (``Фонд …`` for
a university's name without its kind word) is lowered as the whole query would be
(:func:`with_kind_conflicts`).

A name is also written with its country or region after a comma (``OAK Foundation LTD, Швейцарская
Конфедерация``, as the register's raw names write some entries; ``Bellingcat, Нидерланды``): the
name before that comma is screened alone the same way (:func:`place_part`, reason ``place_part``).
An outlet is also named with one of its language services (``Украинская служба …``, ``the Georgian
Service of …``): the outlet's name is screened alone the same way (:func:`service_part`, reason
``service_part``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from importlib.resources import files

from undesirable.matching.reasons import Reason, render_reasons
from undesirable.matching.result import NameMatch
from undesirable.matching.score import TYPE_CONFLICT_FACTOR
from undesirable.matching.sides import described_part, people_part, service_part
from undesirable.names.lemma import lemmatize_token
from undesirable.names.normalize import tokenize_name
from undesirable.names.persons import genitive_person_start, may_be_genitive_surname
from undesirable.names.places import is_country_or_region

QUERY_PART_FACTOR = 0.95
"""Score of a part's match relative to the same match of the part written alone."""

_SPACED_DASH = re.compile(r"\s[–—-]\s")
_LIST_MARK = re.compile(r"\s[/|]\s|\||;\s")
"""What separates names listed as one: a slash between spaces, a bar, a semicolon before a space."""
_WORD_CHAR = re.compile(r"[^\W_]")
_QUOTED = re.compile(r"[«„“\"]([^«»„“”\"]*[^\W_][^«»„“”\"]*)[»“”\"]")
_BRACKETED = re.compile(r"^([^()]*[^\W_][^()]*)\(([^()]*[^\W_][^()]*)\)\s*$")
_ANY_QUOTE = re.compile(r"[«»„“”\"]")
_QUOTES_AND_SPACES = re.compile(r"[«»„“”\"\s]+")


def query_parts(text: str) -> list[tuple[str, str]]:
    """The parts of ``text`` that are a name by themselves, each with the words left aside:
    the text in quotes when words stand outside them, both sides of a trailing bracket, and both
    sides of one dash between spaces (a name and a second name or what it is, as the register
    writes «Анмуд – общественное движение …»).

    >>> query_parts("издание «Медуза»")
    [('Медуза', 'издание')]
    >>> query_parts("«Важные истории» (iStories)")
    [('«Важные истории»', 'iStories'), ('iStories', '«Важные истории»')]
    >>> query_parts("Анмуд — движение за доступ к правосудию")
    [('Анмуд', 'движение за доступ к правосудию'), ('движение за доступ к правосудию', 'Анмуд')]
    """
    listed = listed_names(text)
    if listed is not None:
        return [(name, " / ".join(n for n in listed if n is not name)) for name in listed]
    bracketed = _BRACKETED.match(text) if text.rstrip().endswith(")") else None
    if bracketed:
        outside, inside = bracketed.group(1).strip(), bracketed.group(2).strip()
        return [(outside, inside), (inside, outside)]
    sides = _dash_sides(text)
    if sides is not None:
        return [(sides[0], sides[1]), (sides[1], sides[0])]
    parts: list[tuple[str, str]] = []
    if not _ANY_QUOTE.search(text):
        return parts
    for quoted in _QUOTED.finditer(text):
        rest = _clean(text[: quoted.start()] + " " + text[quoted.end() :])
        if rest:
            parts.append((quoted.group(1).strip(), rest))
    return parts


def part_code(text: str) -> str:
    """The reason code of :func:`query_parts`' parts of ``text``: ``listed_part`` for names listed
    with a slash, bar or semicolon, ``dash_part`` for the sides of a dash, else ``query_part``
    (quotes or brackets)."""
    if listed_names(text) is not None:
        return "listed_part"
    bracketed = text.rstrip().endswith(")") and _BRACKETED.match(text)
    return "dash_part" if not bracketed and _dash_sides(text) is not None else "query_part"


def listed_names(text: str) -> list[str] | None:
    """The names of ``text`` when it lists several with a slash between spaces, a bar or a
    semicolon (two names of one thing, as a form's field or a file joins them); ``None`` otherwise.
    A slash inside a name (``Radio Free Europe/Radio Liberty``, ``Фонд 19/29``) lists nothing.

    >>> listed_names("Stichting Example / Example Ltd")
    ['Stichting Example', 'Example Ltd']
    >>> listed_names("Фонд 19/29") is None
    True
    """
    if "/" not in text and "|" not in text and ";" not in text:
        return None
    names = [name.strip() for name in _LIST_MARK.split(text)]
    if len(names) < 2 or not all(_WORD_CHAR.search(name) for name in names):
        return None
    return names


def _dash_sides(text: str) -> tuple[str, str] | None:
    sides = [side.strip() for side in _SPACED_DASH.split(text)]
    if len(sides) != 2 or not all(_WORD_CHAR.search(side) for side in sides):
        return None
    return sides[0], sides[1]


def place_part(text: str) -> tuple[str, str] | None:
    """The name before the last comma when a country or a region follows it, with that place;
    ``None`` otherwise.

    >>> place_part("Bellingcat, Нидерланды")
    ('Bellingcat', 'Нидерланды')
    >>> place_part("Общество Сторожевой башни, Библии и трактатов") is None
    True
    """
    head, comma, place = text.rpartition(",")
    if not comma or not any(c.isalnum() for c in head) or not is_country_or_region(place):
        return None
    return head.strip(), place.strip()


def person_part(text: str) -> tuple[str, str] | None:
    """The name before a person's name in the genitive that ends ``text`` (its founder's or
    leader's, as people write «Фонд Заря Ивана Петрова»), with that person's name; ``None``
    otherwise (see :func:`undesirable.names.persons.genitive_person_start`). A text in quotes is
    read by :func:`query_parts`; the person's name is capitalized unless the whole text is in
    lower case.

    >>> person_part("Северное сияние Петра Иванова")
    ('Северное сияние', 'Петра Иванова')
    """
    last = text[text.rfind(" ") + 1 :]
    if not (last[:1].isupper() or text.islower()) or not may_be_genitive_surname(last) or _ANY_QUOTE.search(text):
        return None
    words = text.split()
    start = genitive_person_start(words)
    if start is None:
        return None
    return " ".join(words[:start]), " ".join(words[start:])


def side_parts(
    text: str, strong: float, possessor: tuple[str, str] | None = None
) -> list[tuple[str, tuple[str, str], float]]:
    """The name of ``text`` without words beside it that are no part of it, each with its reason
    code and the least score a match of it needs: after a word saying what kind of organization it
    is (:func:`kind_word_part`, издание SOTA), before its country or region (:func:`place_part`,
    Bellingcat, Нидерланды), before a person's name (:func:`person_part`, Фонд Заря Ивана Петрова: a
    full name only, a ``strong`` match), after a possessor (``possessor``, the name and the possessor
    :func:`undesirable.names.possessive.possessor_part` found before possessives were dropped), with
    one of its language services (:func:`service_part`, Украинская служба Голоса Европы), before
    ordinary words describing it (:func:`described_part`, Nordwind research team: the name itself,
    an exact match), or after a word naming its people (:func:`people_part`, расследователи
    Bellingcat: a ``strong`` match)."""
    found = [
        ("kind_word_part", kind_word_part(text), 0.0),
        ("place_part", place_part(text), 0.0),
        ("person_part", person_part(text), strong),
        ("possessor_part", possessor, 0.0),
        ("people_part", people_part(text), strong),
        ("service_part", service_part(text), 0.0),
        ("described_part", described_part(text), EXACT),
    ]
    return [(code, part, least) for code, part, least in found if part is not None]


EXACT = 1.0
"""The least score of a name before ordinary words describing it: the name itself, not a short form of it."""

MAX_KIND_WORDS = 2
"""Leading kind words taken aside at most (``интернет-издание``, ``the news website``)."""


def kind_word_part(text: str) -> tuple[str, str] | None:
    """The name after the leading words that say what kind of organization or outlet it is, with
    those words; ``None`` when the text has quotes (see :func:`query_parts`), does not start with
    such a word, or is nothing more.

    >>> kind_word_part("издание SOTA")
    ('SOTA', 'издание')
    >>> kind_word_part("the news website Meduza")
    ('Meduza', 'the news website')
    """
    if _ANY_QUOTE.search(text):
        return None
    words = text.split()
    kinds = _kind_words()
    taken = 0
    for word in words[: MAX_KIND_WORDS + 1]:
        folded = word.lower().strip(".,:;")
        if folded in kinds.leading and taken < len(words) - 1:
            taken += 1
        elif folded in kinds.kinds or lemmatize_token(folded) in kinds.kinds:
            taken += 1
            break
        else:
            return None
    else:
        return None
    if taken >= len(words) or not any(c.isalnum() for c in " ".join(words[taken:])):
        return None
    return " ".join(words[taken:]), " ".join(words[:taken])


def is_kind_word(word: str) -> bool:
    """Whether a normalized word says what kind of organization it is (``фонд``, ``фонда``,
    ``foundation``; ``data/kind_words.json``), not how it is qualified (``международное``)."""
    kinds = _kind_words().kinds
    return word in kinds or lemmatize_token(word) in kinds


class _KindWords:
    def __init__(self, kinds: frozenset[str], leading: frozenset[str]) -> None:
        self.kinds = kinds
        self.leading = leading


@cache
def _kind_words() -> _KindWords:
    data = json.loads(files("undesirable.data").joinpath("kind_words.json").read_text("utf-8"))
    kinds = frozenset(w.lower() for w in data["kinds"]) | frozenset(lemmatize_token(w.lower()) for w in data["kinds"])
    return _KindWords(kinds, frozenset(w.lower() for w in data["leading"]))


def with_kind_conflicts(matches: list[NameMatch], kinds: str, name: str, least: float) -> list[NameMatch]:
    """The matches of ``name`` taken after the words ``kinds`` that say what kind of organization
    it is, a name of another kind lowered by ``TYPE_CONFLICT_FACTOR`` (reason ``type_conflict``),
    as when the query is screened whole: one whose kind words the query does not name, none of the
    kinds taken aside («Фонд Ясная» is no «Ясный университет»). A match so lowered below
    ``least`` is left out."""
    aside = _kind_keys(kinds)
    if not aside:
        return matches
    named = _kind_keys(name)
    found = []
    for match in matches:
        own = _kind_keys(match.matched_name)
        if own - named and not own & aside and not any(r.code == "type_conflict" for r in match.reasons):
            reasons = (*match.reasons, Reason("type_conflict"))
            score = match.score * TYPE_CONFLICT_FACTOR
            if score < least <= match.score:
                continue
            match = replace(match, score=score, reasons=reasons, explanation=render_reasons(reasons))
        found.append(match)
    return found


def _kind_keys(text: str) -> frozenset[str]:
    """The group keys of the words of ``text`` that say what kind of organization it is (``#foundation``)."""
    return frozenset(t.key for t in tokenize_name(text) if t.kind == "generic")


def _clean(text: str) -> str:
    return " ".join(_QUOTES_AND_SPACES.sub(" ", text).split())


def merge_part_matches(
    matches: list[NameMatch],
    found: Sequence[tuple[str, Sequence[NameMatch]]],
    limit: int,
    code: str = "query_part",
) -> list[NameMatch]:
    """``matches`` of the whole query, with each organization a part matched better (``found``:
    the words left aside and the part's matches) in its place, scaled and explained (reason
    ``code``); ranked again."""
    best = {m.organization.id: m for m in matches}
    improved = False
    for rest, part_matches in found:
        for match in part_matches:
            score = match.score * QUERY_PART_FACTOR
            current = best.get(match.organization.id)
            if current is not None and current.score >= score:
                continue
            reasons = (Reason(code, {"words": rest}), *match.reasons)
            best[match.organization.id] = replace(
                match, score=score, reasons=reasons, explanation=render_reasons(reasons)
            )
            improved = True
    if not improved:
        return matches
    ranked = sorted(best.values(), key=lambda m: -m.score)
    return ranked[: max(limit, len(matches))]

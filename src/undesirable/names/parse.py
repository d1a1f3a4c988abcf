"""Parse the register's raw organization name (column 5 of the official list).

The Justice Ministry writes each organization as one string that mixes scripts, quotes,
acronyms, aliases and the country, e.g.::

    «Национальный фонд в поддержку демократии» (The National Endowment for Democracy)
    Free Russia Foundation (Free Russia) (Фонд «Свободная Россия») (США)
    Journalism Development Network INC («Ассоциация развития журналистики», JDN), США
    OR (Otkrytaya Rossia) («Открытая Россия») (Великобритания) (с 08.11.2017 – NEW NAME)

The parser reads brackets as a tree, splits each level at commas outside quotes, and cuts the
text into fragments; every fragment becomes the primary Russian or Latin name, an alias, an
acronym, a former name or the country: nothing is thrown away. The first name of a script is
primary (names outside brackets come first); Ukrainian and other non-Russian Cyrillic names and
Latin transliterations of a Russian name become aliases, and of two Latin-script names the
English one is primary. The country is the last bracket, the part after the last comma or the
bare words after the last bracket, kept verbatim and mapped to an ISO code; a city written after
it (``Великобритания, Лондон``) is the ``city``. Words that introduce another name (``использующая
также наименование``) are not part of it, and the primary Latin name loses legal forms at its ends
and bracketed acronyms (see :mod:`~undesirable.names.name_parts`; the full string stays an
alias). A rename note ``(с DD.MM.YYYY – NEW NAME)`` makes NEW NAME current and every earlier
fragment a former name until that date. Whatever is ambiguous sets ``needs_review`` with a short
reason. Register typography is respected: the closing quote of a nested quote may stand for both
(``«Фонд «Открытый диалог»``).

The steps live in their own modules: :mod:`~undesirable.names.brackets` (brackets, comma pieces,
runs), :mod:`~undesirable.names.quotes`, :mod:`~undesirable.names.country_part`,
:mod:`~undesirable.names.fragments` (what a fragment is) and :mod:`~undesirable.names.primaries`;
this module drives them and applies rename notes.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from undesirable.model import FormerName
from undesirable.names.brackets import Group, Pieces, read_brackets, split_pieces, split_runs
from undesirable.names.countries import lookup_country_code
from undesirable.names.country_part import Country, take_country, take_country_from_names
from undesirable.names.fragments import (
    Fragment,
    dedupe_fragments,
    find_embedded_acronyms,
    find_mixed_script_reasons,
    fold_fragment_key,
    has_letters,
    is_acronym,
    is_initialism,
    shorten_for_reason,
)
from undesirable.names.name_parts import clean_latin_name, strip_alias_marker
from undesirable.names.primaries import choose_primaries

__all__ = ["ParsedName", "lookup_country_code", "parse_register_name"]

LONG_RAW_CHARS = 2000
PARSES_REMEMBERED = 4096
"""Distinct names (of at most ``LONG_RAW_CHARS``) whose parse is kept: each import of a register reads
the same few hundred names again."""
MAX_NESTED_LEVEL = 2  # fragments deeper than a top-level bracket share one level
ACRONYM_CONTEXT_WORDS = 64  # words before a bracketed acronym searched for its initials (keeps parsing linear)

_ODD_CATEGORIES = frozenset({"So", "Co", "Cn", "Cs"})  # emoji, private use, unassigned, surrogates
_USUAL_SYMBOLS = frozenset("№")
_RENAME_PATTERN = r"^с\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?)?\s*[-–—:]?\s*(.+)$"
_RENAME = re.compile(_RENAME_PATTERN, re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class ParsedName:
    """The names in one raw register string, sorted into fields."""

    name_ru: str | None
    name_en: str | None
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    former_names: tuple[FormerName, ...] = ()
    country: str | None = None
    country_code: str | None = None
    needs_review: bool = False
    review_reasons: tuple[str, ...] = ()
    city: str | None = None


@dataclass
class _Parse:
    fragments: list[Fragment] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    groups: Iterator[int] = field(default_factory=itertools.count)
    places: list[str] = field(default_factory=list)


def parse_register_name(raw: str) -> ParsedName:
    """Parse one raw register name into primary names, aliases, acronyms, former names, country.

    Args:
        raw: column 5 of the official list, verbatim (any string; never raises).

    Returns:
        The parsed names. ``needs_review`` is set, with reasons, when the string is empty or
        ambiguous: no Cyrillic or no Latin name, an unknown country, several top-level
        candidates for a primary name, unbalanced brackets or quotes, odd characters. A missing
        country is not a reason by itself: early entries of the register name none.
    """
    return _parse_remembered(raw) if len(raw) <= LONG_RAW_CHARS else _parse(raw)


@lru_cache(maxsize=PARSES_REMEMBERED)
def _parse_remembered(raw: str) -> ParsedName:
    """:func:`_parse`, once per distinct name (the answer is immutable: every caller may share it)."""
    return _parse(raw)


def _parse(raw: str) -> ParsedName:
    text = _clean(raw)
    if not text:
        return ParsedName(None, None, needs_review=True, review_reasons=("empty name",))
    state = _Parse()
    if any(unicodedata.category(c) in _ODD_CATEGORIES and c not in _USUAL_SYMBOLS for c in text):
        state.reasons.append("unexpected symbols")
    if len(text) > LONG_RAW_CHARS:
        state.reasons.append("unusually long name")
    root = read_brackets(text, state.reasons)
    groups = [g for g in root.items if isinstance(g, Group)]
    renames = [(g, m) for g in groups if (m := _RENAME.match(g.text()))]
    renamed = {id(g) for g, _ in renames}
    root.items = [i for i in root.items if id(i) not in renamed]
    pieces = split_pieces(root.items, state.reasons)
    country = take_country(pieces, state.reasons, places=state.places)
    _collect_pieces(pieces, 0, state)
    former: list[FormerName] = []
    if renames:
        former = _apply_renames(renames, state)
    return _assemble(state, former, country)


def _clean(raw: str) -> str:
    """Spaces for control and separator characters; a private-use character between two letters,
    where the file lost a letter, is kept as written (``Associa\uf50dão``: not split into two words;
    see :mod:`undesirable.names.unreadable`)."""
    chars = []
    for at, ch in enumerate(raw):
        category = unicodedata.category(ch)
        if category == "Cf":
            continue
        lost = category == "Co" and 0 < at < len(raw) - 1 and raw[at - 1].isalpha() and raw[at + 1].isalpha()
        chars.append(" " if not lost and (ch.isspace() or category.startswith(("C", "Z"))) else ch)
    return " ".join("".join(chars).split())


def _collect_pieces(pieces: Pieces, level: int, state: _Parse) -> None:
    group = next(state.groups)
    for piece in pieces:
        if piece and isinstance(piece[0], str):
            piece = [strip_alias_marker(piece[0]), *piece[1:]]
        for item in _glue_inline_groups(piece, state):
            if isinstance(item, Group):
                inner = split_pieces(item.items, state.reasons)
                _collect_pieces(inner, min(level + 1, MAX_NESTED_LEVEL), state)
            else:
                texts = split_runs(item, state.reasons)
                state.fragments.extend(Fragment(t, level, group) for t in texts)


def _glue_inline_groups(piece: list[str | Group], state: _Parse) -> list[str | Group]:
    """Keep a bracket inside a name: ``Zentrum ... (ZOiS) gGmbH``, ``UG (haftungsbeschränkt)``."""
    out: list[str | Group] = []
    for index, item in enumerate(piece):
        before = out[-1] if out else None
        after = piece[index + 1] if index + 1 < len(piece) else None
        if isinstance(item, Group) and isinstance(before, str) and has_letters(before):
            inner = item.text().strip()
            lowercase_word = inner[:1].islower() and " " not in inner
            if lowercase_word or (isinstance(after, str) and has_letters(after)):
                out[-1] = f"{before.rstrip()} ({inner})"
                around = _last_words(before) + " " + (after if isinstance(after, str) else "")
                if is_acronym(inner) and is_initialism(inner, around):
                    state.acronyms.append(inner)
                continue
        if isinstance(item, str) and isinstance(before, str) and before.endswith(")"):
            out[-1] = f"{before} {item.strip()}"
            continue
        out.append(item)
    return out


def _last_words(text: str) -> str:
    """The last :data:`ACRONYM_CONTEXT_WORDS` words of ``text`` (an acronym spells words near it)."""
    cut = len(text)
    for _ in range(ACRONYM_CONTEXT_WORDS):
        cut = text.rfind(" ", 0, cut)
        if cut < 0:
            return text
    return text[cut:]


def _apply_renames(renames: list[tuple[Group, re.Match[str]]], state: _Parse) -> list[FormerName]:
    """Make the last rename's new name current; everything before becomes a former name."""
    former: list[FormerName] = []
    for _, match in renames:
        until = _make_date(match.group(3), match.group(2), match.group(1))
        if until is None:
            state.reasons.append(f"invalid rename date: {shorten_for_reason(match.group(0))}")
        if not state.fragments and not state.acronyms:
            state.reasons.append(f"rename without an earlier name: {shorten_for_reason(match.group(0))}")
        former.extend(FormerName(f.text, until) for f in dedupe_fragments(state.fragments))
        former.extend(FormerName(a, until) for a in state.acronyms)
        state.fragments, state.acronyms = [], []
        new_root = read_brackets(match.group(4), state.reasons)
        _collect_pieces(split_pieces(new_root.items, state.reasons), 0, state)
    return former


def _make_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _assemble(state: _Parse, former: list[FormerName], country: Country | None) -> ParsedName:
    fragments = dedupe_fragments(state.fragments)
    reasons = state.reasons
    names, found = _sort_fragments(fragments, reasons)
    acronyms = [*state.acronyms, *found]
    if country is None:
        country = take_country_from_names(names, reasons)
    name_ru, name_en = choose_primaries(names, reasons)
    primaries = {name_ru, name_en}
    aliases = tuple(f.text for f in names if f.text not in primaries)
    if name_en is not None:
        cleaned, inner = clean_latin_name(name_en)
        if cleaned != name_en:
            kept = (name_en, *aliases)
            aliases = tuple(a for a in kept if fold_fragment_key(a) != fold_fragment_key(cleaned))
            name_en = cleaned
            acronyms.extend(inner)
    known = {fold_fragment_key(n) for n in (name_ru, name_en, *aliases) if n}
    acronym_tuple = tuple(dict.fromkeys(a for a in acronyms if fold_fragment_key(a) not in known))
    current = {fold_fragment_key(n) for n in (*known, *acronym_tuple)}
    former_tuple = tuple(f for f in _dedupe_former(former) if fold_fragment_key(f.name) not in current)
    reasons.extend(find_mixed_script_reasons(f.text for f in fragments))
    reason_tuple = tuple(dict.fromkeys(reasons))
    return ParsedName(
        name_ru=name_ru,
        name_en=name_en,
        aliases=aliases,
        acronyms=acronym_tuple,
        former_names=former_tuple,
        country=country[0] if country else None,
        country_code=country[1] if country else None,
        city=state.places[0] if state.places else None,
        needs_review=bool(reason_tuple),
        review_reasons=reason_tuple,
    )


def _sort_fragments(fragments: list[Fragment], reasons: list[str]) -> tuple[list[Fragment], list[str]]:
    """Split fragments into names and acronyms; acronyms embedded in a name are taken too."""
    names: list[Fragment] = []
    acronyms: list[str] = []
    for fragment in fragments:
        if is_acronym(fragment.text):
            acronyms.append(fragment.text)
        elif not has_letters(fragment.text):
            reasons.append(f"fragment without letters: {shorten_for_reason(fragment.text)}")
            names.append(fragment)
        else:
            acronyms.extend(find_embedded_acronyms(fragment.text))
            names.append(fragment)
    return names, acronyms


def _dedupe_former(former: list[FormerName]) -> list[FormerName]:
    seen: dict[str, FormerName] = {}
    for name in former:
        seen.setdefault(fold_fragment_key(name.name), name)
    return list(seen.values())

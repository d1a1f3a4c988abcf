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
Latin transliterations of a Russian name become aliases. The country is the last bracket, the
part after the last comma or the bare words after the last bracket, kept verbatim and mapped to
an ISO code. A rename note ``(с DD.MM.YYYY – NEW NAME)`` makes NEW NAME current and every
earlier fragment a former name until that date. Whatever is ambiguous sets ``needs_review``
with a short reason. Register typography is respected: the closing quote of a nested quote may
stand for both (``«Фонд «Открытый диалог»``), legal forms stay in names (``e.V.``, ``z. s.``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from undesirable.model import FormerName
from undesirable.names.countries import has_country_word, lookup_country_code

__all__ = ["ParsedName", "lookup_country_code", "parse_register_name"]

MAX_ACRONYM_LETTERS = 8
SHORT_ACRONYM_LETTERS = 5  # up to this length an upper-case token is an acronym
LONG_ACRONYM_CONSONANT_RUN = 3  # longer ones need an unpronounceable cluster (GMRPFGP, WOIPFG)
MIN_ACRONYM_UPPER_SHARE = 0.6
MAX_LEGAL_SUFFIX_LETTERS = 4  # ", Inc." ", z. s." after a comma stay with the name
MAX_COUNTRY_PHRASE_WORDS = 5
TRANSLIT_MIN_SIMILARITY = 80.0
MAX_TRANSLIT_CHECKS = 200
LONG_RAW_CHARS = 2000
MAX_BRACKET_DEPTH = 8  # deeper brackets are kept as plain text
MAX_REASON_TEXT = 60  # characters of a fragment quoted in a review reason

_VOWELS = frozenset("aeiouyаеёиоуыэюяіїєäöüåæøéèáíóúý")
_UKRAINIAN_LETTERS = frozenset("іїєґўІЇЄҐЎ")
_UKRAINIAN_CLUSTERS = ("ськ", "цьк", "зьк")
_LATIN_I = frozenset("iIïÏ")
_QUOTE_PAIRS = {"«": "»", "„": "“", "‹": "›", "“": "”", "‘": "’", '"': '"', "'": "'"}
_QUOTE_CHARS = frozenset("«»„“‹›”‘’\"'")
_ODD_CATEGORIES = frozenset({"So", "Co", "Cn", "Cs"})  # emoji, private use, unassigned, surrogates
_USUAL_SYMBOLS = frozenset("№")
_DASHES = re.compile(r"\s+[-–—]\s+")
_WORDS = re.compile(r"[^\W\d_]+")
_RENAME_PATTERN = r"^с\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?)?\s*[-–—:]?\s*(.+)$"
_RENAME = re.compile(_RENAME_PATTERN, re.IGNORECASE | re.DOTALL)
_CYR_TO_LAT = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)),
        **{"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch"},
        **{"ъ": "", "ь": "", "ю": "yu", "я": "ya"},
    }
)


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


@dataclass
class _Group:
    items: list[str | _Group] = field(default_factory=list)

    def text(self) -> str:
        return "".join(i if isinstance(i, str) else f"({i.text()})" for i in self.items)


@dataclass(frozen=True)
class _Fragment:
    text: str
    level: int  # 0 outside brackets, 1 in a top-level bracket, 2 deeper
    group: int  # the comma list the fragment belongs to


@dataclass
class _Parse:
    fragments: list[_Fragment] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    groups: Iterator[int] = field(default_factory=itertools.count)


_Pieces = list[list[str | _Group]]
_Country = tuple[str, str | None]  # verbatim, ISO code


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
    text = _clean(raw)
    if not text:
        return ParsedName(None, None, needs_review=True, review_reasons=("empty name",))
    state = _Parse()
    if any(unicodedata.category(c) in _ODD_CATEGORIES and c not in _USUAL_SYMBOLS for c in text):
        state.reasons.append("unexpected symbols")
    if len(text) > LONG_RAW_CHARS:
        state.reasons.append("unusually long name")
    root = _parse_brackets(text, state)
    groups = [g for g in root.items if isinstance(g, _Group)]
    renames = [(g, m) for g in groups if (m := _RENAME.match(g.text()))]
    root.items = [i for i in root.items if not any(i is g for g, _ in renames)]
    pieces = _split_pieces(root.items, state)
    country = _take_country(pieces, state)
    _collect_pieces(pieces, 0, state)
    former: list[FormerName] = []
    if renames:
        former = _apply_renames(renames, state)
    return _assemble(state, former, country)


def _clean(raw: str) -> str:
    chars = []
    for ch in raw:
        category = unicodedata.category(ch)
        if category == "Cf":
            continue
        chars.append(" " if ch.isspace() or category.startswith(("C", "Z")) else ch)
    return " ".join("".join(chars).split())


def _parse_brackets(text: str, state: _Parse) -> _Group:
    """Read round brackets into a tree; recover a missing ``)`` before a trailing bracket."""
    root = _Group()
    stack = [root]
    buffer: list[str] = []
    for ch in text:
        too_deep = ch == "(" and len(stack) > MAX_BRACKET_DEPTH
        if too_deep and "brackets nested too deep" not in state.reasons:
            state.reasons.append("brackets nested too deep")
        if ch not in "()" or too_deep or (ch == ")" and len(stack) > MAX_BRACKET_DEPTH + 1):
            buffer.append(ch)
            continue
        if buffer:
            stack[-1].items.append("".join(buffer))
            buffer = []
        if ch == "(":
            child = _Group()
            stack[-1].items.append(child)
            stack.append(child)
        elif len(stack) > 1:
            stack.pop()
        elif "unbalanced brackets" not in state.reasons:
            state.reasons.append("unbalanced brackets")
    if buffer:
        stack[-1].items.append("".join(buffer))
    if len(stack) > 1:
        if "unbalanced brackets" not in state.reasons:
            state.reasons.append("unbalanced brackets")
        for parent, child in reversed(list(itertools.pairwise(stack))):
            _hoist_trailing_group(parent, child)
    return root


def _hoist_trailing_group(parent: _Group, child: _Group) -> None:
    """Move ``child``'s last bracket to just after ``child``: ``A (B (C)`` reads ``A (B) (C)``."""
    while child.items and isinstance(child.items[-1], str) and not child.items[-1].strip():
        child.items.pop()
    if child.items and isinstance(child.items[-1], _Group):
        last = child.items.pop()
        index = next(i for i, item in enumerate(parent.items) if item is child)
        parent.items.insert(index + 1, last)


class _Quotes:
    """Track quote nesting along a string; a closing ``»`` before ``,``/``)``/end closes all."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.opened = 0
        self.closed = 0
        self.stray = False

    def feed(self, text: str, i: int) -> None:
        ch = text[i]
        if ch not in _QUOTE_CHARS:
            return
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in "'’" and before.isalnum() and after.isalnum():
            return  # an apostrophe: People's, Кот-д'Ивуар
        if self.stack and ch == self.stack[-1]:
            self.stack.pop()
            self.closed += 1
            if ch == "»" and text[i + 1 :].lstrip()[:1] in ("", ",", ")"):
                self.stack = [q for q in self.stack if q != "»"]
        elif ch in _QUOTE_PAIRS and not (ch == "'" and before.isalnum()):
            self.stack.append(_QUOTE_PAIRS[ch])
            self.opened += 1
        elif ch in self.stack:
            while self.stack and self.stack.pop() != ch:
                pass
            self.closed += 1
        elif ch not in "'’":
            self.stray = True

    def reset(self, state: _Parse) -> None:
        if (self.stack or self.stray) and "unbalanced quotes" not in state.reasons:
            state.reasons.append("unbalanced quotes")
        self.stack = []
        self.stray = False


def _split_pieces(items: list[str | _Group], state: _Parse) -> _Pieces:
    """Split one bracket level at commas that stand outside quotes."""
    pieces: _Pieces = [[]]
    quotes = _Quotes()
    for item in items:
        if isinstance(item, _Group):
            quotes.reset(state)
            pieces[-1].append(item)
            continue
        start = 0
        for i, ch in enumerate(item):
            if ch == "," and not quotes.stack:
                pieces[-1].append(item[start:i])
                pieces.append([])
                start = i + 1
            else:
                quotes.feed(item, i)
        pieces[-1].append(item[start:])
    quotes.reset(state)
    pieces = [[i for i in p if not isinstance(i, str) or i.strip()] for p in pieces]
    return _glue_legal_suffixes([p for p in pieces if p])


def _glue_legal_suffixes(pieces: _Pieces) -> _Pieces:
    """Keep ``Project Harmony, Inc.`` and ``Kulturus, z. s.`` whole."""
    glued: _Pieces = []
    for piece in pieces:
        text = piece[0] if isinstance(piece[0], str) else None
        previous = glued[-1] if glued else None
        if text and previous and isinstance(previous[-1], str) and _is_legal_suffix(text):
            previous[-1] = f"{previous[-1].rstrip()},{text}"
            previous.extend(piece[1:])
        else:
            glued.append(list(piece))
    return glued


def _is_legal_suffix(text: str) -> bool:
    stripped = text.strip()
    letters = [c for c in stripped if c.isalpha()]
    return (
        0 < len(letters) <= MAX_LEGAL_SUFFIX_LETTERS
        and all(c.isalpha() or c in ". " for c in stripped)
        and ("." in stripped or any(c.islower() for c in letters))
    )


def _take_country(pieces: _Pieces, state: _Parse) -> _Country | None:
    """Remove and return the country (verbatim, ISO code) from the end of the top level."""
    if not pieces:
        return None
    last = pieces[-1]
    tail = last[-1]
    text = (tail.text() if isinstance(tail, _Group) else tail).strip()
    if _is_country(text):
        last.pop()
        code = lookup_country_code(text)
        if code is None:
            state.reasons.append(f"unknown country: {_shorten(text)}")
        return text, code
    if isinstance(tail, _Group):
        short = len(text.split()) <= 2 and not _is_acronym(text)
        if short and _script(text) == "cyrillic" and not any(c in _QUOTE_CHARS for c in text):
            state.reasons.append(f"last bracket may be an unknown country: {_shorten(text)}")
        return None
    return _take_country_and_city(pieces, text, state)


def _take_country_and_city(pieces: _Pieces, city: str, state: _Parse) -> _Country | None:
    """``…, Великобритания, Лондон``: the country followed by one more capitalised word."""
    before = pieces[-2] if len(pieces) > 1 and len(pieces[-1]) == 1 else None
    if before is None or len(before) != 1 or not isinstance(before[0], str):
        return None
    country = before[0].strip()
    code = lookup_country_code(country)
    if code is None or not _WORDS.fullmatch(city) or not city[0].isupper():
        return None
    del pieces[-2:]
    state.reasons.append(f"text after country: {_shorten(city)}")
    return f"{country}, {city}", code


def _is_country(text: str) -> bool:
    if not text or any(c in _QUOTE_CHARS for c in text):
        return False
    if lookup_country_code(text):
        return True
    words = text.split()
    return len(words) <= MAX_COUNTRY_PHRASE_WORDS and text[0].isupper() and has_country_word(text)


def _collect_pieces(pieces: _Pieces, level: int, state: _Parse) -> None:
    group = next(state.groups)
    for piece in pieces:
        for item in _glue_inline_groups(piece, state):
            if isinstance(item, _Group):
                _collect_pieces(_split_pieces(item.items, state), min(level + 1, 2), state)
            else:
                state.fragments.extend(_Fragment(t, level, group) for t in _split_runs(item, state))


def _glue_inline_groups(piece: list[str | _Group], state: _Parse) -> list[str | _Group]:
    """Keep a bracket inside a name: ``Zentrum ... (ZOiS) gGmbH``, ``UG (haftungsbeschränkt)``."""
    out: list[str | _Group] = []
    for index, item in enumerate(piece):
        before = out[-1] if out else None
        after = piece[index + 1] if index + 1 < len(piece) else None
        if isinstance(item, _Group) and isinstance(before, str) and _has_letters(before):
            inner = item.text().strip()
            lowercase_word = inner[:1].islower() and " " not in inner
            if lowercase_word or (isinstance(after, str) and _has_letters(after)):
                out[-1] = f"{before.rstrip()} ({inner})"
                around = before + (after if isinstance(after, str) else "")
                if _is_acronym(inner) and _is_initialism(inner, around):
                    state.acronyms.append(inner)
                continue
        if isinstance(item, str) and isinstance(before, str) and before.endswith(")"):
            out[-1] = f"{before} {item.strip()}"
            continue
        out.append(item)
    return out


def _split_runs(text: str, state: _Parse) -> list[str]:
    """Cut a bracket-free text into names: quoted and unquoted runs of different scripts."""
    runs: list[tuple[str, bool]] = []
    quotes = _Quotes()
    start = 0
    for i in range(len(text)):
        depth = len(quotes.stack)
        quotes.feed(text, i)
        if depth == 0 and quotes.stack and text[start:i].strip():
            runs.append((text[start:i].strip(), False))
            start = i
        elif depth and not quotes.stack:
            runs.append((text[start : i + 1].strip(), True))
            start = i + 1
    if text[start:].strip():
        runs.append((text[start:].strip(), bool(quotes.stack)))
    quotes.reset(state)
    names: list[tuple[str, bool]] = []
    extras: list[str] = []
    for run, quoted in runs:
        joined = _join_runs(names[-1], (run, quoted), state) if names else None
        if joined is None:
            names.append((run, quoted))
            continue
        names[-1] = (f"{names[-1][0]} {run}", True)
        if _script(names[-1][0]) != _script(run) and quoted:
            extras.append(_strip_quotes(run))
    split = [p for name, quoted in names for p in _split_dash(_strip_quotes(name), quoted=quoted)]
    return split + extras


def _join_runs(first: tuple[str, bool], second: tuple[str, bool], state: _Parse) -> bool | None:
    """True when two adjacent runs form one name (``Корпорация «...»``), None for two names."""
    (text1, quoted1), (text2, quoted2) = first, second
    if quoted1 and quoted2:
        return None
    script1, script2 = _script(text1), _script(text2)
    if script1 == script2 or not script1 or not script2:
        return True
    descriptor = text2 if quoted1 else text1
    if descriptor[:1].islower():
        state.reasons.append(f"connecting words kept in a name: {_shorten(descriptor)}")
        return True
    return None


def _split_dash(text: str, *, quoted: bool) -> list[str]:
    """Split ``ККК - Stop Occupation of Karelia`` where the two sides are in different scripts."""
    parts = [] if quoted else _DASHES.split(text)
    if len(parts) == 2:
        first, second = _script(parts[0]), _script(parts[1])
        if first and second and first != second:
            return [p.strip() for p in parts]
    return [text]


def _strip_quotes(text: str) -> str:
    """Remove quotes that wrap a whole name; ``«A «B»`` (shared closing quote) gives ``A «B»``."""
    text = text.strip()
    if len(text) < 2 or text[0] not in _QUOTE_PAIRS:
        return text
    quotes = _Quotes()
    for i in range(len(text)):
        quotes.feed(text, i)
        if not quotes.stack:
            if i != len(text) - 1:
                return text
            inner = text[1:-1] if quotes.closed >= quotes.opened else text[1:]
            return inner.strip() or text
    return text[1:].strip() or text


def _apply_renames(renames: list[tuple[_Group, re.Match[str]]], state: _Parse) -> list[FormerName]:
    """Make the last rename's new name current; everything before becomes a former name."""
    former: list[FormerName] = []
    for _, match in renames:
        until = _make_date(match.group(3), match.group(2), match.group(1))
        if until is None:
            state.reasons.append(f"invalid rename date: {_shorten(match.group(0))}")
        if not state.fragments and not state.acronyms:
            state.reasons.append(f"rename without an earlier name: {_shorten(match.group(0))}")
        former.extend(FormerName(f.text, until) for f in _dedupe(state.fragments))
        former.extend(FormerName(a, until) for a in state.acronyms)
        state.fragments, state.acronyms = [], []
        new_root = _parse_brackets(match.group(4), state)
        _collect_pieces(_split_pieces(new_root.items, state), 0, state)
    return former


def _make_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _assemble(state: _Parse, former: list[FormerName], country: _Country | None) -> ParsedName:
    fragments = _dedupe(state.fragments)
    reasons = state.reasons
    acronyms = [*state.acronyms]
    names: list[_Fragment] = []
    for fragment in fragments:
        if _is_acronym(fragment.text):
            acronyms.append(fragment.text)
        elif not _has_letters(fragment.text):
            reasons.append(f"fragment without letters: {_shorten(fragment.text)}")
            names.append(fragment)
        else:
            acronyms.extend(_embedded_acronyms(fragment.text))
            names.append(fragment)
    if country is None:
        country = _country_from_names(names, reasons)
    name_ru, name_en = _choose_primaries(names, reasons)
    primaries = {name_ru, name_en}
    aliases = tuple(f.text for f in names if f.text not in primaries)
    known = {_key(n) for n in (name_ru, name_en, *aliases) if n}
    acronym_tuple = tuple(dict.fromkeys(a for a in acronyms if _key(a) not in known))
    current = {_key(n) for n in (*known, *acronym_tuple)}
    former_tuple = tuple(f for f in _dedupe_former(former) if _key(f.name) not in current)
    reasons.extend(_mixed_script_reasons(f.text for f in fragments))
    reason_tuple = tuple(dict.fromkeys(reasons))
    return ParsedName(
        name_ru=name_ru,
        name_en=name_en,
        aliases=aliases,
        acronyms=acronym_tuple,
        former_names=former_tuple,
        country=country[0] if country else None,
        country_code=country[1] if country else None,
        needs_review=bool(reason_tuple),
        review_reasons=reason_tuple,
    )


def _country_from_names(names: list[_Fragment], reasons: list[str]) -> tuple[str, str] | None:
    """A country written as a name fragment, not at the end (``X (США) (ACR)``)."""
    for fragment in names:
        code = lookup_country_code(fragment.text)
        if code and fragment.level > 0:
            names.remove(fragment)
            reasons.append("country not at the end")
            return fragment.text, code
    return None


def _choose_primaries(names: list[_Fragment], reasons: list[str]) -> tuple[str | None, str | None]:
    russian = [f for f in names if _script(f.text) == "cyrillic" and not _is_non_russian(f.text)]
    latin = [f for f in names if _script(f.text) == "latin"]
    if latin and russian and len(latin) > 1:
        translits = _transliterations(latin, russian)
        latin = [f for f in latin if f not in translits] or latin
    for label, candidates in (("Cyrillic", russian), ("Latin", latin)):
        if sum(f.level == 0 for f in candidates) > 1:
            reasons.append(f"several {label} names, primary chosen by position")
    if not russian:
        if any(_script(f.text) == "cyrillic" for f in names):
            reasons.append("no Russian name, only Ukrainian or Belarusian")
        else:
            reasons.append("no Cyrillic name")
    if not latin:
        reasons.append("no Latin name")
    return (russian[0].text if russian else None), (latin[0].text if latin else None)


def _transliterations(latin: list[_Fragment], russian: list[_Fragment]) -> set[_Fragment]:
    """Latin names that spell a Russian name of the same entry (``Otkrytaya Rossia``)."""
    found: set[_Fragment] = set()
    for lat, cyr in itertools.islice(itertools.product(latin, russian), MAX_TRANSLIT_CHECKS):
        spelled = cyr.text.casefold().translate(_CYR_TO_LAT)
        similar = fuzz.ratio(spelled, lat.text.casefold()) >= TRANSLIT_MIN_SIMILARITY
        if similar and _is_russian_phrase(cyr.text):
            found.add(lat)
    return found


def _is_russian_phrase(text: str) -> bool:
    words = [w.casefold() for w in _WORDS.findall(text) if len(w) > 2]
    morph = _morph()
    return bool(words) and all(morph.word_is_known(w) for w in words)


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _embedded_acronyms(text: str) -> list[str]:
    """``Transformation Center Covenant Network TCCN`` -> ``TCCN``."""
    words = text.split()
    found = []
    for index, word in enumerate(words):
        rest = " ".join(words[:index] + words[index + 1 :])
        if len(words) > 2 and _is_acronym(word) and _is_initialism(word, rest):
            found.append(word)
    return found


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not 2 <= len(letters) <= MAX_ACRONYM_LETTERS or not letters[0].isupper():
        return False
    if not all(c.isalnum() or c in "/&.-" for c in text):
        return False
    upper = sum(c.isupper() for c in letters)
    if upper < 2 or upper / len(letters) < MIN_ACRONYM_UPPER_SHARE:
        return False
    if len(letters) <= SHORT_ACRONYM_LETTERS:
        return True
    run = longest = 0
    for c in letters:
        run = 0 if c.casefold() in _VOWELS else run + 1
        longest = max(longest, run)
    return longest >= LONG_ACRONYM_CONSONANT_RUN


def _is_initialism(acronym: str, text: str) -> bool:
    initials = iter(w[0].casefold() for w in _WORDS.findall(text))
    return all(c.casefold() in initials for c in acronym if c.isalpha())


def _script(text: str) -> str | None:
    cyrillic = latin = 0
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            cyrillic += name.startswith("CYRILLIC")
            latin += name.startswith("LATIN")
    if not cyrillic and not latin:
        return None
    return "cyrillic" if cyrillic > latin else "latin"


def _is_non_russian(text: str) -> bool:
    """Ukrainian or Belarusian: і ї є ґ ў, a Latin ``i`` inside a Cyrillic word, ``-ськ-``."""
    if any(c in _UKRAINIAN_LETTERS for c in text):
        return True
    folded = text.casefold()
    if any(cluster in folded for cluster in _UKRAINIAN_CLUSTERS):
        return True
    words = [word for word in _WORDS.findall(text) if _script(word) == "cyrillic"]
    return any(c in _LATIN_I for word in words for c in word)


def _mixed_script_reasons(texts: Iterable[str]) -> list[str]:
    """A lone letter of another script inside a word (``Transparеncy`` with a Cyrillic ``е``)."""
    reasons = []
    for text in texts:
        for word in _WORDS.findall(text):
            scripts = [_script(c) for c in word]
            runs = [len(list(g)) for _, g in itertools.groupby(scripts)]
            if len(runs) < 2 or min(runs) > 1:
                continue
            if all(c in _LATIN_I for c in word if _script(c) == "latin"):
                continue  # the register writes Ukrainian і as a Latin i
            reasons.append(f"mixed-script word: {_shorten(word)}")
    return reasons


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_REASON_TEXT else text[: MAX_REASON_TEXT - 1] + "…"


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _key(text: str) -> str:
    folded = "".join(c for c in text.casefold() if c not in _QUOTE_CHARS).replace("ё", "е")
    return " ".join(folded.split())


def _dedupe(fragments: list[_Fragment]) -> list[_Fragment]:
    """Drop repeated fragments (case- and quote-blind), keeping a mixed-case spelling if any."""
    kept: dict[str, _Fragment] = {}
    for fragment in fragments:
        key = _key(fragment.text)
        first = kept.get(key)
        if first is None:
            kept[key] = fragment
        elif first.text.isupper() and not fragment.text.isupper():
            kept[key] = _Fragment(fragment.text, first.level, first.group)
    return list(kept.values())


def _dedupe_former(former: list[FormerName]) -> list[FormerName]:
    seen: dict[str, FormerName] = {}
    for name in former:
        seen.setdefault(_key(name.name), name)
    return list(seen.values())

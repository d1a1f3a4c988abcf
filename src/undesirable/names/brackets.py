"""Read a raw register name into brackets, comma pieces and runs of text.

Round brackets become a tree of :class:`Group` (``A (B (C))``); a missing ``)`` before a trailing
bracket is recovered (``A (B (C)`` reads ``A (B) (C)``). Each bracket level is split at commas
outside quotes into pieces, except inside a serial enumeration (``Eurasian Coalition on Health,
Rights, Gender and Sexual Diversity``) and before a short legal form (``Project Harmony, Inc.``,
``Kulturus, z. s.``). A bracket-free text is then cut into names: quoted and unquoted runs of
different scripts, and the two sides of a dash between scripts.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from undesirable.names.fragments import detect_majority_script, shorten_for_reason
from undesirable.names.quotes import QuoteTracker, strip_quotes

MAX_BRACKET_DEPTH = 8  # deeper brackets are kept as plain text
MAX_LEGAL_SUFFIX_LETTERS = 4  # ", Inc." ", z. s." after a comma stay with the name

ENUMERATION_ITEM_WORDS = 2  # the middle items of "A, B, C and D" are this short at most

CONJUNCTIONS = frozenset({"and", "&", "und", "et", "y", "e", "i", "ve", "og", "och", "en", "и"})
ALTERNATIVES = frozenset({"или", "либо", "or", "oder", "ou"})
"""A word that stands alone between two quoted names of one organization and offers them as
alternatives («Канадский фонд местных инициатив» или «Канадский фонд локальных инициатив»): it
belongs to neither name."""
"""Words that join the last item of an enumeration ("Gender and Sexual Diversity"), in the languages
the register writes names in."""

_DASHES = re.compile(r"\s+[-–—]\s+")

_Run = tuple[str, bool]  # text, quoted


@dataclass
class Group:
    """The contents of one pair of round brackets (the root holds the whole string)."""

    items: list[str | Group] = field(default_factory=list)

    def text(self) -> str:
        """The contents written out again, inner brackets included."""
        return "".join(i if isinstance(i, str) else f"({i.text()})" for i in self.items)


Pieces = list[list[str | Group]]


def read_brackets(text: str, reasons: list[str]) -> Group:
    """Read round brackets into a tree; recover a missing ``)`` before a trailing bracket."""
    root = Group()
    stack = [root]
    buffer: list[str] = []
    for ch in text:
        too_deep = ch == "(" and len(stack) > MAX_BRACKET_DEPTH
        if too_deep and "brackets nested too deep" not in reasons:
            reasons.append("brackets nested too deep")
        if ch not in "()" or too_deep or (ch == ")" and len(stack) > MAX_BRACKET_DEPTH + 1):
            buffer.append(ch)
            continue
        if buffer:
            stack[-1].items.append("".join(buffer))
            buffer = []
        if ch == "(":
            child = Group()
            stack[-1].items.append(child)
            stack.append(child)
        elif len(stack) > 1:
            stack.pop()
        elif "unbalanced brackets" not in reasons:
            reasons.append("unbalanced brackets")
    if buffer:
        stack[-1].items.append("".join(buffer))
    if len(stack) > 1:
        _close_open_groups(stack, reasons)
    return root


def _close_open_groups(stack: list[Group], reasons: list[str]) -> None:
    if "unbalanced brackets" not in reasons:
        reasons.append("unbalanced brackets")
    for parent, child in reversed(list(itertools.pairwise(stack))):
        _hoist_trailing_group(parent, child)


def _hoist_trailing_group(parent: Group, child: Group) -> None:
    """Move ``child``'s last bracket to just after ``child``: ``A (B (C)`` reads ``A (B) (C)``."""
    while child.items and isinstance(child.items[-1], str) and not child.items[-1].strip():
        child.items.pop()
    if child.items and isinstance(child.items[-1], Group):
        last = child.items.pop()
        index = next(i for i, item in enumerate(parent.items) if item is child)
        parent.items.insert(index + 1, last)


def split_pieces(items: list[str | Group], reasons: list[str]) -> Pieces:
    """Split one bracket level at commas that stand outside quotes."""
    pieces: Pieces = [[]]
    quotes = QuoteTracker()
    for item in items:
        if isinstance(item, Group):
            quotes.reset(reasons)
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
    quotes.reset(reasons)
    pieces = [[i for i in p if not isinstance(i, str) or i.strip()] for p in pieces]
    return _glue_legal_suffixes(_join_enumerations([p for p in pieces if p]))


def _join_enumerations(pieces: Pieces) -> Pieces:
    """Keep a serial enumeration inside a name whole: pieces ``A, B, …, Z`` where every middle piece
    is a short run of words (at most :data:`ENUMERATION_ITEM_WORDS`) and ``Z`` joins its own last
    item with a conjunction (``The International Lesbian, Gay, Bisexual, Trans and Intersex
    Association``) are one name; its items are not names of their own."""
    joined: Pieces = []
    start = 0
    while start < len(pieces):
        end = _enumeration_end(pieces, start)
        if end is None:
            joined.append(list(pieces[start]))
            start += 1
            continue
        texts = [str(p[0]) for p in pieces[start:end]]
        last = pieces[end]
        joined.append([",".join([*texts, str(last[0])]), *last[1:]])
        start = end + 1
    return joined


def _enumeration_end(pieces: Pieces, start: int) -> int | None:
    """The index of the conjunction piece closing an enumeration that starts at ``start``, if any."""
    if not _is_text_piece(pieces[start]):
        return None
    end = start + 1
    while end < len(pieces) and _is_text_piece(pieces[end]) and _is_item(str(pieces[end][0])):
        end += 1
    closing = pieces[end][0] if end < len(pieces) else None
    if end - start < 2 or not isinstance(closing, str):
        return None
    words = closing.split()
    if not any(w.casefold() in CONJUNCTIONS for w in words[1:-1]):
        return None
    scripts = {detect_majority_script(str(p[0])) for p in pieces[start : end + 1]}
    return end if len(scripts) == 1 else None


def _is_text_piece(piece: list[str | Group]) -> bool:
    return len(piece) == 1 and isinstance(piece[0], str)


def _is_item(text: str) -> bool:
    """A middle item of an enumeration: one or two words of letters, not an acronym (``Rights``,
    ``Bisexual``; not ``CSCE``, an alias)."""
    words = text.split()
    return 0 < len(words) <= ENUMERATION_ITEM_WORDS and all(w.isalpha() and not w.isupper() for w in words)


def _glue_legal_suffixes(pieces: Pieces) -> Pieces:
    """Keep ``Project Harmony, Inc.`` and ``Kulturus, z. s.`` whole."""
    glued: Pieces = []
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
    """A short form by its shape (``Inc.``, ``z. s.``, ``з.с.``, ``Ltd``), in any language.

    By shape, not by the list in ``data/legal_forms.json``: the register writes forms that list
    lacks (``з.с.``), and gluing the list's long forms (``, Limited``) would change the names.
    """
    stripped = text.strip()
    letters = [c for c in stripped if c.isalpha()]
    return (
        0 < len(letters) <= MAX_LEGAL_SUFFIX_LETTERS
        and all(c.isalpha() or c in ". " for c in stripped)
        and ("." in stripped or any(c.islower() for c in letters))
    )


def split_runs(text: str, reasons: list[str]) -> list[str]:
    """Cut a bracket-free text into names: quoted and unquoted runs of different scripts."""
    names: list[_Run] = []
    extras: list[str] = []
    after_alternative = False
    for run, quoted in _find_runs(text, reasons):
        if not quoted and names and names[-1][1] and run.casefold() in ALTERNATIVES:
            after_alternative = True
            continue
        joined = None if not names or after_alternative else _join_runs(names[-1], (run, quoted), reasons)
        after_alternative = False
        if joined is None:
            names.append((run, quoted))
            continue
        names[-1] = (f"{names[-1][0]} {run}", True)
        if detect_majority_script(names[-1][0]) != detect_majority_script(run) and quoted:
            extras.append(strip_quotes(run))
    split = [p for name, quoted in names for p in _split_dash(strip_quotes(name), quoted=quoted)]
    return split + extras


def _find_runs(text: str, reasons: list[str]) -> list[_Run]:
    """The quoted and unquoted stretches of ``text``, in order."""
    runs: list[_Run] = []
    quotes = QuoteTracker()
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
    quotes.reset(reasons)
    return runs


def _join_runs(first: _Run, second: _Run, reasons: list[str]) -> bool | None:
    """True when two adjacent runs form one name (``Корпорация «...»``), None for two names."""
    (text1, quoted1), (text2, quoted2) = first, second
    if quoted1 and quoted2:
        return None
    script1, script2 = detect_majority_script(text1), detect_majority_script(text2)
    if script1 == script2 or not script1 or not script2:
        return True
    descriptor = text2 if quoted1 else text1
    if descriptor[:1].islower():
        reasons.append(f"connecting words kept in a name: {shorten_for_reason(descriptor)}")
        return True
    return None


def _split_dash(text: str, *, quoted: bool) -> list[str]:
    """Split ``ККК - Stop Occupation of Karelia`` where the two sides are in different scripts."""
    parts = [] if quoted else _DASHES.split(text)
    if len(parts) == 2:
        first, second = detect_majority_script(parts[0]), detect_majority_script(parts[1])
        if first and second and first != second:
            return [p.strip() for p in parts]
    return [text]

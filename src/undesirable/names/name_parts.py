"""Words around a name that are not the name: alias markers, legal forms, bracketed acronyms.

- An alias marker (``использующая также наименование``, ``другое используемое наименование:``)
  introduces another name of the organization; it is dropped and the name after it kept.
- The primary Latin name loses a legal form written at its start or end
  (``Limited liability company (SIA) «Medusa Project»`` -> ``Medusa Project``;
  ``… Studien (ZOiS) gGmbH`` -> ``… Studien``) and an acronym in brackets inside it; the full
  string stays an alias and the acronym an acronym, so nothing is thrown away.
- Of two Latin-script names, the one with clearly more common English words is the English name
  (``Open Estonia Foundation`` rather than ``Avatud Eesti Fond SA``).

The word lists live in ``data/alias_markers.json``, ``data/legal_forms.json`` and
``data/english_name_words.json``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

from undesirable.names.fragments import WORDS, is_acronym
from undesirable.names.quotes import QUOTE_CHARS

ENGLISH_SHARE_LEAD = 0.25
"""How much larger the English share of another Latin name must be for it to become ``name_en``."""
MIN_ENGLISH_SHARE = 0.5
MAX_FIRST_ENGLISH_SHARE = 0.0
"""The first Latin name stays ``name_en`` unless at most this share of its words is English."""

_BRACKETED = re.compile(r"\s*\(([^()]+)\)")


@cache
def _markers() -> re.Pattern[str]:
    raw = json.loads(files("undesirable.data").joinpath("alias_markers.json").read_text("utf-8"))
    return re.compile(r"^\s*(?:" + "|".join(raw["markers"]) + r")(?!\w)\s*", re.IGNORECASE)


@cache
def _english_words() -> frozenset[str]:
    raw = json.loads(files("undesirable.data").joinpath("english_name_words.json").read_text("utf-8"))
    return frozenset(raw["words"])


@cache
def _legal_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = json.loads(files("undesirable.data").joinpath("legal_forms.json").read_text("utf-8"))
    spellings = {s for form in raw["forms"] for s in (form["display"], *form.get("aliases", ())) if s}
    latin = sorted((s for s in spellings if s.isascii()), key=len, reverse=True)
    choice = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in latin)
    acronym = r"(?:\s*\([^()]{1,12}\))?"
    start = re.compile(rf"^(?:{choice}){acronym}(?=[\s,«\"])[\s,]*", re.IGNORECASE)
    end = re.compile(rf"[\s,]+(?:{choice})\.?{acronym}$", re.IGNORECASE)
    return start, end


def strip_alias_marker(text: str) -> str:
    """``использующая также наименование «X»`` -> ``«X»``; other text unchanged."""
    return _markers().sub("", text, count=1)


def clean_latin_name(name: str) -> tuple[str, tuple[str, ...]]:
    """The Latin name without a legal form at its ends and without bracketed acronyms inside.

    Returns the cleaned name and the acronyms taken out of it; the name unchanged when cleaning
    would leave no word.
    """
    start, end = _legal_forms()
    text = end.sub("", start.sub("", name.strip())).strip(" ,–—-")
    acronyms = tuple(m.group(1).strip() for m in _BRACKETED.finditer(text) if is_acronym(m.group(1).strip()))
    text = _BRACKETED.sub(lambda m: "" if is_acronym(m.group(1).strip()) else m.group(0), text)
    text = _unquote(text.strip(" ,–—-"))
    if not WORDS.search(text) or is_acronym(text):
        return name, ()
    return text, acronyms


def english_share(text: str) -> float:
    """The share of a name's words that are common English words of organization names."""
    words = [w.casefold() for w in WORDS.findall(text)]
    return sum(w in _english_words() for w in words) / len(words) if words else 0.0


def prefer_english(candidates: list[str]) -> int:
    """The index of the candidate to take as the English name (0 unless another is clearly English)."""
    if len(candidates) < 2:
        return 0
    shares = [english_share(clean_latin_name(c)[0]) for c in candidates]
    best = max(range(len(candidates)), key=lambda i: shares[i])
    if shares[0] > MAX_FIRST_ENGLISH_SHARE:
        return 0
    if shares[best] >= MIN_ENGLISH_SHARE and shares[best] >= shares[0] + ENGLISH_SHARE_LEAD:
        return best
    return 0


def _unquote(text: str) -> str:
    if len(text) > 1 and text[0] in QUOTE_CHARS and text[-1] in QUOTE_CHARS:
        inner = text[1:-1].strip()
        if not any(c in QUOTE_CHARS for c in inner):
            return inner
    return text

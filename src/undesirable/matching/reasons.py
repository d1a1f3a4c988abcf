"""Structured reasons: why a name matched or a text span was found, as a code plus values.

A :class:`Reason` is data (``Reason("spelling_variant", {"letters": 1})``); every face renders it
in its reader's language with :func:`render_reason` from the message catalogue
``data/match_reasons.json``. The older text field ``explanation`` of the JSON answers is the
English rendering (:func:`render_reasons`), kept for clients that read it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any, Literal

from undesirable.names.countries import country_name_en, country_name_ru
from undesirable.names.unreadable import UNREADABLE

Language = Literal["en", "ru"]
LANGUAGES: tuple[Language, ...] = ("en", "ru")
DEFAULT_LANGUAGE: Language = "en"

ReasonValue = str | int | float

NOTE_CODES: dict[str, str] = {
    "invisible": "normalized_invisible",
    "letter_spaced": "normalized_letter_spaced",
    "mixed_script": "normalized_mixed_script",
    "all_caps": "normalized_all_caps",
    "combining_marks": "normalized_combining_marks",
}
"""Reason code of each normalization note (see ``undesirable.names.normalize.NormalizationNote``)."""


@dataclass(frozen=True)
class Reason:
    """One reason: a code of the catalogue and the values its message names."""

    code: str
    values: Mapping[str, ReasonValue] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """``{"code", "values", "text": {"en", "ru"}}``."""
        return {
            "code": self.code,
            "values": dict(self.values),
            "text": {lang: render_reason(self, lang) for lang in LANGUAGES},
        }


@cache
def _catalogue() -> dict[str, dict[str, Any]]:
    raw = json.loads(files("undesirable.data").joinpath("match_reasons.json").read_text("utf-8"))
    messages: dict[str, dict[str, Any]] = raw["messages"]
    return messages


def reason_codes() -> frozenset[str]:
    """Every code the catalogue has a message for."""
    return frozenset(_catalogue())


def render_reason(reason: Reason, lang: str = DEFAULT_LANGUAGE) -> str:
    """The reason as a short phrase in ``lang`` (``en`` or ``ru``; others get English).

    >>> render_reason(Reason("spelling_variant", {"letters": 2}), "ru")
    'вариант написания: 2 буквы'
    """
    values = tuple((name, type(value), value) for name, value in reason.values.items())
    try:
        hash(values)
    except TypeError:  # a value that cannot be remembered
        return _render_reason(reason, lang)
    return _render(reason.code, values, lang)


@lru_cache(maxsize=16384)
def _render(code: str, values: tuple[tuple[str, type, ReasonValue], ...], lang: str) -> str:
    """:func:`render_reason` of one code and its values (each with its type: ``1`` and ``1.0``
    are shown differently), remembered: most reasons repeat."""
    return _render_reason(Reason(code, {name: value for name, _, value in values}), lang)


def _render_reason(reason: Reason, lang: str) -> str:
    if reason.code == "told_apart":
        return _render_told_apart(reason, lang)
    entry = _catalogue().get(reason.code)
    if entry is None:
        return reason.code
    message = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    if isinstance(message, dict):
        count = reason.values.get(str(entry.get("count", "count")), 0)
        message = message.get(_plural_form(lang, count)) or message.get("other") or message.get("many") or ""
    shown = {k: _show(v) for k, v in reason.values.items()}
    try:
        return str(message).format(**shown)
    except (KeyError, IndexError):
        return str(message)


def render_reasons(reasons: Iterable[Reason], lang: str = DEFAULT_LANGUAGE) -> list[str]:
    """Each reason rendered in ``lang``."""
    return [render_reason(r, lang) for r in reasons]


TOLD_APART_FACTS = ("country_code", "legal_form", "inclusion_order", "inclusion_date")
"""The facts that tell entries sharing a name apart, in the order they are shown."""


def _render_told_apart(reason: Reason, lang: str) -> str:
    """``this entry: Netherlands, legal form Stichting, order 951-р``: what sets one entry apart."""
    parts = []
    for fact in TOLD_APART_FACTS:
        value = reason.values.get(fact)
        if value is None or value == "":
            continue
        shown = str(value)
        if fact == "country_code":
            shown = (country_name_ru(shown) if lang == "ru" else country_name_en(shown)) or shown
        elif fact == "inclusion_date":
            shown = _day_month_year(shown)
        parts.append(render_reason(Reason(f"fact_{fact}", {"value": shown}), lang))
    if not parts:
        return render_reason(Reason("told_apart_none"), lang)
    entry = _catalogue()["told_apart"]
    return str(entry.get(lang) or entry[DEFAULT_LANGUAGE]).format(facts=", ".join(parts))


def _day_month_year(iso: str) -> str:
    year, month, day = [*iso.split("-"), "", "", ""][:3]
    return f"{day}.{month}.{year}" if day and month else iso


def _show(value: ReasonValue) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def _plural_form(lang: str, count: ReasonValue) -> str:
    n = int(count) if isinstance(count, int | float) else 0
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    return "one" if n == 1 else "other"


def unreadable_reasons(words: tuple[tuple[str, str], ...]) -> list[Reason]:
    """What a name with a letter its file lost says: each such word, its lost character shown by
    its code point (``Associa[U+F50D]ão``), and the vocabulary word it was read as, if one."""
    reasons = []
    for word, read in words:
        shown = UNREADABLE.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", word)
        if read:
            reasons.append(Reason("unreadable_letter_read", {"word": shown, "read": read}))
        else:
            reasons.append(Reason("unreadable_letter", {"word": shown}))
    return reasons

"""Evaluation labels that survive changes of organization ids.

A label names the organizations a query or a text refers to. It may be an id in any form the
register has used (``1076-р/2015-07-29``, ``1076-p/2015-07-29``, ``ru-undesirable-1076-r-2015-07-29``,
``curated:amnesty-international-limited``) or ``name:`` and one of the organization's names.
:func:`resolve_label` finds the organizations by the facts the id stands for (inclusion order and
date, the name's slug), so the evaluation sets stay valid when ids are minted anew.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from undesirable.model import Organization

HELDOUT_CLASSES = frozenset(
    {
        "exact",
        "spelling_variant",
        "transcription",
        "translit",
        "word_order",
        "diacritics",
        "short_form",
        "shared_name",
        "acronym",
        "evasion",
        "brand",
        "hard_negative",
    }
)
"""The classes every fourth-round held-out set covers, the matcher's and the scanner's."""

_ORDER_ID = re.compile(r"^(?:ru-undesirable-)?(\d+)-[рpr]/?-?(\d{4}-\d{2}-\d{2})$")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NOT_SLUG.sub("-", ascii_text).strip("-")


def resolve_label(label: str, orgs: Sequence[Organization]) -> frozenset[str]:
    """The ids of the organizations ``label`` names; raises ``LookupError`` when none."""
    found = _resolve(label.strip(), orgs)
    if not found:
        raise LookupError(f"no organization for label {label!r}")
    return found


def _resolve(label: str, orgs: Sequence[Organization]) -> frozenset[str]:
    exact = frozenset(o.id for o in orgs if o.id == label)
    if exact:
        return exact
    if label.startswith("name:"):
        wanted = _name_key(label.removeprefix("name:"))
        return frozenset(o.id for o in orgs if wanted in {_name_key(n) for n in (*o.all_names(), *o.acronyms)})
    order = _ORDER_ID.match(label)
    if order:
        number, day = order.groups()
        return frozenset(
            o.id
            for o in orgs
            if o.inclusion_date is not None
            and o.inclusion_date.isoformat() == day
            and re.sub(r"\D", "", o.inclusion_order or "") == number
        ) or frozenset(o.id for o in orgs if o.id.endswith(f"{number}-r-{day}"))
    if label.startswith("curated:"):
        return _resolve_slug(label.removeprefix("curated:"), orgs)
    return frozenset()


def _resolve_slug(wanted: str, orgs: Sequence[Organization]) -> frozenset[str]:
    """Orgs whose id ends with the slug or whose name slugs start with it; else whose id or name
    slug has the slug's letters in order (an older slug dropped letters with accents: k-rber for
    Körber); else the slug without a trailing country code (``-gb``)."""
    found = frozenset(
        o.id for o in orgs if o.id.endswith(wanted) or any(slug(n)[: len(wanted)] == wanted for n in o.all_names())
    )
    if not found:
        letters = wanted.replace("-", "")
        found = frozenset(
            o.id for o in orgs if any(_has_in_order(letters, slug(n).replace("-", "")) for n in (o.id, *o.all_names()))
        )
    if not found and re.search(r"-[a-z]{2}$", wanted):
        found = _resolve_slug(wanted[:-3], orgs)
    return found


def _has_in_order(letters: str, text: str) -> bool:
    it = iter(text)
    return len(letters) >= 6 and all(c in it for c in letters)


def _name_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold().replace("ё", "е")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def resolve_labels(labels: str, orgs: Sequence[Organization], *, separator: str | None = None) -> frozenset[str]:
    """Every organization of several labels (whitespace-separated ids, or ``separator``-separated)."""
    parts = labels.split(separator) if separator else labels.split()
    return frozenset().union(*(resolve_label(p, orgs) for p in parts if p.strip())) if parts else frozenset()

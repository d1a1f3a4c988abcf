"""The scanner's curated word lists, read once from the package's data files.

- ``data/ambiguous_aliases.json``: names that are also ordinary words, with the rule that says when
  a text marks them as a name (see :mod:`undesirable.scanning.ambiguity`); strings of the
  register's name fields that name nothing; quoted parts of names that are not names by themselves;
- ``data/scan_cue_words.json``: cue words by group, the groups that fit each register category,
  and the words that may stand before a quoted name;
- ``data/scan_extra_domains.json``: web domains the annotations lack, by organization id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Literal

from undesirable.names.lemma import lemmatize_token
from undesirable.scanning.text import WORD, lower_text

if TYPE_CHECKING:
    from undesirable.model import Organization

AmbiguityRule = Literal["marked", "capitalized", "context", "named"]
AMBIGUITY_RULES: tuple[AmbiguityRule, ...] = ("marked", "capitalized", "context", "named")
DEFAULT_CATEGORY = "*"


@dataclass(frozen=True)
class ScanLists:
    """The data files' contents.

    Attributes:
        ambiguous: ambiguous name -> its rule, names as written in the data file.
        ignored: strings of name fields that are no name, as written.
        not_derived: quoted parts of register names that never stand for the organization alone.
        cue_groups: group -> cue words (Russian dictionary forms, English as written).
        category_cues: register category (``*`` for the others) -> cue groups that fit it.
        name_prefix_words: words that may stand before a quoted name and only give its kind.
        act_words: verbs of what an organization does (dictionary forms; English as written).
        extra_domains: organization id -> web domains to add to the organization's own.
    """

    ambiguous: dict[str, AmbiguityRule]
    ignored: frozenset[str]
    not_derived: frozenset[str]
    cue_groups: dict[str, frozenset[str]]
    category_cues: dict[str, tuple[str, ...]]
    name_prefix_words: frozenset[str]
    act_words: frozenset[str]
    extra_domains: dict[str, tuple[str, ...]]

    def cues_for(self, category: str | None) -> frozenset[str]:
        """Every cue word that fits an organization of ``category``."""
        groups = self.category_cues.get(category or DEFAULT_CATEGORY)
        if groups is None:
            groups = self.category_cues.get(DEFAULT_CATEGORY, ())
        return frozenset().union(*(self.cue_groups.get(g, frozenset()) for g in groups))

    def kind_cues_for(self, category: str | None) -> frozenset[str]:
        """The cue words of ``category``'s own groups, without those every organization has
        (``*``'s): «корреспондент» for an outlet, "students" for a university; empty for a
        category with no group of its own."""
        common = set(self.category_cues.get(DEFAULT_CATEGORY, ()))
        own = [g for g in self.category_cues.get(category or DEFAULT_CATEGORY, ()) if g not in common]
        return frozenset().union(*(self.cue_groups.get(g, frozenset()) for g in own))

    def trade_cues_for(self, category: str | None, name: str | None = None) -> frozenset[str]:
        """The cue words that tell a short name (DW, Tufts) is the entry's: its category's own
        (:meth:`kind_cues_for`); given the register ``name`` a short form comes from, only when a
        word of it is one of them (Tufts University, «Йельский университет»: a school's study words;
        none for the Davis Center, a research center an education entry too)."""
        kind = self.kind_cues_for(category)
        if name is None or any(lemmatize_token(w) in kind for w in WORD.findall(lower_text(name))):
            return kind
        return frozenset()


def _read(name: str) -> Any:
    return json.loads(files("undesirable.data").joinpath(name).read_text("utf-8"))


@cache
def load_scan_lists() -> ScanLists:
    """The scanner's lists from the package's data files (read once)."""
    ambiguous_data = _read("ambiguous_aliases.json")
    ambiguous: dict[str, AmbiguityRule] = {}
    for entry in ambiguous_data["aliases"]:
        rule = entry.get("rule", "marked")
        if rule not in AMBIGUITY_RULES:
            raise ValueError(f"ambiguous_aliases.json: unknown rule {rule!r} for {entry['alias']!r}")
        ambiguous[entry["alias"]] = rule
    cues = _read("scan_cue_words.json")
    domains = _read("scan_extra_domains.json")
    return ScanLists(
        ambiguous=ambiguous,
        ignored=frozenset(ambiguous_data["ignored"]),
        not_derived=frozenset(ambiguous_data["not_derived"]),
        cue_groups={group: frozenset(words) for group, words in cues["groups"].items()},
        category_cues={cat: tuple(groups) for cat, groups in cues["categories"].items()},
        name_prefix_words=frozenset(cues["name_prefix_words"]),
        act_words=frozenset(cues["act_words"]),
        extra_domains={org_id: tuple(ds) for org_id, ds in domains["domains"].items()},
    )


def clean_domain(domain: str) -> str:
    """A web address reduced to its host (``https://www.Meduza.io/en`` -> ``meduza.io``), or ``""``
    when it has no dot (no domain)."""
    text = domain.strip().lower()
    for prefix in ("https://", "http://"):
        text = text.removeprefix(prefix)
    text = text.split("/", 1)[0].removeprefix("www.").strip(".")
    return text if "." in text else ""


def organization_domains(org: Organization) -> tuple[str, ...]:
    """The organization's web domains, cleaned: its own (annotations) and the lists' extra ones;
    the one source of the scanner's domains and the matcher's."""
    raw = (*org.domains, *load_scan_lists().extra_domains.get(org.id, ()))
    return tuple(dict.fromkeys(d for d in map(clean_domain, raw) if d))

"""The leading words of an English name written alone in a Russian text: «стипендия Oxford Russia»
for the Oxford Russia Fund, «члены American Coalition» for the American Coalition for Ukraine.

Such words are often all ordinary ("Open", "American"), and in an English text they are anything;
a run of Latin words in a Cyrillic text is a proper name (see :mod:`undesirable.scanning.scripts`).
So a name's leading words count alone only as a whole run of capitalized Latin words in a text of
the other script with a cue word of the organization's beside them («студенты программ …», «фонд
…»: a Latin run alone may name anything, «учения Black Sea»), and only when:

- they are :data:`MIN_LEAD_WORDS` words at least, with no function word among them, and not all
  words of an organization's kind ("International Center" names no one organization);
- what the name has after them is only words of an organization's kind and legal forms
  ("Fund"), or a complement that starts with a function word ("for Ukraine");
- no other organization's name starts with them, and they are no name or short form of any
  organization by themselves (those are found as such, by their own rules).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from undesirable.model import Organization
from undesirable.names.normalize import tokenize_name
from undesirable.scanning.aliases import ARTICLES, AliasSpec
from undesirable.scanning.cues import has_cue
from undesirable.scanning.index import NameEntry
from undesirable.scanning.match import Candidate
from undesirable.scanning.scripts import in_other_script

MIN_LEAD_WORDS = 2
CONFIDENCE_LEAD = 0.7
"""As a name of ordinary words marked twice (its capitals, its script): no more than the whole name so marked."""
_REST_KINDS = frozenset({"generic", "legal_form"})

LatinLeads = dict[tuple[str, ...], NameEntry]

_CAPITALIZED_RUN = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)+(?![\w'’-])")


def build_latin_leads(
    orgs: Sequence[Organization], specs: Iterable[tuple[Organization, AliasSpec]], cues: dict[str, frozenset[str]]
) -> LatinLeads:
    """The leading words of every English name that may stand for it alone (see the module docstring),
    with the ``cues`` of its organization."""
    owners: dict[tuple[str, ...], dict[str, tuple[Organization, str]]] = {}
    for org in orgs:
        for name in org.all_names():
            for lead in leading_words(name):
                owners.setdefault(lead, {}).setdefault(org.id, (org, name))
    taken = {spec.words[1:] if spec.words[:1] and spec.words[0] in ARTICLES else spec.words for _, spec in specs}
    table: LatinLeads = {}
    for lead, found in owners.items():
        if len(found) == 1 and lead not in taken:
            org, name = next(iter(found.values()))
            table[lead] = NameEntry(
                org, name, len(lead), (), False, None, cues.get(org.id, frozenset()), CONFIDENCE_LEAD
            )
    return table


def leading_words(name: str) -> list[tuple[str, ...]]:
    """The leading words of a Latin ``name`` (lower case) that may stand for it alone: ("oxford",
    "russia") of Oxford Russia Fund, ("american", "coalition") of American Coalition for Ukraine."""
    if not name.isascii():
        return []
    tokens = tokenize_name(name)
    tokens = tokens[1:] if tokens[:1] and tokens[0].text in ARTICLES else tokens
    words, kinds = [t.text for t in tokens], [t.kind for t in tokens]
    found: list[tuple[str, ...]] = []
    for size in range(MIN_LEAD_WORDS, len(words)):
        if "stop" in kinds[:size]:
            break
        rest = kinds[size:]
        told = "word" in kinds[:size]  # a word of its own, not only kind words
        if told and (rest[0] == "stop" or (all(kind in _REST_KINDS for kind in rest) and "generic" in rest)):
            found.append(tuple(words[:size]))
    return found


def find_latin_leads(table: LatinLeads, text: str) -> Iterator[Candidate]:
    """Candidates where a whole run of capitalized Latin words in a Cyrillic text, beside a cue word, is a
    name's leading words."""
    if not table:
        return
    for run in _CAPITALIZED_RUN.finditer(text):
        entry = table.get(tuple(w.lower() for w in run.group().split(" ")))
        start, end = run.span()
        if entry is not None and in_other_script(text, start, end) and has_cue(text, start, end, entry.cues):
            yield Candidate(start, end, start, entry.org, entry.name, "name", entry)

"""Latin acronyms said as a word and written by ear in a Russian text: «в отчёте Энемо» for ENEMO
(:mod:`undesirable.names.spoken` gives the writings an acronym read as a word may have).

Every listed Latin acronym that can be said as a word is kept by each case form of each of its
spoken writings. A capitalized Cyrillic word of a text that is such a form is a candidate of kind
``phonetic``. It counts as a name written with a capital counts (the rule ``capitalized``) when the
dictionary does not know the word and the writing has :data:`MIN_BARE_LETTERS` letters at least;
else only with a cue word of the organization's or another mention of it nearby (the rule
``context``): a shorter writing, a word the dictionary knows («Руси» is of Русь, «Раса» a race), or
an acronym that is itself a word of the general vocabulary (RAND: «Айн Рэнд» is a writer).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from undesirable.model import Organization
from undesirable.names.lemma import lemmatize_token, morph_analyzer
from undesirable.names.spoken import case_forms, fold, spoken_forms
from undesirable.names.vocabulary import is_general_word
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.index import NameEntry
from undesirable.scanning.lists import AmbiguityRule
from undesirable.scanning.match import Candidate
from undesirable.scanning.written import is_written_name

CONFIDENCE_SPOKEN = 0.8
MIN_BARE_LETTERS = 5
"""A spoken writing shorter than this needs a cue even when the dictionary does not know it: short
writings are foreign people's names as often («Хури заявил», «Перк сказал»)."""

SpokenAcronyms = dict[str, list[NameEntry]]

_CYRILLIC_CAPITALIZED = re.compile(r"(?<![\w'’-])[А-ЯЁ][а-яёА-ЯЁ]{3,}(?![\w'’-])")


def build_spoken_acronyms(
    specs: Iterable[tuple[Organization, AliasSpec]], cues: dict[str, frozenset[str]]
) -> SpokenAcronyms:
    """The case forms of the spoken writings of every listed Latin acronym -> its entries."""
    table: SpokenAcronyms = {}
    for org, spec in specs:
        if not spec.acronym:
            continue
        acronym = spec.words[0]
        general = is_general_word(acronym.lower())
        for spoken in spoken_forms(acronym):
            rule: AmbiguityRule = "context" if general or len(spoken) < MIN_BARE_LETTERS else "capitalized"
            entry = NameEntry(org, acronym, 1, (), False, rule, cues.get(org.id, frozenset()), CONFIDENCE_SPOKEN)
            for form in case_forms(spoken):
                slot = table.setdefault(form, [])
                if all(e.org.id != org.id for e in slot):
                    slot.append(entry)
    return table


def find_spoken_acronyms(table: SpokenAcronyms, text: str) -> Iterator[Candidate]:
    """Candidates where a capitalized Cyrillic word is a listed acronym said as a word."""
    if not table:
        return
    for found in _CYRILLIC_CAPITALIZED.finditer(text):
        entries = table.get(fold(found.group()))
        if not entries:
            continue
        start, end = found.span()
        known = _is_known(found.group().lower())
        lemma = lemmatize_token(found.group().lower())
        for entry in entries:
            if is_written_name(entry.org, (lemma,)):
                continue  # «Сота» for SOTA: the entry's own Russian name, whose own rules apply
            entry = replace(entry, rule="context") if known else entry
            yield Candidate(start, end, start, entry.org, entry.name, "phonetic", entry)


@lru_cache(maxsize=4096)
def _is_known(word: str) -> bool:
    """Whether the dictionary knows a lower-case Russian word (an ordinary word, a person or a place)."""
    return any(parse.is_known for parse in morph_analyzer().parse(word.replace("ё", "е")))

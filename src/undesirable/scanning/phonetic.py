"""Names written by ear in the other script: «Хьюман Райтс Вотч» for Human Rights Watch.

Every name of two words or more (function words and legal forms aside) is also kept as the
sequence of its words' phonetic keys (:func:`undesirable.names.translit.phonetic_key`). A text is
searched for runs of capitalized words (function words may stand between them); each stretch of
two to :data:`MAX_NAME_WORDS` of their words whose phonetic keys are a name's is a candidate
mention. Dropping vowels also drops most Russian case endings («Фридом Хауса» = Freedom House).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from undesirable.model import Organization
from undesirable.names.normalize import analyze_word, normalize_name, tokenize_name
from undesirable.names.translit import phonetic_key, skeletonize_token
from undesirable.scanning.index import NameEntry
from undesirable.scanning.match import Candidate

MAX_NAME_WORDS = 6
MIN_SOUND = 6
"""A name's phonetic keys must have at least this many consonants together (short ones collide)."""
CONFIDENCE_PHONETIC = 0.8

_CAPITALIZED_RUN = re.compile(
    r"(?<![\w-])[A-ZА-ЯЁ][\w'’-]*(?:[ \t\u00a0]+(?:[a-zа-яё]{1,3}[ \t\u00a0]+)?[A-ZА-ЯЁ][\w'’-]*)+"
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

PhoneticTable = dict[tuple[str, ...], list[NameEntry]]


def build_phonetic_table(orgs: Sequence[Organization], cues: dict[str, frozenset[str]]) -> PhoneticTable:
    """Phonetic keys of every name of two words or more -> the names' entries."""
    table: PhoneticTable = {}
    for org in orgs:
        for name in org.all_names():
            sounds = _sounds([t.text for t in tokenize_name(name) if t.kind in ("word", "generic")])
            if len(sounds) >= 2 and sum(len(s) for s in sounds) >= MIN_SOUND:
                cue_words = cues.get(org.id, frozenset())
                entry = NameEntry(org, name, len(sounds), (), False, None, cue_words, CONFIDENCE_PHONETIC)
                slot = table.setdefault(sounds, [])
                if all(e.org.id != org.id for e in slot):
                    slot.append(entry)
    return table


def _sounds(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(phonetic_key(skeletonize_token(w)) for w in words)


def find_phonetic_candidates(table: PhoneticTable, text: str) -> Iterator[Candidate]:
    """Candidates where a run of capitalized words sounds like a name of the table."""
    if not table:
        return
    for run in _CAPITALIZED_RUN.finditer(text):
        words = [
            (m.start() + run.start(), m.end() + run.start(), m.group())
            for m in _WORD.finditer(run.group())
            if analyze_word(normalize_name(m.group()).replace(" ", "")).kind in ("word", "generic")
        ]
        sounds = _sounds([normalize_name(w).replace(" ", "") for _, _, w in words])
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + MAX_NAME_WORDS) + 1):
                for entry in table.get(tuple(sounds[i:j]), ()):
                    start, end = words[i][0], words[j - 1][1]
                    yield Candidate(start, end, start, entry.org, entry.name, "phonetic", entry)

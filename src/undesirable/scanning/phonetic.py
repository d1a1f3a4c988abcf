"""Names written by ear in the other script: «Хьюман Райтс Вотч» for Human Rights Watch.

Every name of two words or more (function words and legal forms aside) is also kept as the
sequences of phonetic keys its words may be heard as (:func:`undesirable.names.translit.phonetic_keys`:
``Without`` is also heard as «Визаут»). A text is searched for runs of capitalized words (function
words may stand between them); each stretch of two to :data:`MAX_NAME_WORDS` of their words whose
phonetic keys are a name's is a candidate mention, unless both are Cyrillic: a Russian name in
Russian is found by its forms («Свободной России» sounds like «За свободную Россию» but is not it).
Dropping vowels also drops most Russian case endings («Фридом Хауса» = Freedom House). A
one-word Latin name with a long sound is also looked for as a capitalized Latin word of no general
vocabulary (Compellson for Compelson: doubled letters and vowels do not count).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from undesirable.model import Organization
from undesirable.names.normalize import analyze_word, normalize_name, tokenize_name
from undesirable.names.translit import detect_script, phonetic_key, phonetic_keys, skeletonize_token
from undesirable.names.vocabulary import is_general_word
from undesirable.scanning.index import NameEntry
from undesirable.scanning.match import Candidate

MAX_NAME_WORDS = 6
MIN_SOUND = 6
"""A name's phonetic keys must have at least this many consonants together (short ones collide)."""
CONFIDENCE_PHONETIC = 0.8
MAX_HEARINGS = 8
"""Readings of one name kept at most (each word with an English ``th`` has two)."""
MIN_SINGLE_SOUND = 5
"""A one-word Latin name is also kept by sound when its key has this many consonants (Compelson)."""

_CAPITALIZED_RUN = re.compile(
    r"(?<![\w-])[A-ZА-ЯЁ][\w'’-]*(?:[ \t\u00a0]+(?:[a-zа-яё]{1,3}[ \t\u00a0]+)?[A-ZА-ЯЁ][\w'’-]*)+"
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_LATIN_CAPITALIZED = re.compile(r"(?<![\w'’-])[A-Z][a-z]{5,}(?![\w'’-])")

PhoneticTable = dict[tuple[str, ...], list[NameEntry]]


def build_phonetic_table(orgs: Sequence[Organization], cues: dict[str, frozenset[str]]) -> PhoneticTable:
    """Phonetic keys of every name of two words or more -> the names' entries."""
    table: PhoneticTable = {}
    for org in orgs:
        for name in org.all_names():
            words = [t.text for t in tokenize_name(name) if t.kind in ("word", "generic")]
            for sounds in itertools.islice(_heard_as(words), MAX_HEARINGS):
                if (len(sounds) >= 2 and sum(len(s) for s in sounds) >= MIN_SOUND) or _is_single_sound(words, sounds):
                    cue_words = cues.get(org.id, frozenset())
                    entry = NameEntry(org, name, len(sounds), (), False, None, cue_words, CONFIDENCE_PHONETIC)
                    slot = table.setdefault(sounds, [])
                    if all(e.org.id != org.id for e in slot):
                        slot.append(entry)
    return table


def _is_single_sound(words: Sequence[str], sounds: tuple[str, ...]) -> bool:
    """A one-word Latin name of no general vocabulary with a long sound (Compelson, Bellingcat)."""
    return (
        len(words) == 1
        and len(sounds[0]) >= MIN_SINGLE_SOUND
        and words[0].isascii()
        and words[0].isalpha()
        and not is_general_word(words[0])
    )


@lru_cache(maxsize=65_536)
def _single_sound(word: str) -> str | None:
    """The sound of one lower-case Latin word of a text, or None for a general word."""
    return None if is_general_word(word) else phonetic_key(skeletonize_token(word))


def _heard_as(words: Sequence[str]) -> Iterator[tuple[str, ...]]:
    """Every sequence of phonetic keys a name's words may be heard as (see
    :func:`undesirable.names.translit.phonetic_keys`), the plain reading first."""
    return itertools.product(*(phonetic_keys(skeletonize_token(w)) for w in words))


def _sounds(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(phonetic_key(skeletonize_token(w)) for w in words)


def find_phonetic_candidates(table: PhoneticTable, text: str) -> Iterator[Candidate]:
    """Candidates where a run of capitalized words sounds like a name of the table."""
    if not table:
        return
    for found in _LATIN_CAPITALIZED.finditer(text):
        word = found.group().lower()
        sound = _single_sound(word)
        for entry in table.get((sound,), ()) if sound else ():
            if all(t.text != word for t in tokenize_name(entry.name)):  # as written, its own rules apply
                yield Candidate(found.start(), found.end(), found.start(), entry.org, entry.name, "phonetic", entry)
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
                    if detect_script(text[start:end]) == detect_script(entry.name) == "cyrillic":
                        continue  # a Russian name in Russian is found by its forms, not by its sound
                    yield Candidate(start, end, start, entry.org, entry.name, "phonetic", entry)

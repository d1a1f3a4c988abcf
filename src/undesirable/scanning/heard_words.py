"""One-word Latin names heard by ear in a Russian text, in any case form: «По данным Джеймстауна»
for Jamestown (a short form of The Jamestown Foundation), «Беллингкэта» for Bellingcat.

Every one-word Latin name or short form of no general vocabulary whose sound
(:func:`undesirable.names.translit.phonetic_key`) has at least :data:`MIN_SOUND` consonants is
kept by that sound. A capitalized Cyrillic word of a text that the dictionary does not know
(neither as an ordinary word nor as a person's or place's name), whose sound or whose dictionary
form's sound («Джеймстауном»: «Джеймстаун») is such a name's, is a candidate of kind
``phonetic``. It counts as a name written with a capital counts (the rule ``capitalized`` of
:mod:`undesirable.scanning.ambiguity`: not right after another capitalized word), and a
person's name alone only beside a head word of its organization's names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from undesirable.model import Organization
from undesirable.names.lemma import lemmatize_token, morph_analyzer
from undesirable.names.translit import phonetic_key, skeletonize_token
from undesirable.names.vocabulary import is_general_word
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.index import NameEntry
from undesirable.scanning.match import Candidate
from undesirable.scanning.text import CLOSING_QUOTES, OPENING_QUOTES, word_before
from undesirable.scanning.written import is_written_name

MIN_SOUND = 5
"""Consonants a one-word name's sound must have (shorter sounds meet too many Russian words)."""
MIN_CUED_SOUND = 4
"""… or this many right after a cue word of its organization (сайт Декодер)."""
CUED = "+"
"""Starts the keys of the sounds found only after a cue word (no sound is written so)."""
SPELLED = "="
"""Starts the keys of the letters (the skeleton) of a one-word Latin name, found in quotes or after a
cue word even in a word the dictionary knows («Разом» for Razom)."""
MIN_SPELLED_LETTERS = 5
"""Letters a one-word Latin name has at least to be found by its letters in a quoted Cyrillic word."""
CONFIDENCE_HEARD = 0.8

HeardWords = dict[str, list[NameEntry]]

_CYRILLIC_CAPITALIZED = re.compile(r"[А-ЯЁ][а-яё]{4,}")
"""Searched without look-arounds (three times faster); the word's ends are checked after."""
_JOINING = frozenset("'’-")


def build_heard_words(specs: Iterable[tuple[Organization, AliasSpec]], cues: dict[str, frozenset[str]]) -> HeardWords:
    """The sound of every one-word Latin name or short form of no general vocabulary -> its entries."""
    table: HeardWords = {}
    for org, spec in specs:
        if spec.acronym or len(spec.words) != 1:
            continue
        word = spec.words[0]
        if not (word.isascii() and word.isalpha()) or is_general_word(word):
            continue
        sound = phonetic_key(skeletonize_token(word))
        keys = [SPELLED + skeletonize_token(word)] if len(word) >= MIN_SPELLED_LETTERS else []
        if len(sound) >= MIN_CUED_SOUND:
            keys.append(sound if len(sound) >= MIN_SOUND else CUED + sound)
        entry = NameEntry(
            org,
            spec.name,
            1,
            (),
            False,
            "capitalized",
            cues.get(org.id, frozenset()),
            CONFIDENCE_HEARD,
            needs_head=spec.needs_head,
        )
        for key in keys:
            slot = table.setdefault(key, [])
            if all(e.org.id != org.id for e in slot):
                slot.append(entry)
    return table


def find_heard_words(table: HeardWords, text: str) -> Iterator[Candidate]:
    """Candidates where a capitalized Cyrillic word sounds like a one-word Latin name."""
    if not table:
        return
    size = len(text)
    for found in _CYRILLIC_CAPITALIZED.finditer(text):
        start, end = found.span()
        if (start and (text[start - 1].isalnum() or text[start - 1] in _JOINING)) or (
            end < size and (text[end].isalnum() or text[end] in _JOINING)
        ):
            continue
        word = found.group().lower()
        sounds = _sounds(word)
        cue = _cue_before(text, start)
        quoted = start > 0 and end < size and text[start - 1] in OPENING_QUOTES and text[end] in CLOSING_QUOTES
        if quoted or cue:
            yield from _spelled(table, start, end, word, cue if not quoted else "")
        if not sounds and not cue:
            continue  # a word the dictionary knows: a name only right after a cue word
        for sound in sounds or _known_sounds(word):
            for key in (sound, CUED + sound):
                for entry in table.get(key, ()):
                    if (not sounds or key != sound) and cue not in entry.cues:
                        continue
                    if is_written_name(entry.org, (lemmatize_token(word),)):
                        continue  # «Риддл» for Riddle: the entry's own Russian name, whose own rules apply
                    yield Candidate(start, end, start, entry.org, entry.name, "phonetic", entry)


def _spelled(table: HeardWords, start: int, end: int, word: str, cue: str) -> Iterator[Candidate]:
    """Candidates of the one-word Latin names whose letters a quoted Cyrillic word (or one after a cue
    word ``cue`` of the name) has, in any case form («Разома»: razom), known to the dictionary or not."""
    for spelling in _spellings(word):
        for entry in table.get(SPELLED + spelling, ()):
            if (not cue or cue in entry.cues) and not is_written_name(entry.org, (lemmatize_token(word),)):
                yield Candidate(start, end, start, entry.org, entry.name, "phonetic", entry)


@lru_cache(maxsize=65_536)
def _spellings(word: str) -> tuple[str, ...]:
    """The letters (skeletons) of a lower-case Cyrillic word and of each dictionary form it may have."""
    forms = [word.replace("ё", "е"), *(p.normal_form.replace("ё", "е") for p in morph_analyzer().parse(word))]
    return tuple(dict.fromkeys(skeletonize_token(form) for form in forms))


def _cue_before(text: str, start: int) -> str:
    """The dictionary form of the word right before ``start`` (сайт of «сайт Декодер»), if any."""
    before = word_before(text, start, max_gap=1)
    return "" if before is None else lemmatize_token(text[before[0] : before[1]].lower())


@lru_cache(maxsize=65_536)
def _sounds(word: str) -> tuple[str, ...]:
    """The sounds of a lower-case Cyrillic word and of its dictionary form; none for a word the
    dictionary knows."""
    word = word.replace("ё", "е")
    if any(parse.is_known for parse in morph_analyzer().parse(word)):
        return ()  # an ordinary word, or a person or place the dictionary knows (Мартинес, not Martens)
    return tuple(dict.fromkeys(phonetic_key(skeletonize_token(w)) for w in (word, lemmatize_token(word))))


@lru_cache(maxsize=65_536)
def _known_sounds(word: str) -> tuple[str, ...]:
    """The sounds of a lower-case Cyrillic word the dictionary knows and of its dictionary form."""
    word = word.replace("ё", "е")
    return tuple(dict.fromkeys(phonetic_key(skeletonize_token(w)) for w in (word, lemmatize_token(word))))

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

A name written by ear in quotes or as one hyphenated word («Дойче Велле», «Калверт 22», Чатэм-Хаусе)
may sound shorter (:data:`MIN_QUOTED_SOUND`), and its trailing head words may be left out: the
quotes or the hyphen say that the whole of it is a name; a function word a hyphen joins is left out, as a name's
keys leave it out («Хромада-Я»). A one-word Latin name of no general vocabulary is looked for so too («Декодер»).

In a Latin name of two words or more, one word may also be misspelled in a capitalized Latin run (Reporters Whithout
Borders): see :mod:`undesirable.scanning.misspelled`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from undesirable.model import Organization
from undesirable.names.glued import hyphen_parts, written_apart
from undesirable.names.languages import Language, heard_spelling, name_language, russian_cognate
from undesirable.names.lemma import is_cyrillic_word, lemmatize_token
from undesirable.names.normalize import Token, analyze_word, normalize_name, tokenize_name
from undesirable.names.numbers import codes_said, digit_readings
from undesirable.names.translit import detect_script, phonetic_key, phonetic_keys, skeletonize_token
from undesirable.names.vocabulary import is_general_word
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.forms import is_ordinary_russian_word
from undesirable.scanning.index import NameEntry
from undesirable.scanning.match import Candidate
from undesirable.scanning.misspelled import misspelled_candidates, misspelled_keys
from undesirable.scanning.written import is_written_name, name_words

MAX_NAME_WORDS = 6
MIN_SOUND = 6
"""A name's phonetic keys must have at least this many consonants together (short ones collide)."""
CONFIDENCE_PHONETIC = 0.8
MAX_HEARINGS = 8
"""Readings of one name kept at most (each word with an English ``th`` has two)."""
MIN_SINGLE_SOUND = 5
"""A one-word Latin name is also kept by sound when its key has this many consonants (Compelson)."""
MIN_QUOTED_SOUND = 3
MIN_QUOTED_SINGLE_SOUND = 4
"""A one-word Latin name is looked for by ear in a whole quote when its key has this many consonants."""
QUOTED = "«"
"""Starts the keys of the names looked for as a whole quote or hyphenated word."""

MAX_LINK_LETTERS = 4
"""A word in lower case of at most this many letters between capitalized ones is a function word
(of, und, «унд», «фор»): a name's keys leave such words out."""
_CAPITALIZED_RUN = re.compile(
    r"(?<![\w-])[A-ZА-ЯЁ][\w'’-]*"
    rf"(?:,?[ \t\u00a0]+(?:[a-zа-яё]{{1,{MAX_LINK_LETTERS}}}[ \t\u00a0]+)?[A-ZА-ЯЁ][\w'’-]*)+"
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_LINK_WORD = re.compile(rf"(?<![\w'’-])[a-zß-ÿа-яё]{{1,{MAX_LINK_LETTERS}}}(?![\w'’-])")
_QUOTED_NAME = re.compile(r"[«„\"]([^«»„“”\"\n]{3,80})[»“”\"]")
_HYPHENATED = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][^\W\d_]+(?:-[^\W\d_]+){1,3}(?![\w-])")
_LATIN_CAPITALIZED = re.compile(r"(?<![\w'’-])[A-Z][a-z]{5,}(?![\w'’-])")

PhoneticTable = dict[tuple[str, ...], list[NameEntry]]


def build_phonetic_table(
    orgs: Sequence[Organization],
    cues: dict[str, frozenset[str]],
    short_forms: Iterable[tuple[Organization, AliasSpec]] = (),
) -> PhoneticTable:
    """Phonetic keys of every name of two words or more -> the names' entries (a glued name,
    ``ProtectDefenders``, also as written apart and with its digits read: K for Peace); and of the Latin
    short forms of two words or more (``short_forms``: «Ройял Юнайтед Сервисез Инститьют», RUSI's)."""
    table: PhoneticTable = {}
    for org in orgs:
        cue_words = cues.get(org.id, frozenset())
        for name in org.all_names():
            readings = (name, written_apart(name), *(read for read, _ in digit_readings(name)), *codes_said(name))
            for written in dict.fromkeys(readings):
                _add_name(table, org, name, written, cue_words)
    for org, spec in short_forms:
        words = [w for w in spec.words if _is_name_word(w)]
        if spec.acronym or len(words) < 2 or not spec.name.isascii():
            continue
        language = name_language(spec.name, org.country_code)
        cue_words = cues.get(org.id, frozenset())
        entry = NameEntry(org, spec.name, len(words), (), False, None, cue_words, CONFIDENCE_PHONETIC)
        entry = replace(entry, needs_head=spec.needs_head)
        for sounds in dict.fromkeys((_sounds(words), _sounds([heard_spelling(w, language) for w in words]))):
            if sum(len(s) for s in sounds) >= MIN_SOUND:
                _add(table, sounds, entry)
    return table


def _add_name(table: PhoneticTable, org: Organization, name: str, written: str, cue_words: frozenset[str]) -> None:
    capitalized = {w.lower() for w in _WORD.findall(written) if w[0].isupper()}
    named = [t for t in tokenize_name(written) if t.kind in ("word", "generic") or t.text in capitalized]
    tokens = [t for t in named if t.kind != "stop"]
    links = {w.lower() for w in _LINK_WORD.findall(written)}
    if len([t for t in tokens if t.text not in links]) >= 2:  # Reporters sans Frontières: a text leaves out «сан»
        tokens = [t for t in tokens if t.text not in links]
    language = name_language(name, org.country_code)
    readings = _readings([t.text for t in tokens], language)
    quoted = [(tokens, reading) for reading in readings]
    if len(named) > len(tokens) and len(named) > 1:  # «Мит Ост» for MitOst: a quote keeps a capitalized Mit
        quoted += [(named, reading) for reading in _readings([t.text for t in named], language)]
    for key in (key for found, reading in quoted for key in _quoted_keys(found, reading)):
        _add(table, key, NameEntry(org, name, len(key) - 1, (), False, None, frozenset(), CONFIDENCE_PHONETIC))
    words, heard, cognate, cognate_heard = (list(r) for r in _spellings([t.text for t in tokens], language))
    hearings = [*itertools.islice(_heard_as(words), MAX_HEARINGS), *map(_sounds, (heard, cognate, cognate_heard))]
    for sounds in dict.fromkeys(hearings):
        if (len(sounds) >= 2 and sum(len(s) for s in sounds) >= MIN_SOUND) or _is_single_sound(words, sounds):
            entry = NameEntry(org, name, len(sounds), (), False, None, cue_words, CONFIDENCE_PHONETIC)
            for key in (sounds, *misspelled_keys(written, words, sounds, _sounds(words))):
                _add(table, key, entry)
    start, end = _core(tokens)
    if 0 < end - start < len(tokens):  # «фонд Эриннерунг, Ферантвортунг унд Цукунфт»: beside a head word
        for sounds in dict.fromkeys(_sounds(reading[start:end]) for reading in readings):
            if len(sounds) >= 2 and sum(len(s) for s in sounds) >= MIN_SOUND:
                entry = NameEntry(org, name, len(sounds), (), False, None, cue_words, CONFIDENCE_PHONETIC)
                _add(table, sounds, replace(entry, needs_head=True))


def _spellings(words: list[str], language: Language | None) -> tuple[tuple[str, ...], ...]:
    """A name's words as written, heard (:func:`heard_spelling`), as their Russian cognates
    (Демократия for Demokracja, Democracy) and those heard."""
    cognate = [russian_cognate(w) for w in words]
    heard, cognate_heard = ([heard_spelling(w, language) for w in ws] for ws in (words, cognate))
    return tuple(words), tuple(heard), tuple(cognate), tuple(cognate_heard)


def _readings(words: list[str], language: Language | None) -> list[tuple[str, ...]]:
    """The distinct :func:`_spellings` of a name's words."""
    return list(dict.fromkeys(_spellings(words, language)))


def _core(tokens: Sequence[Token]) -> tuple[int, int]:
    """Where a name's words are, its leading and trailing head words (Stiftung, Foundation) aside."""
    start, end = 0, len(tokens)
    while start < end and tokens[start].kind == "generic":
        start += 1
    while end > start and tokens[end - 1].kind == "generic":
        end -= 1
    return start, end


def _add(table: PhoneticTable, key: tuple[str, ...], entry: NameEntry) -> None:
    slot = table.setdefault(key, [])
    script = detect_script(entry.name)  # one per script: Razom for Ukraine sounds like «Разом для Украины»
    for k, other in enumerate(slot):
        if other.org.id == entry.org.id and detect_script(other.name) == script:
            if other.needs_head and not entry.needs_head:
                slot[k] = entry  # a name of its own needs no head word beside it
            return
    slot.append(entry)


def _quoted_keys(tokens: Sequence[Token], texts: Sequence[str]) -> list[tuple[str, ...]]:
    """Keys of a name as a whole quote (``texts``: its words as heard): its sounds, and without its
    trailing head words."""
    forms = [list(texts)]
    end = len(tokens)
    while end > 0 and tokens[end - 1].kind == "generic":
        end -= 1
    if 0 < end < len(tokens):
        forms.append(list(texts[:end]))
    keys = []
    for form in forms:
        sounds = _sounds(form)
        if len(sounds) >= 2 and sum(len(x) for x in sounds) >= MIN_QUOTED_SOUND:
            keys.append((QUOTED, *sounds))
    if len(texts) == 1 and _is_single_sound(texts, _sounds(texts), MIN_QUOTED_SINGLE_SOUND):
        keys.append((QUOTED, *_sounds(texts)))  # «Декодер», «Юнкремлин»: one Latin word heard in quotes
    return keys


def _is_single_sound(words: Sequence[str], sounds: tuple[str, ...], least: int = MIN_SINGLE_SOUND) -> bool:
    """A one-word Latin name of no general vocabulary with a long sound (Compelson, Bellingcat)."""
    return (
        len(words) == 1
        and len(sounds[0]) >= least
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
    yield from _quoted_candidates(table, text)
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
            if m.group()[0].isupper() and _is_name_word(m.group())
        ]
        texts = [normalize_name(w).replace(" ", "") for _, _, w in words]
        sounds = _sounds(texts)
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + MAX_NAME_WORDS) + 1):
                start, end = words[i][0], words[j - 1][1]
                for entry in table.get(tuple(sounds[i:j]), ()):
                    if _is_heard(entry, text[start:end], tuple(texts[i:j])):
                        yield Candidate(start, end, start, entry.org, entry.name, "phonetic", entry)
                if text[start:end].isascii() and "," not in text[start:end]:
                    yield from misspelled_candidates(table, texts[i:j], sounds[i:j], start, end)


def _is_heard(entry: NameEntry, span: str, words: tuple[str, ...]) -> bool:
    """Whether a run of capitalized words that sounds like a name is that name heard by ear: not
    a Russian name in Russian (found by its forms), not Russian words only, not one of the
    organization's names or a short form as written (its own rules apply), and across a comma
    only when the name has one («Meduza, Proekt» is two names)."""
    script, name_script = detect_script(span), detect_script(entry.name)
    if script == name_script == "cyrillic" or ("," in span and "," not in entry.name):
        return False
    if script == "cyrillic" and all(is_ordinary_russian_word(w) for w in words):
        return False  # Russian words («Свободы Информации»), no foreign name heard by ear
    part = entry.needs_head or entry.size != len(name_words(entry.name))  # a short form
    return not is_written_name(entry.org, words) and not (part and script == name_script)


def _is_name_word(word: str) -> bool:
    return analyze_word(normalize_name(word).replace(" ", "")).kind in ("word", "generic")


def _quoted_candidates(table: PhoneticTable, text: str) -> Iterator[Candidate]:
    """Candidates where a whole quote or hyphenated word sounds like a name (see the docstring)."""
    spans = [(m.start(1), m.end(1)) for m in _QUOTED_NAME.finditer(text)]
    spans += [(m.start(), m.end()) for m in _HYPHENATED.finditer(text)]
    for start, end in spans:
        written = [part for w in re.split(r"[\s,]+", text[start:end]) for part in hyphen_parts(w)]
        if len(written) > 2:  # function words in lower case, as heard («унд»), as in the name's keys
            written = [w for w in written if w[0].isupper() or len(w) > MAX_LINK_LETTERS]
        words = [normalize_name(w).replace(" ", "") for w in written]
        readings = [words]
        if len(words) == 1 and is_cyrillic_word(words[0]):
            readings.append([lemmatize_token(words[0])])  # «Корректива»: a case ending on the name
        if "-" in text[start:end]:  # «Артек Три-Ди»: a hyphenated word may be one word of the name
            readings.append([normalize_name(w).replace(" ", "") for w in re.split(r"[\s,]+", text[start:end]) if w])
        keys = dict.fromkeys((QUOTED, *_sounds(reading)) for reading in readings if reading)
        for entry in (e for key in keys for e in table.get(key, ())):
            as_written = any(is_written_name(entry.org, reading) for reading in readings)  # its own rules apply
            if not as_written and not detect_script(text[start:end]) == detect_script(entry.name) == "cyrillic":
                yield Candidate(start, end, start, entry.org, entry.name, "phonetic", entry)

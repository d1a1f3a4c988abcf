"""Choose the primary Russian and Latin names among the fragments of one raw register name.

The first name of a script is primary; names outside brackets come first. Ukrainian and
Belarusian names are not Russian. A Latin name that spells a Russian name of the same entry
(``Otkrytaya Rossia`` beside ``Открытая Россия``) is not chosen as the Latin primary while
another Latin name exists. That check spells the Russian name with this module's own small
table (``щ`` -> ``sch``, other Cyrillic letters kept), not with :mod:`undesirable.names.translit`,
whose ``shch`` would move the similarity of some pairs across ``TRANSLIT_MIN_SIMILARITY``.
"""

from __future__ import annotations

import itertools

from rapidfuzz import fuzz

from undesirable.names.fragments import WORDS, Fragment, detect_majority_script, is_non_russian
from undesirable.names.lemma import morph_analyzer
from undesirable.names.name_parts import prefer_english

TRANSLIT_MIN_SIMILARITY = 80.0
MAX_TRANSLIT_CHECKS = 200
MIN_CHECKED_WORD_LETTERS = 3  # shorter words are not looked up in the Russian dictionary

_CYR_TO_LAT = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)),
        **{"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch"},
        **{"ъ": "", "ь": "", "ю": "yu", "я": "ya"},
    }
)


def choose_primaries(names: list[Fragment], reasons: list[str]) -> tuple[str | None, str | None]:
    """Return the primary Russian and Latin names (None where there is none), adding reasons."""
    russian = [f for f in names if detect_majority_script(f.text) == "cyrillic" and not is_non_russian(f.text)]
    latin = [f for f in names if detect_majority_script(f.text) == "latin"]
    if latin and russian and len(latin) > 1:
        translits = _find_transliterations(latin, russian)
        latin = [f for f in latin if f not in translits] or latin
    english = prefer_english([f.text for f in latin])
    if english:
        latin.insert(0, latin.pop(english))  # the English one of two Latin-script names
    for label, candidates in (("Cyrillic", russian), ("Latin", latin)):
        if sum(f.level == 0 for f in candidates) > 1:
            reasons.append(f"several {label} names, primary chosen by position")
    if not russian:
        if any(detect_majority_script(f.text) == "cyrillic" for f in names):
            reasons.append("no Russian name, only Ukrainian or Belarusian")
        else:
            reasons.append("no Cyrillic name")
    if not latin:
        reasons.append("no Latin name")
    return (russian[0].text if russian else None), (latin[0].text if latin else None)


def _find_transliterations(latin: list[Fragment], russian: list[Fragment]) -> set[Fragment]:
    """Latin names that spell a Russian name of the same entry (``Otkrytaya Rossia``)."""
    found: set[Fragment] = set()
    for lat, cyr in itertools.islice(itertools.product(latin, russian), MAX_TRANSLIT_CHECKS):
        spelled = cyr.text.casefold().translate(_CYR_TO_LAT)
        similar = fuzz.ratio(spelled, lat.text.casefold()) >= TRANSLIT_MIN_SIMILARITY
        if similar and _is_russian_phrase(cyr.text):
            found.add(lat)
    return found


def _is_russian_phrase(text: str) -> bool:
    words = [w.casefold() for w in WORDS.findall(text) if len(w) >= MIN_CHECKED_WORD_LETTERS]
    morph = morph_analyzer()
    return bool(words) and all(morph.word_is_known(w) for w in words)

"""Generic words heard by ear: an English word for a kind of organization written in Cyrillic.

People write English names in Cyrillic as they hear them (Интернешнл Индиджинес Фанд, Джеймстаун
Фаундейшн), and the words for kinds of organizations among them (Fund, Foundation, Institute,
Center) are generic there as in English: they weigh little and meet every word of their group. A
Cyrillic word the Russian dictionary does not know that sounds like (same
:func:`~undesirable.names.translit.phonetic_key`) a Latin word of one generic group of
``data/weak_words.json``, and of no other, belongs to that group; so does one that sounds like its
English plural (Фаундейшнз, Инститьютс: Foundations, Institutes). The sounds are derived from the word
lists, so a word added there is heard too.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from rapidfuzz.distance import Levenshtein

from undesirable.names.clean import normalize_name
from undesirable.names.lemma import morph_analyzer
from undesirable.names.translit import is_cyrillic_char, phonetic_key, skeletonize_token

MIN_SOUND = 3
"""Sounds of fewer consonants are too common to tell a generic word."""
MIN_WORD = 4
"""Shorter Latin words (``int``, ``ev``) are abbreviations, not heard."""
MAX_LENGTH_GAP = 2
"""A word heard differs in length from the generic word by at most this many letters."""
HEARD_SIMILARITY = 0.55
"""How alike (normalized letter edits of the skeletons) a word heard and the generic word it sounds
like are at least: a sound drops the vowels, so words of other meanings share one («инишиэтив»,
initiative, sounds as institute does: 0.33; «джастис», justice, as the plural of istituto: 0.22),
while a generic word heard keeps most of its letters (фанд / fund 0.75, фаундейшн / foundation 0.6,
инститьютс / institutes 0.6, каунсилз / councils 0.75)."""


_PLURAL_ENDS = {"тс": ("c", "t"), "с": ("s", ""), "з": ("z", "")}
"""How a Cyrillic word ends when it writes an English plural by ear, how its skeleton ends then
(-тс is the skeleton's ``c``), and what the singular's skeleton ends in instead."""


def heard_generic_group(word: str, key: str, prefix: str) -> str | None:
    """The group key (``prefix`` + meaning) of a Cyrillic ``word`` (skeleton ``key``) heard as a
    generic word (``фанд``: ``#foundation``), or None. Cheap for most words: a dictionary lookup
    of the sound first, the Russian dictionary only for a word that sounds like one and is about
    as long and alike in its letters (``ээсти`` is no ``institute``, nor ``инишиэтив``: see
    :data:`HEARD_SIMILARITY`)."""
    if not word or not is_cyrillic_char(word[0]):
        return None
    sounds = _sounds()
    found = sounds.get(phonetic_key(key))
    ending = next((end for end in _PLURAL_ENDS if word.endswith(end)), None)
    if found is None and ending is not None and key[-1:] == _PLURAL_ENDS[ending][0]:  # фаундейшнз: the English plural
        key = key[:-1] + _PLURAL_ENDS[ending][1]
        found = sounds.get(phonetic_key(key))
    if found is None or not any(
        abs(len(key) - len(heard)) <= MAX_LENGTH_GAP
        and Levenshtein.normalized_similarity(key, heard) >= HEARD_SIMILARITY
        for heard in found[1]
    ):
        return None
    if morph_analyzer().word_is_known(word):
        return None
    return prefix + found[0].replace(" ", "_")


@cache
def _sounds() -> dict[str, tuple[str, frozenset[str]]]:
    """Sound of every Latin generic word -> the meaning of its group and its words' skeletons;
    sounds of two groups left out."""
    weak = json.loads(files("undesirable.data").joinpath("weak_words.json").read_text("utf-8"))
    found: dict[str, dict[str, set[str]]] = {}
    for meaning, members in weak["generic"].items():
        for member in members:
            for part in normalize_name(member).split():
                if not part.isascii() or len(part) < MIN_WORD:
                    continue
                skeleton = skeletonize_token(part)
                sound = phonetic_key(skeleton)
                if len(sound) >= MIN_SOUND:
                    found.setdefault(sound, {}).setdefault(meaning, set()).add(skeleton)
    return {
        sound: (meaning, frozenset(skeletons))
        for sound, groups in found.items()
        if len(groups) == 1
        for meaning, skeletons in groups.items()
    }

"""A Russian name in the English order, its proper word first («Барс колледж» for Bars College), is
also written in the Russian order: its kind word first, in any case, and the proper word after it
in apposition, capitalized and as the name writes it («Колледж Барс», «в колледже Барс»).

Only a name of two words whose second is a Russian noun of an organization's kind that takes case
endings (колледж, фонд, университет) and whose first is the name's Latin word heard by ear (its sound,
:func:`undesirable.names.translit.phonetic_key`, that of the first word of a Latin name of the
organization with a kind word after it), of :data:`MIN_SOUND` consonants at least. The proper word
may be an ordinary word («барс»): written with a capital and not inflected after an inflected kind
word, it is a name set in apposition, not a word of the phrase («колледж барсов»).
"""

from __future__ import annotations

from collections.abc import Sequence

from undesirable.model import Organization
from undesirable.names.lemma import is_adjective, is_cyrillic_word, morph_analyzer
from undesirable.names.normalize import analyze_word
from undesirable.names.translit import phonetic_key, skeletonize_token
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.text import WORD

MIN_SOUND = 3
"""Consonants the proper word's sound must have (a shorter one, «Вот» of WOT, meets ordinary words)."""


def apposed_specs(names: Sequence[tuple[Organization, AliasSpec]]) -> list[tuple[Organization, AliasSpec]]:
    """The Russian order (:func:`apposed_order`) of every name of ``names`` that has one."""
    found = [(org, apposed_order(spec, tuple(org.all_names()))) for org, spec in names]
    return [(org, spec) for org, spec in found if spec is not None]


def apposed_order(spec: AliasSpec, names: tuple[str, ...]) -> AliasSpec | None:
    """«колледж барс» for the name «Барс колледж» when one of ``names`` (the organization's) is
    "Bars College"; None when the name is no proper word and kind word (see the module docstring)."""
    words = spec.words
    if spec.acronym or spec.derived or spec.reordered or len(words) != 2 or not all(map(is_cyrillic_word, words)):
        return None
    proper, kind = words
    if analyze_word(kind).kind != "generic" or not _is_declined_noun(kind) or is_adjective(proper):
        return None
    sound = phonetic_key(skeletonize_token(proper))
    if len(sound) < MIN_SOUND or not any(_heard_first(name, sound) for name in names):
        return None
    return AliasSpec(spec.name, (kind, proper), (frozenset(),), reordered=True, apposed=True)


def _is_declined_noun(word: str) -> bool:
    """Whether a Russian word's likeliest reading is a noun the dictionary knows that takes case endings
    (колледж, not интернешнл or тв): the kind word of the Russian order is the one that inflects."""
    parse = morph_analyzer().parse(word)[0]
    return parse.is_known and parse.tag.POS == "NOUN" and "Fixd" not in parse.tag


def _heard_first(name: str, sound: str) -> bool:
    """Whether ``name`` is Latin, its first word sounding ``sound`` and a kind word after it."""
    words = [w.lower() for w in WORD.findall(name)]
    return (
        name.isascii()
        and len(words) > 1
        and phonetic_key(skeletonize_token(words[0])) == sound
        and analyze_word(words[1]).kind == "generic"
    )


def written_apposed(text: str, start: int, end: int, name: str) -> bool:
    """Whether the last word of ``text[start:end]`` is the proper word of ``name`` (its first) as the
    name writes it, capitalized."""
    words = WORD.findall(text, start, end)
    proper = WORD.findall(name)[:1]
    return bool(words and proper) and words[-1][0].isupper() and _plain(words[-1]) == _plain(proper[0])


def _plain(word: str) -> str:
    return word.lower().replace("ё", "е")

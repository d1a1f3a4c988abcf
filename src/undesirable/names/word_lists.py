"""The packaged word lists of names, analysed once: stop words, generic words and cross-language
synonyms with their group keys, and the legal forms by their first and last words
(``weak_words.json``, ``legal_forms.json``). :mod:`undesirable.names.normalize` reads names with them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from undesirable.names.clean import normalize_name
from undesirable.names.lemma import lemmatize_token
from undesirable.names.translit import skeletonize_token, strip_marks

GENERIC_KEY_PREFIX = "#"
"""Keys of generic words start with this, so they never equal the key of an ordinary word."""

MIN_PLURAL_LENGTH = 5
"""A Latin word at least this long ending in ``s`` is also looked up without it (Foundations)."""


@dataclass(frozen=True)
class LegalForm:
    words: tuple[str, ...]
    display: str
    anywhere: bool


@dataclass(frozen=True)
class WordLists:
    stop_keys: frozenset[str]
    generic_keys: dict[str, str]
    synonym_keys: dict[str, str]
    legal_by_first: dict[str, tuple[LegalForm, ...]]
    legal_by_last: dict[str, tuple[LegalForm, ...]]
    words: frozenset[str] = frozenset()


def legal_fold(word: str) -> str:
    """A legal-form word as compared: a Cyrillic form heard by ear writes э or е alike
    (``корпорэйшн``, ``корпорейшн``)."""
    return word.replace("э", "е")


def lookup_listed(table: dict[str, str], key: str) -> str | None:
    found = table.get(key)
    if found is None and len(key) >= MIN_PLURAL_LENGTH and key.endswith("s"):
        found = table.get(key[:-1])
    return found


def _word_key(word: str) -> str:
    return skeletonize_token(lemmatize_token(word))


@cache
def word_lists() -> WordLists:
    """The analysed word lists (stop words, generic words, legal forms), computed once per process
    from the packaged data files: nothing outside this module sets them."""
    return _analyse_vocabulary()


def _analyse_vocabulary() -> WordLists:
    data = files("undesirable.data")
    weak = json.loads(data.joinpath("weak_words.json").read_text("utf-8"))
    stop_keys = frozenset(_word_key(w) for s in weak["stopwords"] for w in normalize_name(s).split())
    generic_keys = _group_keys(weak["generic"], GENERIC_KEY_PREFIX)
    synonym_keys = _group_keys(weak["synonyms"], "")
    legal = json.loads(data.joinpath("legal_forms.json").read_text("utf-8"))
    by_first: dict[str, list[LegalForm]] = {}
    for form in legal["forms"]:
        # a form is also written without its diacritics (MTU for MTÜ)
        for alias in dict.fromkeys([*form["aliases"], *(strip_marks(a) for a in form["aliases"])]):
            words = tuple(legal_fold(lemmatize_token(w)) for w in normalize_name(alias).split())
            if words:
                entry = LegalForm(words, form["display"], bool(form["anywhere"]))
                by_first.setdefault(words[0], []).append(entry)
    by_last: dict[str, list[LegalForm]] = {}
    for entries in by_first.values():
        for entry in entries:
            by_last.setdefault(entry.words[-1], []).append(entry)
    listed: set[str] = {w for s in weak["stopwords"] for w in normalize_name(s).split()}
    for table in (weak["generic"], weak["synonyms"]):
        listed |= {w for members in table.values() for m in members for w in normalize_name(m).split()}
    listed |= {w for form in legal["forms"] for alias in form["aliases"] for w in normalize_name(alias).split()}
    return WordLists(
        stop_keys, generic_keys, synonym_keys, _longest_first(by_first), _longest_first(by_last), frozenset(listed)
    )


def _longest_first(table: dict[str, list[LegalForm]]) -> dict[str, tuple[LegalForm, ...]]:
    return {word: tuple(sorted(forms, key=lambda f: -len(f.words))) for word, forms in table.items()}


def _group_keys(groups: dict[str, list[str]], prefix: str) -> dict[str, str]:
    """Key of every word of every group -> the group's key (its meaning, with ``prefix``)."""
    keys: dict[str, str] = {}
    for meaning, words in groups.items():
        group_key = prefix + (_word_key(meaning) if not prefix else meaning.replace(" ", "_"))
        for word in words:
            for part in normalize_name(word).split():
                keys[_word_key(part)] = group_key
    return keys

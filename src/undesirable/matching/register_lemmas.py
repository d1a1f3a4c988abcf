"""A query word's dictionary form chosen among its equally likely readings by the register.

A Russian word in an oblique case may be read as several words alike («родников»: the short
adjective «родниковый» or the noun «родник», in the plural genitive), and the likeliest reading is
taken first. When that reading's dictionary form is no word of the register but another reading as
likely is (the noun «родник» of «Родники дракона»), the query's word takes that one: the name it
inflects is the register's («Родников дракона» for «Буддистское сообщество «Родники дракона»»).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from undesirable.names.lemma import is_cyrillic_word, readings
from undesirable.names.normalize import Token, analyze_word

if TYPE_CHECKING:
    from undesirable.matching.index import MatchIndex


def with_register_lemmas(index: MatchIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with the dictionary form of each Russian word that is no register key replaced by
    that of an equally likely reading that is one (see the module docstring)."""
    postings = index.postings
    out = []
    for token in tokens:
        if token.kind == "word" and token.lemma_key not in postings and is_cyrillic_word(token.text):
            lemma = _other_lemma(token.text, token.lemma, postings.__contains__)
            token = analyze_word_with_lemma(token, lemma) if lemma else token
        out.append(token)
    return out


def _other_lemma(word: str, lemma: str, known: Callable[[str], bool]) -> str:
    """The dictionary form of a reading of ``word`` as likely as the likeliest whose key is a register key."""
    parses = readings(word)  # the parse its lemma was taken from
    top = parses[0].score if parses else 0.0
    for parse in parses:
        form: str = parse.normal_form.replace("ё", "е")
        if parse.score >= top and form != lemma and known(_key(form)):
            return form
    return ""


@lru_cache(maxsize=8192)
def _key(word: str) -> str:
    return analyze_word(word).key


def analyze_word_with_lemma(token: Token, lemma: str) -> Token:
    """``token`` with ``lemma`` as its dictionary form (its key as the key of its lemma)."""
    found = analyze_word(lemma)
    return Token(token.text, lemma, token.key, found.key, token.kind, token.legal_form)

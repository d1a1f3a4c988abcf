"""Every inflected form of the words of the register's names, so a text is searched without parsing it.

A name word like ``Медуза`` is expanded once, when the index is built, into all forms of its
paradigm (``медузы``, ``медузе``, ``медузой``…; pymorphy3 predicts a paradigm for words it does not
know, like ``Беллона``). A text word is then looked up, not analyzed. Words of other scripts stand
for themselves. Lemmas for the words of a text that are not among these forms come from
:func:`undesirable.names.lemma.lemmatize_token`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from undesirable.names.lemma import is_cyrillic_word, morph_analyzer

MIN_INFLECTED_LENGTH = 3
"""Shorter Russian words (prepositions, acronym letters) are not expanded."""

PROPER_NOUN_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Orgn", "Trad"})
"""pymorphy3 marks for names of people and organizations: such words are not ordinary words."""


def _analyzer() -> Any:
    return morph_analyzer()


@lru_cache(maxsize=8192)
def inflect_word(word: str) -> frozenset[str]:
    """All forms of a lower-case word: itself and, for a Russian word, every form of each paradigm
    pymorphy3 gives it, ``ё`` written ``е``.

    >>> sorted(inflect_word("медуза"))[:3]
    ['медуз', 'медуза', 'медузам']
    """
    forms = {word}
    if len(word) < MIN_INFLECTED_LENGTH or not is_cyrillic_word(word):
        return frozenset(forms)
    for parse in _analyzer().parse(word):
        forms.update(form.word.replace("ё", "е") for form in parse.lexeme)
    return frozenset(forms)


@lru_cache(maxsize=8192)
def is_dictionary_word(word: str) -> bool:
    """True for a lower-case Russian word the dictionary knows as an ordinary word (``дождь``,
    ``проект``), not for guessed words (``беллона``) or names of people."""
    if len(word) < MIN_INFLECTED_LENGTH or not is_cyrillic_word(word):
        return False
    parses = _analyzer().parse(word)
    return any(p.is_known and not (PROPER_NOUN_GRAMMEMES & set(p.tag.grammemes)) for p in parses)

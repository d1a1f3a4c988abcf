"""The leading words of a long Russian name as a text writes them: «Пражский центр провёл
семинар», «гранты Тихоокеанского центра» (the rule of :mod:`undesirable.names.leading_words`,
shared with the screener).

Such a lead is two ordinary words that only one organization's names use. A text that writes it
as a name (with a capital, or in quotes: the rule ``capitalized``) names the organization, unless
it goes on with words of another name: a word in the genitive that is not the name's own next
word («Пражский центр развития», «Японское агентство аэрокосмических исследований»), or the
name's own next preposition with another complement («Калифорнийский университет в
Лос-Анджелесе» is not the one in Berkeley). The name written whole is the name itself.
"""

from __future__ import annotations

from collections.abc import Callable

from undesirable.names.leading_words import MIN_NAME_WORDS, telling_lead
from undesirable.names.lemma import is_cyrillic_word, lemmatize_token, morph_analyzer
from undesirable.names.normalize import analyze_word
from undesirable.names.vocabulary import WordClass
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.text import WORD, lower_text, word_after

LEAD_WORDS = 2
_GENITIVE_KINDS = frozenset({"NOUN", "ADJF", "PRTF"})


def lead_of(spec: AliasSpec, classify: Callable[[str], WordClass], owners: dict[str, set[str]]) -> list[AliasSpec]:
    """The telling lead of one of an organization's names, as a short form, or none; ``owners``:
    the organizations whose names hold each lemma."""
    words = spec.words
    if spec.acronym or spec.derived or len(words) < MIN_NAME_WORDS or not is_cyrillic_word(words[0]):
        return []
    kinds = [analyze_word(w).kind for w in words]
    if "legal_form" in kinds:
        return []
    counts = [len(owners.get(lemmatize_token(w), ())) for w in words[:LEAD_WORDS]]
    if not telling_lead(words, kinds, [classify(w) for w in words], counts):
        return []
    return [AliasSpec(spec.name, words[:LEAD_WORDS], spec.gaps[: LEAD_WORDS - 1], derived=True, lead=True)]


def goes_on(text: str, end: int, name: str) -> bool:
    """Whether a lead of ``name`` that ends at ``end`` goes on with words of another name (see the
    module docstring)."""
    after = word_after(text, end, max_gap=1)
    if after is None:
        return False
    word = text[after[0] : after[1]]
    rest = WORD.findall(lower_text(name))[LEAD_WORDS:]
    own = rest[0] if rest else ""
    if word[0].isupper() or not is_cyrillic_word(word.lower()):
        return False
    if lemmatize_token(word.lower()) == lemmatize_token(own):
        if analyze_word(own).kind != "stop" or len(rest) < LEAD_WORDS:
            return False  # the name's own next word
        following = word_after(text, after[1], max_gap=1)
        next_word = text[following[0] : following[1]].lower() if following else ""
        return lemmatize_token(next_word) != lemmatize_token(rest[1])
    return analyze_word(word.lower()).kind != "stop" and _may_be_genitive(word.lower())


def _may_be_genitive(word: str) -> bool:
    return any(p.tag.POS in _GENITIVE_KINDS and "gent" in p.tag for p in morph_analyzer().parse(word)[:3])

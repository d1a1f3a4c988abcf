"""The leading words of a long Russian name as a text writes them: «Пражский центр провёл
семинар», «гранты Тихоокеанского центра» (the rule of :mod:`undesirable.names.leading_words`,
shared with the screener).

Such a lead is two ordinary words that only one organization's names use. A text that writes it
as a name (with a capital, or in quotes: the rule ``capitalized``) names the organization, unless
it goes on with words of another name: a word in the genitive that is not the name's own next
word («Пражский центр развития», «Японское агентство аэрокосмических исследований»), or the
name's own next preposition with another complement («Калифорнийский университет в
Лос-Анджелесе» is not the one in Berkeley). The name written whole is the name itself.

A name that starts with the adjective of its organization's own country (an adjective whose first
:data:`MIN_COUNTRY_STEM` letters begin one of the country's one-word names: «Норвежский» of
Норвегия, "Norwegian" of Norway, «Нидерландский» of Нидерланды) is also written without it, when
what remains has a distinctive word of the organization («Баренцев секретариат», "the Barents
Secretariat": :func:`after_own_country`); not right after another capitalized adjective, which names
another country's namesake («Болгарский Хельсинкский комитет»: :func:`after_other_adjective`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from undesirable.model import Organization
from undesirable.names.countries import country_spellings
from undesirable.names.leading_words import MIN_NAME_WORDS, telling_lead
from undesirable.names.lemma import is_adjective, is_cyrillic_word, lemmatize_token, morph_analyzer
from undesirable.names.normalize import analyze_word
from undesirable.names.vocabulary import WordClass
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.text import WORD, lower_text, word_after, word_before

if TYPE_CHECKING:
    from undesirable.scanning.index import NameEntry

LEAD_WORDS = 2
MIN_COUNTRY_STEM = 3
"""Letters an adjective of a country shares with the start of the country's name (нор-вежский,
нор-вегия; fin-nish, fin-land; not Danish, Dutch: those names are not shortened)."""
_LATIN_ADJECTIVE_ENDINGS = ("ian", "ish", "ese", "ic", "an")
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


def after_own_country(spec: AliasSpec, org: Organization, classify: Callable[[str], WordClass]) -> list[AliasSpec]:
    """``spec`` without the adjective of the organization's country it starts with, as a short
    form, when the rest has a distinctive word (see the module docstring); else none."""
    words = spec.words[1:] if spec.words[:1] == ("the",) else spec.words
    if spec.acronym or len(words) < LEAD_WORDS + 1 or not org.country_code:
        return []
    if f"{words[0]}-" in lower_text(spec.name) or not _own_country_adjective(words[0], org.country_code):
        return []  # «Американо-российский», German-Russian: a compound, not the country's adjective
    rest = words[1:]
    if not any(classify(w) == "distinctive" for w in rest):
        return []
    return [AliasSpec(spec.name, rest, spec.gaps[len(spec.words) - len(rest) :], derived=True)]


def after_other_adjective(text: str, start: int, entry: NameEntry) -> bool:
    """Whether a short form at ``start``, of a name that starts with its country's adjective, comes
    right after another capitalized adjective («Болгарский Хельсинкский комитет»)."""
    country = entry.org.country_code
    first = WORD.findall(lower_text(entry.name))[:2]
    first = first[1:] if first[:1] == ["the"] else first[:1]
    if not country or not first or not _own_country_adjective(first[0], country):
        return False
    before = word_before(text, start, max_gap=1)
    if before is None:
        return False
    word = text[before[0] : before[1]]
    low = lower_text(word)
    return word[:1].isupper() and _adjective_like(low) and lemmatize_token(low) != lemmatize_token(first[0])


@lru_cache(maxsize=4096)
def _own_country_adjective(word: str, country: str) -> bool:
    if not _adjective_like(word):
        return False
    stem = word[:MIN_COUNTRY_STEM]
    names = [n for n in country_spellings(country) if " " not in n]  # Норвегия; not «Королевство ...»
    return word not in names and len(stem) == MIN_COUNTRY_STEM and any(n.startswith(stem) for n in names)


def _adjective_like(word: str) -> bool:
    if is_cyrillic_word(word):
        return is_adjective(word)
    return word.isascii() and word.endswith(_LATIN_ADJECTIVE_ENDINGS)


def after_own_kind_adjective(text: str, start: int, name: str) -> bool:
    """Whether a kind word and quoted name at ``start`` (:func:`undesirable.scanning.aliases.headed_core`)
    stand right after an adjective that is no word of the register ``name``: another organization's
    kind word and name («Реабилитационный центр «Прометей»»)."""
    before = word_before(text, start, max_gap=1)
    if before is None:
        return False
    low = lower_text(text[before[0] : before[1]])
    own = {lemmatize_token(w) for w in WORD.findall(lower_text(name))}
    return is_cyrillic_word(low) and is_adjective(low) and lemmatize_token(low) not in own

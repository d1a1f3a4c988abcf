"""How a text must mark a name of ordinary words for it to count (the rules of
:mod:`undesirable.scanning.ambiguity`), when ``data/ambiguous_aliases.json`` does not say: derived
from the name's words, so that names added tomorrow get one too."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from undesirable.model import Organization
from undesirable.names.lemma import is_adjective, is_cyrillic_word, lemmatize_token, morph_analyzer
from undesirable.names.normalize import analyze_word, tokenize_name
from undesirable.names.proper_words import adjective_stem, distinctive_words, is_known_place
from undesirable.names.translit import phonetic_key, skeletonize_token
from undesirable.names.vocabulary import is_general_word
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.ambiguity import MIN_PHRASE_WORD, is_title_cased, is_utterance_word
from undesirable.scanning.forms import is_dictionary_word
from undesirable.scanning.lists import AmbiguityRule, load_scan_lists
from undesirable.scanning.people_orders import writes_people


def automatic_rule(
    spec: AliasSpec, article: bool, proper: frozenset[str], org: Organization | None = None
) -> AmbiguityRule | None:
    """How a text must mark a name made of ordinary words; ``proper``: the organization's words its
    names show to be proper names («Клуни» of «Фонд Клуни», not a form of «клуня»); ``org``: the
    organization, whose one-word short forms name a place when it is named after one."""
    words = spec.words[1:] if article else spec.words
    if spec.lead:
        return "capitalized"  # «Пражский центр»: only one organization's names use its words
    if len(words) == 1 and spec.derived and org is not None and named_after_place(tuple(org.all_names())):
        return "context"  # "the Caucasus" is the region; the Caucasus Foundation needs a cue
    if len(words) == 1:
        if is_dictionary_word(words[0]) or is_general_word(words[0]):
            return "marked"  # an ordinary word (дождь, rights) names the organization only written as a name
        # a one-word part of a longer name counts written as a name, not as part of another one
        return "capitalized" if spec.derived else None
    if _is_slogan(words):
        return "context"
    if is_said_phrase(words):
        return "marked"  # «Мир всем»: at a sentence's start, what someone says
    if is_kind_and_number(words):
        return "capitalized"  # «Группа 36»: any group of that number, unless written as a name
    if is_ordinary_kind_phrase(words):
        return "marked"  # «Парламентский центр»: at a sentence's start its capital is the sentence's
    if spec.derived and all(
        (is_dictionary_word(w) and w not in proper) or analyze_word(w).kind != "word"
        for w in words[spec.from_place :]  # a place's adjective (южнокавказский) is ordinary, known or not
    ):  # it stands for the place: any capital («Восточноевропейская академическая сеть…»)
        return "capitalized" if spec.from_place else "marked"
    if is_title_cased(spec.name) and all(
        w.isascii() and (is_general_word(w) or analyze_word(w).kind != "word") for w in words
    ):
        return "capitalized"  # ordinary English words (East View), not within a longer name (East View Hotel)
    return None


def is_ordinary_kind_phrase(words: Sequence[str]) -> bool:
    """Whether a Russian name is an ordinary adjective and a word of an organization's kind
    («Парламентский центр», «Гражданский совет», «Антивоенный комитет»): a phrase any text may use
    of some centre or council, which Russian writes with one capital, the first word's. An adjective
    made from a name or a place («Йельский», «Британский», «Кавказский») makes a proper name."""
    if len(words) != 2 or not all(map(is_cyrillic_word, words)) or analyze_word(words[1]).kind != "generic":
        return False
    if not (is_adjective(words[0]) and is_dictionary_word(words[0])):
        return False
    stem = adjective_stem(lemmatize_token(words[0]))
    return not stem or (is_dictionary_word(stem) and not is_known_place(stem))


def is_said_phrase(words: Sequence[str]) -> bool:
    """Whether a Russian name is a phrase of ordinary words that says something rather than names a
    thing («Мир всем», «Защити защитников», «Вместе для Украины»): a pronoun, verb, adverb,
    predicative, interjection or particle in it (:data:`~undesirable.scanning.ambiguity.UTTERANCE_GRAMMEMES`),
    no word of an organization's kind or other cue word («Корпорация «Вместе»» names one). Texts say such phrases;
    they name the organization written as a name (quotes, a capital within a sentence, a cue)."""
    return (
        len(words) > 1
        and all(map(is_cyrillic_word, words))
        and all(is_dictionary_word(w) or len(w) < MIN_PHRASE_WORD for w in words)
        and not any(analyze_word(w).kind == "generic" or lemmatize_token(w) in _cue_lemmas() for w in words)
        and any(is_utterance_word(w) for w in words)
    )


@cache
def _cue_lemmas() -> frozenset[str]:
    """Every cue word of ``data/scan_cue_words.json`` and every word that says what kind of
    organization a name is (its ``name_prefix_words``: корпорация, союз)."""
    lists = load_scan_lists()
    return frozenset().union(*lists.cue_groups.values(), lists.name_prefix_words)


def is_kind_and_number(words: Sequence[str]) -> bool:
    """Whether a name is only words of an organization's kind and a number («Группа 36», "Fund
    24.02", «Комитет-2024»): any group, fund or committee may be called so in a text."""
    return any(w.isdigit() for w in words) and all(
        w.isdigit() or analyze_word(w).kind in ("generic", "stop") or lemmatize_token(w) in _cue_lemmas() for w in words
    )


SLOGAN_FIRST_WORDS = frozenset({"PRED", "PREP"})
"""Parts of speech that open a phrase that is no noun phrase but a slogan: a predicate («Нет
войне») or a preposition («За свободную Россию»)."""


def _is_slogan(words: Sequence[str]) -> bool:
    """Whether a Russian name of dictionary words is a slogan: written on posters and chanted («Нет
    войне»), in quotes too, it names the organization only with a cue or a nearby mention."""
    if len(words) < 2 or not is_cyrillic_word(words[0]) or not all(is_dictionary_word(w) for w in words):
        return False
    return morph_analyzer().parse(words[0])[0].tag.POS in SLOGAN_FIRST_WORDS


@lru_cache(maxsize=4096)
def named_after_place(names: tuple[str, ...]) -> bool:
    """Whether one of an organization's Russian names is a place and head words only («Фонд
    Кавказа»): its one-word short forms ("Caucasus", «Кавказ») then name the place first."""
    for name in names:
        words = [t.text for t in tokenize_name(name) if t.kind == "word"]
        if len(words) == 1 and is_cyrillic_word(words[0]) and _is_place(words[0]):
            return True
    return False


def _is_place(word: str) -> bool:
    return any(p.is_known and "Geox" in p.tag.grammemes for p in morph_analyzer().parse(word))


def name_rule(listed: AmbiguityRule | None, spec: AliasSpec, article: bool, org: Organization) -> AmbiguityRule | None:
    """The rule of a name: ``listed`` in ``data/ambiguous_aliases.json``, else :func:`automatic_rule`'s
    (``capitalized`` at least for a place or people written as a noun: :func:`writes_people`); then
    :func:`capital_rule` (a name with an article, "The Insider", is no one-word name: the article
    marks it)."""
    rule = listed or automatic_rule(spec, article, distinctive_words(tuple(org.all_names())), org)
    rule = rule or ("capitalized" if writes_people(spec) else None)  # "Youth Forum of Ukrainians"
    return capital_rule(rule, spec.words, org)


def capital_rule(rule: AmbiguityRule | None, words: Sequence[str], org: Organization) -> AmbiguityRule | None:
    """The rule of a one-word name (``words``, an article aside) once its script is known: a capital
    marks a common noun of Russian text as a name («Медуза», «Дождь»), not a word its language
    writes with a capital anyway (:func:`capital_is_no_mark`), which then needs quotes or a cue
    (``named``); a Russian writing of a Latin name of ordinary words («Докса» for Doxa) is as
    ordinary as the word it borrows (:func:`borrows_ordinary_word`)."""
    if len(words) != 1:
        return rule
    if rule is None and borrows_ordinary_word(words[0], tuple(org.all_names())):
        rule = "marked"
    return "named" if rule == "marked" and capital_is_no_mark(words[0]) else rule


def capital_is_no_mark(word: str) -> bool:
    """Whether a capital says nothing of a one-word name (lower case): a Latin word (English writes
    brands, places and people with a capital: a Carnegie medal, the ferry from Vigo) or a Russian word the
    dictionary does not know as an ordinary word (a legendary land, a borrowed term, a name)."""
    return word.isascii() or not is_dictionary_word(word)


@lru_cache(maxsize=4096)
def borrows_ordinary_word(word: str, names: tuple[str, ...]) -> bool:
    """Whether a Cyrillic one-word name is written as one of its organization's one-word Latin names
    that is an ordinary word (the general vocabulary, or ``data/ambiguous_aliases.json``): the same
    sound (:func:`~undesirable.names.translit.phonetic_key`), the word borrowed
    (a Latin term written in Russian letters is the same term)."""
    if not is_cyrillic_word(word):
        return False
    ambiguous = {w.lower() for w in load_scan_lists().ambiguous}
    sound = phonetic_key(skeletonize_token(word))
    for name in names:
        latin = [t.text for t in tokenize_name(name) if t.kind != "stop"]
        if len(latin) == 1 and latin[0].isascii() and phonetic_key(skeletonize_token(latin[0])) == sound:
            return is_general_word(latin[0]) or latin[0] in ambiguous
    return False

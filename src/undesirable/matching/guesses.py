"""What a match rests on when it rests on little.

- **One short word paired by a guess.** Words of up to :data:`SHORT_GUESS_LENGTH` letters are so
  dense that nearly every one lies a letter edit from another real word, and their sounds are
  shorter still: a name that shares only such a word with the query, by a close spelling or a
  like sound, is a weak match («Бота» is not «Сота», ``ICJ`` is not ``OAK``).
- **One word of its own paired by a guess.** A query word that is itself a word, of the general
  vocabulary or of other organizations' names, means that word: a name that shares only it with the
  query, by a close spelling or a like sound, is a weak match ("Eurasian" is not Eurasianet). A
  misspelling that happens to be a word still counts when the query's other words pair too
  ("Human Rights Wach"), a misspelling that is no word (``Belingcat``) is not concerned, and
  neither is a Russian word heard as a Latin name's («Инсайдер»: Russian borrows words by ear),
  unless the register writes that word in Cyrillic otherwise (ordinary «культура» is no «Культурус»).
- **A name of ordinary words named by its place.** A name of ordinary words that leaves out a word
  inside is no short form (American Council on Education is not American Councils for
  International Education), but a name whose words the query names are its places, with its
  type word, is how people name it ("Berkeley University" for the University of California,
  Berkeley).
- **A part of a name made of ordinary words.** A query that shares with a name only words that
  tell no organization alone (:data:`ORDINARY_CLASSES`: ordinary words of the general vocabulary
  that the organization's names do not show to be proper names, words of an organization's kind,
  function words, given names) and leaves out a word of the name that tells more is no short form
  of it: «Молодёжный центр» may be any such centre, not the one named after a coined word, and
  «Научный институт» any institute, not the Научный институт открытой экономики. Unless the query is the name's
  short form (which :mod:`undesirable.matching.shortforms` tells), or names it by its places, it
  is a weak match (:func:`ordinary_part`). A name all of whose telling words the query writes
  keeps its score, ordinary or not; so does a name the query names without what only qualifies it
  at its end (its place after a noun: «Ассоциация ремесленников» of «Ассоциация ремесленников
  Балтики»; its complement after a function word, when its ordinary words are in few names; the
  person it is dedicated to, after ordinary words: «… имени Ивана Тарловского»), or
  without what only repeats it (its initials: "… Support Network CMSN") or is another name of it
  joined by a dash («Вальдрина – сеть …»), or a whole name its kind word closes, written before
  the kind of organization this one is of it ("Civic Harbour Institute" of "Civic Harbour
  Institute Aid Fund").
"""

from __future__ import annotations

from functools import cache

from undesirable.matching.borrowed import is_borrowed
from undesirable.matching.capitals import find_capital_keys
from undesirable.matching.halves import on_other_side
from undesirable.matching.index import COMMON_OWNERS, STOP_WEIGHT, MatchIndex, NameEntry
from undesirable.matching.places_left import before_complement, place_tells
from undesirable.matching.query import AnalyzedQuery, QueryVariant
from undesirable.matching.score import Alignment
from undesirable.matching.variants import pair_variation
from undesirable.names.initials import without_own_acronym
from undesirable.names.lemma import is_cyrillic_word, lemmatize_token
from undesirable.names.normalize import GENERIC_KEY_PREFIX, tokenize_name
from undesirable.names.proper_words import distinctive_words, place_words
from undesirable.names.translit import skeletonize_token
from undesirable.names.vocabulary import WordClass, is_ordinary_word

SHORT_GUESS_LENGTH = 5
"""Words of up to this many letters (keys) are too dense to pair on a guess: nearly every one of
them lies one letter edit from another real word (of the general vocabulary's keys, 99.5% of
those of 4 letters and 96% of those of 5 have such a neighbour; 85% of those of 6; checked in
tests/matching/test_short_guess.py), and their sounds are shorter still."""

SHORT_GUESS_SCORE = 0.6
"""The most a name scores when all it shares with the query is one short word paired by a
letter edit or by sound («Бота» / «Сота», ``ICJ`` / ``OAK``): a weak match, below possible."""


ORDINARY_CLASSES: frozenset[WordClass] = frozenset({"stop", "generic", "given_name", "general"})
"""The classes of a name's words that tell no organization alone: function words, words of an
organization's kind, given names and ordinary words (see :mod:`undesirable.names.vocabulary`)."""


def short_guess(index: MatchIndex, query: AnalyzedQuery, position: int, entry: NameEntry, alignment: Alignment) -> str:
    """The reason code when all the query shares with the name is one word paired by a guess:
    ``short_word_guess`` for a short word (see :data:`SHORT_GUESS_LENGTH`), ``word_guess`` for a
    word of its own, paired by spelling or sound or spelled otherwise with the same key (``Ashes``
    / ``ASEEES``; see the module docstring); empty otherwise. A guess is one informative pair, no
    leftover words met run together, the word differs by more than a Russian case ending
    (:func:`_inflected`), and no organization-type word of the name is named too (``Университет
    Йеля`` names Yale's university by ear), unless the query writes the word in capitals: an
    acronym is a code, not a word heard by ear (``AVSI`` is not ``EVZ``)."""
    if alignment.joined and not entry.apart:
        return ""
    keys, weights = entry.keys, entry.weights
    informative = [
        p for p in alignment.pairs if weights[p[1]] > STOP_WEIGHT and not keys[p[1]].startswith(GENERIC_KEY_PREFIX)
    ]
    if len(informative) != 1:
        return ""
    i, j, similarity = informative[0]
    variant = query.variants[position]
    query_key, text = variant.keys[i], variant.texts[i]
    short = similarity < 1.0 and len(keys[j]) <= SHORT_GUESS_LENGTH and len(query_key) <= SHORT_GUESS_LENGTH
    if similarity >= 1.0 and not _spelled_otherwise(variant.texts, entry, informative[0]):
        return ""
    if not short and (is_borrowed(index, text, entry, j, query_key) or not _word_of_its_own(index, text, entry.org)):
        return ""
    if _inflected(text, query_key, keys[j]):
        return ""
    typed = any(keys[n].startswith(GENERIC_KEY_PREFIX) for _, n, _ in alignment.pairs)
    if typed and query_key not in find_capital_keys(query.text) and (short or not is_ordinary_word(text)):
        return ""
    return "short_word_guess" if short else "word_guess"


def _spelled_otherwise(texts: tuple[str, ...], entry: NameEntry, pair: tuple[int, int, float]) -> bool:
    """Whether a pair of equal keys differs in its letters as written (``Ashes`` / ``ASEEES``),
    not only in script, marks or case (:func:`describe_variation`)."""
    left, right = texts[pair[0]], entry.texts[pair[1]]
    return left != right and pair_variation(left, right)[0] == "letters"


def _word_of_its_own(index: MatchIndex, text: str, org: int) -> bool:
    """Whether a query word is a word as written: of the general vocabulary, or written so in the
    names of an organization other than ``org`` (a surname its own names write, «Стэнфорд» of
    «Стэнфордский университет», is no other word)."""
    if written_words(index).get(text, frozenset()) - {org}:
        return True
    return is_ordinary_word(text)


def written_words(index: MatchIndex) -> dict[str, frozenset[int]]:
    """Each word as the register's names write it (normalized) -> the organizations writing it."""

    def build() -> dict[str, frozenset[int]]:
        table: dict[str, set[int]] = {}
        for entry in index.entries:
            for text in entry.texts:
                table.setdefault(text, set()).add(entry.org)
        return {text: frozenset(orgs) for text, orgs in table.items()}

    return index.caches.table("written words", build)


CASE_ENDINGS: tuple[str, ...] = ("а", "я", "у", "ю", "е", "и", "ы", "о", "ой", "ей", "ом", "ем", "ам", "ям", "ах")
CASE_ENDINGS += ("ях", "ами", "ями", "ов", "ев", "ою", "ею", "ью", "ия", "ии", "ие", "ию", "ием", "иям", "иях")
"""The case endings of Russian nouns (a name's word is a noun), whose keys end an inflected form."""


@cache
def _ending_keys() -> frozenset[str]:
    """The keys of :data:`CASE_ENDINGS`, and the empty ending (``Докс``, a genitive plural)."""
    return frozenset({"", *(skeletonize_token(ending) for ending in CASE_ENDINGS)})


def _inflected(text: str, query_key: str, name_key: str) -> bool:
    """Whether a Russian word differs from the name's word only by a case ending (``Доксе``,
    ``Доксой`` of ``Докса``, ``Зута`` of ``Зут``): the name's key without its own ending (or whole,
    when it ends in none) starts the word's, and a case ending (:data:`CASE_ENDINGS`) ends it; not a
    word that adds a letter no ending has (``Зутч`` is no form of ``Зут``)."""
    if not is_cyrillic_word(text):
        return False
    endings = _ending_keys()
    for cut in range(min(len(name_key), 4)):
        stem, own = name_key[: len(name_key) - cut], name_key[len(name_key) - cut :]
        if len(stem) >= 2 and own in endings and query_key.startswith(stem) and query_key[len(stem) :] in endings:
            return True
    return False


def named_by_place(index: MatchIndex, entry: NameEntry, alignment: Alignment) -> bool:
    """Whether every informative word of the name the query pairs is one of the organization's
    places (:func:`undesirable.names.proper_words.place_words`) that few organizations' names
    have, and one at least is."""
    paired = [j for _, j, _ in alignment.pairs if entry.weights[j] > STOP_WEIGHT]
    informative = [j for j in paired if not entry.keys[j].startswith(GENERIC_KEY_PREFIX)]
    if not informative:
        return False
    places = _places(index, entry.org)
    if not all(entry.texts[j] in places for j in informative):
        return False
    # a place many organizations are named with (Russia, Europe) names none of them
    return all(
        len({index.entries[e].org for e, _ in index.postings[entry.keys[j]]}) <= COMMON_OWNERS for j in informative
    )


def _places(index: MatchIndex, org: int) -> frozenset[str]:
    """The place words of organization ``org``'s names (cached in the index)."""
    return index.caches.remembered("place words", org, lambda: place_words(tuple(index.organizations[org].all_names())))


def ordinary_part(
    index: MatchIndex,
    variant: QueryVariant,
    entry: NameEntry,
    classes: tuple[WordClass, ...],
    alignment: Alignment,
    read: frozenset[int] = frozenset(),
) -> str:
    """``ordinary_part`` when the query is a part of the name made of ordinary words (see the module
    docstring): every informative word of the query pairs, two at least, each with a word of the
    name that tells no organization alone (``classes``: the name's, as the short-form rule reads
    them; ``read``: those the query writes as ordinary words, see :mod:`undesirable.matching.disguised`),
    and the query leaves out a word of the name that tells more; empty otherwise. The caller knows
    whether the query is the name's short form."""
    if entry.is_acronym or (alignment.joined and not entry.apart):
        return ""
    weights = entry.weights
    paired = [j for _, j, _ in alignment.pairs if weights[j] > STOP_WEIGHT]
    if len(paired) < max(1, sum(w > STOP_WEIGHT for w in variant.weights)):
        return ""  # one word, or a word of the query's own (the name's telling word misspelled?)
    names = tuple(index.organizations[entry.org].all_names())
    if not all(j in read or _ordinary(entry, classes[j], j, names) for j in paired):
        return ""
    if not _telling_left_out(index, entry, classes, alignment, names):
        return ""
    return "" if named_by_place(index, entry, alignment) else "ordinary_part"


def _ordinary(entry: NameEntry, word_class: WordClass, j: int, names: tuple[str, ...]) -> bool:
    """Whether word ``j`` of the name tells no organization alone: a word of one of
    :data:`ORDINARY_CLASSES`, an ordinary word only if the vocabulary has it and the names do not
    show it to be a proper name (not «Хельсинкский», a word many names share)."""
    if word_class != "general":
        return word_class in ORDINARY_CLASSES
    text = entry.texts[j]
    return text not in distinctive_words(names) and is_ordinary_word(text)


def _telling_left_out(
    index: MatchIndex, entry: NameEntry, classes: tuple[WordClass, ...], alignment: Alignment, names: tuple[str, ...]
) -> bool:
    """Whether the query leaves out a word of the name that tells more than its kind, a function
    word or a word the query writes elsewhere in it, beyond what only qualifies the name (see the
    module docstring)."""
    paired = [j for _, j, _ in alignment.pairs]
    written = {entry.keys[j] for j in paired}
    telling = [
        j
        for j in alignment.unpaired
        if entry.weights[j] > STOP_WEIGHT and classes[j] not in ("stop", "generic") and entry.keys[j] not in written
    ]
    if not telling or on_other_side(entry.name, telling, paired):
        return False
    if min(telling) < max(paired):
        return True
    if (
        entry.weights[max(paired) + 1] <= STOP_WEIGHT
        and before_complement(_written(index, entry), _places(index, entry.org), entry, max(paired) + 1)
        and all(
            len({index.entries[e].org for e, _ in index.postings[entry.keys[j]]}) <= COMMON_OWNERS
            for j in paired
            if classes[j] == "general"
        )
    ):
        return False  # the name up to its complement, its words few names have ("… Councils for …")
    if telling == [len(entry.keys) - 1] and without_own_acronym(entry.name):
        return False  # the initials of the words the query writes
    last = len(entry.keys) - 1
    if classes[max(paired)] == classes[last] == "generic" and all(
        entry.weights[j] > STOP_WEIGHT for j in range(max(paired), last)
    ):
        return False  # a whole name its kind word closes, then what that organization's is ("… Institute Aid Fund")
    places = _places(index, entry.org)
    first = min(telling)
    persons = all(classes[j] == "given_name" or (entry.surnames and entry.surnames[j]) for j in telling)
    if not persons and all(entry.texts[j] in places or entry.texts[j] in map(lemmatize_token, places) for j in telling):
        return place_tells(_written(index, entry), entry, first)
    return not (persons and any(classes[j] == "general" for j in paired))  # a dedication after its name


def _written(index: MatchIndex, entry: NameEntry) -> tuple[str, ...]:
    """The entry's words as its name writes them (a lemma entry's are lemmas), cached in the index."""
    name = entry.name
    return index.caches.remembered(
        "written", name, lambda: tuple(t.text for t in tokenize_name(name) if t.kind != "legal_form")
    )

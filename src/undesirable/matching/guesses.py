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
  neither is a Russian word heard as a Latin name's («Инсайдер»: Russian borrows words by ear).
- **A name of ordinary words named by its place.** A name of ordinary words that leaves out a word
  inside is no short form (American Council on Education is not American Councils for
  International Education), but a name whose words the query names are its places, with its
  type word, is how people name it ("Berkeley University" for the University of California,
  Berkeley).
"""

from __future__ import annotations

from undesirable.matching.index import COMMON_OWNERS, STOP_WEIGHT, MatchIndex, NameEntry
from undesirable.matching.query import AnalyzedQuery, find_capital_keys
from undesirable.matching.score import Alignment
from undesirable.matching.variants import pair_variation
from undesirable.names.lemma import is_cyrillic_word
from undesirable.names.normalize import GENERIC_KEY_PREFIX
from undesirable.names.proper_words import place_words
from undesirable.names.translit import detect_script
from undesirable.names.vocabulary import is_ordinary_word

SHORT_GUESS_LENGTH = 5
"""Words of up to this many letters (keys) are too dense to pair on a guess: nearly every one of
them lies one letter edit from another real word (of the general vocabulary's keys, 99.5% of
those of 4 letters and 96% of those of 5 have such a neighbour; 85% of those of 6; checked in
tests/matching/test_short_guess.py), and their sounds are shorter still."""

SHORT_GUESS_SCORE = 0.6
"""The most a name scores when all it shares with the query is one short word paired by a
letter edit or by sound («Бота» / «Сота», ``ICJ`` / ``OAK``): a weak match, below possible."""


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
    if not short and (_borrowed(text, entry.texts[j]) or not _word_of_its_own(index, text, entry.org)):
        return ""
    if _inflected(text, query_key, keys[j]):
        return ""
    typed = any(keys[n].startswith(GENERIC_KEY_PREFIX) for _, n, _ in alignment.pairs)
    if typed and query_key not in find_capital_keys(query.text):
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


def _borrowed(text: str, name_text: str) -> bool:
    """Whether a Russian word meets a Latin word of the name: Russian borrows words by ear, so
    a Russian word heard as the name's («инсайдер» / The Insider) is how the name is written."""
    return detect_script(text) == "cyrillic" and detect_script(name_text) == "latin"


def written_words(index: MatchIndex) -> dict[str, frozenset[int]]:
    """Each word as the register's names write it (normalized) -> the organizations writing it."""

    def build() -> dict[str, frozenset[int]]:
        table: dict[str, set[int]] = {}
        for entry in index.entries:
            for text in entry.texts:
                table.setdefault(text, set()).add(entry.org)
        return {text: frozenset(orgs) for text, orgs in table.items()}

    return index.caches.table("written words", build)


def _inflected(text: str, query_key: str, name_key: str) -> bool:
    """Whether a Russian word differs from the name's word only by a case ending (``Доксе`` of
    ``Докса``): the whole name's word but its last letter starts it, and at most two letters end it."""
    stem = name_key[:-1]
    return len(stem) >= 2 and query_key.startswith(stem) and len(query_key) - len(stem) <= 2 and is_cyrillic_word(text)


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
    known: dict[int, frozenset[str]] = index.caches.table("place words", dict)
    found = known.get(org)
    if found is None:
        found = known[org] = place_words(tuple(index.organizations[org].all_names()))
    return found

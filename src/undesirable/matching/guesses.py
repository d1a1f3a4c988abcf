"""What a match rests on when it rests on little.

- **One short word paired by a guess.** Words of up to :data:`SHORT_GUESS_LENGTH` letters are so
  dense that nearly every one lies a letter edit from another real word, and their sounds are
  shorter still: a name that shares only such a word with the query, by a close spelling or a
  like sound, is a weak match («Бота» is not «Сота», ``ICJ`` is not ``OAK``).
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
from undesirable.names.lemma import is_cyrillic_word
from undesirable.names.normalize import GENERIC_KEY_PREFIX
from undesirable.names.proper_words import place_words

SHORT_GUESS_LENGTH = 5
"""Words of up to this many letters (keys) are too dense to pair on a guess: nearly every one of
them lies one letter edit from another real word (of the general vocabulary's keys, 99.5% of
those of 4 letters and 96% of those of 5 have such a neighbour; 85% of those of 6; checked in
tests/matching/test_short_guess.py), and their sounds are shorter still."""

SHORT_GUESS_SCORE = 0.6
"""The most a name scores when all it shares with the query is one short word paired by a
letter edit or by sound («Бота» / «Сота», ``ICJ`` / ``OAK``): a weak match, below possible."""


def short_guess(query: AnalyzedQuery, position: int, entry: NameEntry, alignment: Alignment) -> bool:
    """Whether all the query shares with the name is one short word paired by a guess (see
    :data:`SHORT_GUESS_LENGTH`): no other informative word pairs, no leftover words met run
    together, the word differs by more than a Russian case ending (:func:`_inflected`), and no
    organization-type word of the name is named too (``Университет Йеля`` names Yale's university
    by ear), unless the query writes the word in capitals: an acronym is a code, not a word heard
    by ear (``AVSI`` is not ``EVZ``)."""
    if not alignment.fuzzy or (alignment.joined and not entry.apart):
        return False
    keys, weights = entry.keys, entry.weights
    informative = [
        p for p in alignment.pairs if weights[p[1]] > STOP_WEIGHT and not keys[p[1]].startswith(GENERIC_KEY_PREFIX)
    ]
    if len(informative) != 1:
        return False
    i, j, similarity = informative[0]
    query_key = query.variants[position].keys[i]
    if similarity >= 1.0 or len(keys[j]) > SHORT_GUESS_LENGTH or len(query_key) > SHORT_GUESS_LENGTH:
        return False
    if _inflected(query.variants[position].texts[i], query_key, keys[j]):
        return False
    typed = any(keys[n].startswith(GENERIC_KEY_PREFIX) for _, n, _ in alignment.pairs)
    return not typed or query_key in find_capital_keys(query.text)


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
    places = place_words(tuple(index.organizations[entry.org].all_names()))
    if not all(entry.texts[j] in places for j in informative):
        return False
    # a place many organizations are named with (Russia, Europe) names none of them
    return all(
        len({index.entries[e].org for e, _ in index.postings[entry.keys[j]]}) <= COMMON_OWNERS for j in informative
    )

"""An English name's leading adjective of a place or people written as a noun after "of": the
"Youth Forum of Ukrainians" or "of Ukraine" for an Ukrainian Youth Forum, the "Heritage Center of
Siberian Ruthenians" for a Siberian Ruthenian Heritage Center.

The adjective is one the dictionary of places knows (:func:`undesirable.names.demonyms.nouns_of_adjective`:
Ukrainian, Canadian) or a place of the general vocabulary ending in "a" with "n" added (Crimea-n,
Siberia-n); one more capitalized word may follow it, a people's name used as its adjective (the
Ruthenian of Siberian Ruthenian). The people are then written in the plural (Ukrainians,
Ruthenians) after "of" or "of the", the place as it is (Ukraine) after "of" ("of the" before a
plural: the Netherlands); the words left, the kind words, stay in their order, :data:`MIN_REST` at
least and no function word among them (no "Fund for Local Initiatives of Canada"). Such names are
looked for as names are, kind ``word_order``, written as a name (capitalized: :func:`writes_people`);
the mention says which noun stands for which adjective (:func:`people_nouns`).
"""

from __future__ import annotations

from undesirable.names.demonyms import nouns_of_adjective
from undesirable.names.normalize import analyze_word
from undesirable.names.vocabulary import general_words
from undesirable.scanning.aliases import ARTICLES, AliasSpec
from undesirable.scanning.text import WORD, lower_text

MIN_REST = 2
"""Content words a name keeps besides its adjective of a place or people (Youth Forum)."""
MAX_LEAD = 2
"""Words of the adjective part: the adjective and at most one people's name after it."""


def place_adjective_nouns(word: str) -> tuple[str, ...]:
    """The places a word is the English adjective of (canadian: canada; crimean: crimea); empty for
    any other word."""
    found = nouns_of_adjective(word)
    if found:
        return found
    stem = word[:-1]
    return (stem,) if word.endswith("an") and stem in general_words() and stem.isalpha() else ()


def people_orders(spec: AliasSpec) -> list[AliasSpec]:
    """An English name opening with an adjective of a place or people (see the module docstring)
    also written as its kind words and that place or people after "of" ("Youth Forum of
    Ukrainians" for the Ukrainian Youth Forum)."""
    if spec.acronym or spec.derived or spec.reordered or not spec.name.isascii():
        return []
    raw = spec.name.split()
    if [w for token in raw for w in WORD.findall(lower_text(token))] != list(spec.words):
        return []  # legal forms left out, punctuation: the name's words are not its tokens
    if spec.words[:1] and spec.words[0] in ARTICLES:
        raw = raw[1:]
    words = [token.lower() for token in raw]
    if not words or any(not (t.isalpha() and t[:1].isupper()) for t in raw[:MAX_LEAD]):
        return []
    places = place_adjective_nouns(words[0])
    if not places:
        return []
    found = []
    for size in range(1, MAX_LEAD + 1):
        rest = words[size:]
        if len(rest) < MIN_REST or any(analyze_word(w).kind == "stop" for w in rest):
            continue  # "of" would follow a complement (Fund for Local Initiatives of Canada)
        lead = words[:size]
        if size > 1 and lead[-1] in general_words() and not place_adjective_nouns(lead[-1]):
            break  # Legal of "Ukrainian Legal Group" is no people's name
        plural = [(*lead[:-1], lead[-1] + "s")] if lead[-1].endswith("an") or lead[-1] not in general_words() else []
        moved = [(*rest, "of", *noun) for noun in plural] + [(*rest, "of", "the", *noun) for noun in plural]
        moved += [(*rest, "of", place) for place in places if size == 1]
        moved += [(*rest, "of", "the", place) for place in places if size == 1 and place.endswith("s")]  # Netherlands
        found += [AliasSpec(spec.name, order, tuple(frozenset() for _ in order[1:]), reordered=True) for order in moved]
    return found


def people_nouns(text: str, name: str) -> str:
    """The words of a mention that write an adjective of its name as a place or people
    ("Ukrainians = Ukrainian, Ukraine = Ukrainian"); empty when none."""
    named = {w.lower(): w for w in WORD.findall(name)}
    pairs = []
    for word in WORD.findall(text):
        low = word.lower()
        if low in named:
            continue
        for adjective, written in named.items():
            if low == adjective + "s" or low in place_adjective_nouns(adjective):
                pairs.append(f"{word} = {written}")
                break
    return ", ".join(pairs)


def writes_people(spec: AliasSpec) -> bool:
    """Whether a name is an English name in another order ending in a noun of one of its adjectives
    ("Youth Forum of Ukrainians"): words any text may use unless written as a name."""
    return spec.reordered and spec.name.isascii() and bool(spec.words) and bool(people_nouns(spec.words[-1], spec.name))

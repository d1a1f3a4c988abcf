"""Short forms: a query that names a long register name by its distinctive part.

«Фонд Бёлля» (for «Фонд имени Генриха Бёлля»), "Jamestown" (for "The Jamestown Foundation"),
«Германский фонд Маршалла» (without «Соединенных Штатов»), "National Democratic Institute"
(without "for International Affairs") are how people write these names. A query is a short form
of a name when

1. every word of the query pairs with a word of the name;
2. every word of the name left out may be left out (see :mod:`undesirable.names.vocabulary`):
   a function word, a generic word or a given name anywhere, an ordinary word only after the
   last word kept;
3. what is kept tells enough: a distinctive word alone, or words whose informativeness adds up
   to :data:`MIN_SHORT_FORM_INFORMATION` ("Национальный фонд" or "Международный институт",
   generic leading parts, do not).

A name called after a person is also written as the person's surname and the name's head word,
whatever else it says: "Wilson Center" (Woodrow Wilson International Center for Scholars), «Школа
Флетчера» (Школа права и дипломатии имени Флетчера), «Фонд Карра». Such an *eponym* short form
keeps one distinctive word and generic or ordinary words only (also a name's own word at its
end with the words that lead it); it may leave out any word but a distinctive one, save the one
right before the kept word (the given name written out: Woodrow, Norman) and initials.
No short form leaves out the surname of the person a name is called after ("AIDS Foundation" is
not the Elton John AIDS Foundation).

A query that is only the name of the person an organization is called after («Борис Немцов»,
"Heinrich Böll", «Сахаров»; the rule of :mod:`undesirable.names.persons`, shared with the scanner)
names the person, not the organization: it is no short form but a *namesake* match, said to be
the namesake, scoring :data:`NAMESAKE_SCORE` (a given name and surname) or what its words share
with the name, at most that (a surname alone): below a possible match, as the scanner finds no
mention.

Word classes come from the dictionaries and the register itself: a word many organizations'
names share (``matching.index.COMMON_OWNERS``) is never distinctive, and a name's words in the
other script tell its proper names (:mod:`undesirable.names.proper_words`). Nothing here is a list
per organization.
"""

from __future__ import annotations

from undesirable.matching.fronted import fronted_nouns
from undesirable.matching.score import Alignment
from undesirable.names.persons import is_namesake_form
from undesirable.names.vocabulary import INFORMATIVENESS, WordClass

SHORT_FORM_SCORE = 0.93
"""Score of a short form of several words (a strong match)."""
SINGLE_WORD_SCORE = 0.91
"""Score of a short form that is one long distinctive word ("Jamestown")."""
SHORT_SINGLE_WORD_SCORE = 0.8
"""Score of a short form that is one distinctive word shorter than ``LONG_WORD`` (a possible match)."""
LONG_WORD = 7
MIN_SHORT_FORM_INFORMATION = 1.2
"""How much a short form of several words must tell (distinctive 1, ordinary 0.5, generic 0.2)."""
EPONYM_SCORE = 0.92
"""Score of an eponym short form ("Wilson Center", «Фонд Карра»): strong."""
NAMESAKE_SCORE = 0.6
"""Score of a query that is only the name of the organization's namesake: below
``POSSIBLE_THRESHOLD``. Alone, the name names the person (the scanner finds no mention in «Борис
Немцов выступил»), and a person is not listed; a screener who asks for weaker matches (threshold
0.5) still gets the organizations called after him, said to be the namesake."""
FULL = 0.999
MIN_PAIR_SIMILARITY = 0.8
"""The lowest similarity of a word pair a short form may have (a word heard by ear pairs at 0.8)."""

_ANYWHERE: frozenset[WordClass] = frozenset({"stop", "generic", "given_name"})


def short_form_score(
    alignment: Alignment,
    classes: tuple[WordClass, ...],
    texts: tuple[str, ...],
    query_size: int = 0,
    surnames: tuple[bool, ...] = (),
    written: tuple[str, ...] = (),
) -> float:
    """The score a query earns as a short form of a name, or 0.0 when it is none.

    Every word of the query must pair: as written, or (``query_size`` given) close enough in
    spelling or sound (:data:`MIN_PAIR_SIMILARITY`: «Карнеги Эндаумент» for "Carnegie Endowment";
    the variation's penalty then lowers the score, as for a full name). ``surnames``: which words
    are the surname of the person the name is called after, never left out. ``written``: the name's
    words as written, which tell a phrase written as the head's adjective (:mod:`undesirable.matching.fronted`)."""
    if not may_be_short_form(alignment, query_size):
        return 0.0
    if surnames and any(surnames[j] for j in alignment.unpaired):
        return 0.0  # "AIDS Foundation" leaves out Elton John, the name's person
    paired = sorted({j for _, j, _ in alignment.pairs})
    if not paired:
        return 0.0
    last = paired[-1]
    fronted = fronted_nouns(alignment, written) if alignment.unpaired else frozenset()
    for j in alignment.unpaired:
        if classes[j] in _ANYWHERE or (classes[j] == "general" and j > last) or j in fronted:
            continue
        return eponym_score(alignment, classes, texts, paired)
    if len(paired) == 1:
        j = paired[0]
        if classes[j] != "distinctive" or any(classes[k] not in _ANYWHERE for k in alignment.unpaired):
            return 0.0
        return SINGLE_WORD_SCORE if len(texts[j]) >= LONG_WORD else SHORT_SINGLE_WORD_SCORE
    information = sum(INFORMATIVENESS[classes[j]] for j in paired)
    return SHORT_FORM_SCORE if information >= MIN_SHORT_FORM_INFORMATION else 0.0


def may_be_short_form(alignment: Alignment, query_size: int = 0) -> bool:
    """Whether the query may be a short form of the name at all (see :func:`short_form_score`):
    every word of the query pairs, the name keeps words the query leaves out, none run together."""
    if alignment.name_coverage >= FULL or alignment.joined:
        return False
    if alignment.query_coverage >= FULL:
        return True
    paired = len({i for i, _, _ in alignment.pairs})
    return query_size > 0 and paired == query_size and alignment.min_similarity >= MIN_PAIR_SIMILARITY


def eponym_score(
    alignment: Alignment, classes: tuple[WordClass, ...], texts: tuple[str, ...], paired: list[int]
) -> float:
    """The score of an eponym short form (see the module docstring), or 0.0 when it is none."""
    kept = [j for j in paired if classes[j] != "stop"]
    distinctive = [j for j in kept if classes[j] == "distinctive"]
    others = [classes[j] for j in kept if j not in distinctive]
    if len(distinctive) != 1 or len(kept) < 2 or any(c not in ("generic", "general") for c in others):
        return 0.0
    surname = distinctive[0]
    for j in alignment.unpaired:
        if classes[j] == "distinctive" and j != surname - 1 and len(texts[j]) > 1:
            return 0.0
    return EPONYM_SCORE


def is_namesake(
    alignment: Alignment, query_size: int, classes: tuple[WordClass, ...], surnames: tuple[bool, ...]
) -> bool:
    """Whether every word of the query pairs (by spelling or by sound) with only the name of a
    person the organization is called after, and the name says more than the person (see
    :func:`undesirable.names.persons.is_namesake_form`)."""
    if not surnames or alignment.joined or len({i for i, _, _ in alignment.pairs}) < query_size:
        return False
    if all(classes[j] == "stop" for j in alignment.unpaired):
        return False
    return is_namesake_form(classes, surnames, (j for _, j, _ in alignment.pairs))


def namesake_score(alignment: Alignment, classes: tuple[WordClass, ...]) -> float:
    """The score of a namesake match: :data:`NAMESAKE_SCORE` for a person's given name and surname
    («Борис Немцов»); a surname alone («Сахаров», "Smith") is no short form either and scores what
    its words share with the name, at most that."""
    given = any(classes[j] == "given_name" for _, j, _ in alignment.pairs)
    return NAMESAKE_SCORE if given else min(alignment.score, NAMESAKE_SCORE)


def namesake_words(alignment: Alignment, texts: tuple[str, ...]) -> str:
    """The person's name as the query writes it, for the reason (``Борис Немцов``)."""
    paired = sorted({i for i, _, _ in alignment.pairs})
    return " ".join(texts[i][:1].upper() + texts[i][1:] for i in paired)

"""When an ordinary word in a text is the name of an organization.

«Шёл дождь» is rain, «телеканал „Дождь“» is TV Rain; "an insider said" is nobody, "reported by
The Insider" is the outlet. A name that is also an ordinary word or phrase (listed in
``data/ambiguous_aliases.json``, or a one-word Russian name the dictionary knows) counts only when
the text marks it as a name. The marks:

- **quotes**: the name stands right inside quotation marks («Медуза», "Insider");
- **capital**: it is written with a capital letter and does not start a sentence;
- **cue**: a cue word (издание, телеканал, фонд, outlet, foundation…, from
  ``data/scan_cue_words.json``, by the organization's category) stands up to two words before it
  or right after it;
- **other script**: a Latin name in Cyrillic text, or the converse («Article 19 заявила»; see
  :mod:`undesirable.scanning.scripts`), which counts as a cue;
- **stress marks**: on the name's words and no other word of its sentence («Се́верный сою́з»; see
  :mod:`undesirable.scanning.stress`), which count as a cue;
- **nearby**: another mention of the same organization found in the same text, close by.

Quotes around direct speech («Вернись живым», — сказала мать; :mod:`undesirable.scanning.speech`)
mark what a person says, not a name: such a quote counts only with a cue word.

A capitalized word next to another capitalized word (``Business Insider``, ``Медуза Горгона``,
``Carnegie Mellon``), or a place in the genitive after it («Свободный университет Брюсселя»), is part
of some other name, unless it is quoted; a legal form after it is its own (``Group 36 LLC``), and so
is the organization's own country or city («Свободный университет Латвии»).

Each name has a rule: ``marked`` (quotes; or capital; or a capital at a sentence start with a cue
or a nearby mention), ``capitalized`` (quotes or any capital: phrases like «Открытая Россия»),
``context`` (capital or quotes, and a cue or a nearby mention: «Возрождение», ``Article 19``) or
``named`` (quotes; or a capital with a cue, a nearby mention or an organization's act after it: a
one-word name its language writes with a capital anyway, a brand or a place as much as the
organization: ``a Carnegie medal``, not ``Vigo filed a complaint``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from undesirable.names.countries import country_spellings
from undesirable.names.lemma import morph_analyzer
from undesirable.names.normalize import analyze_word, tokenize_name
from undesirable.names.vocabulary import is_general_word
from undesirable.scanning.aliases import ARTICLES
from undesirable.scanning.cues import CUE_WINDOW_CHARS, CUE_WORDS_BEFORE, acts_after, cue_lemma, has_cue
from undesirable.scanning.forms import is_dictionary_word
from undesirable.scanning.lists import AmbiguityRule
from undesirable.scanning.orders import LONGER_NAME
from undesirable.scanning.scripts import in_other_script
from undesirable.scanning.speech import is_direct_speech
from undesirable.scanning.text import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    WORD,
    is_sentence_start,
    word_after,
    word_before,
)

TITLE_WORD_LENGTH = 4
"""Latin words at least this long in an ambiguous name must be capitalized for it to count as written
with capitals."""
MIN_PHRASE_WORD = 3
"""Shorter words of a phrase (и, за, в) are not looked up in the dictionary."""


@dataclass(frozen=True, slots=True)
class Marks:
    """How a text marks a span as a name."""

    quoted: bool
    capital: bool
    sentence_start: bool
    compound: bool
    cue: bool
    speech: bool = False
    """The quote is direct speech (:mod:`undesirable.scanning.speech`)."""
    other_script: bool = False
    """A Latin name in Cyrillic text or the converse (:mod:`undesirable.scanning.scripts`)."""
    acts: bool = False
    """An organization's act follows the name (Vigo filed, «Риддл опубликовал»): see :func:`acts_after`."""
    stressed: bool = False
    """Stress marks set the name apart from its sentence (:mod:`undesirable.scanning.stress`), which counts as a cue."""

    def count(self, *, nearby: bool) -> int:
        """How many distinct marks there are (a capital counts when not at a sentence start)."""
        cue = self.cue or self.other_script or self.stressed
        return sum((self.quoted, self.capital and not self.sentence_start, cue, nearby))


def read_marks(
    text: str,
    start: int,
    end: int,
    cues: frozenset[str],
    *,
    russian_case: bool = False,
    home: frozenset[str] = frozenset(),
) -> Marks | None:
    """The marks around ``text[start:end]`` (see the module docstring); None when it is neither
    quoted nor capitalized, which no rule accepts. ``russian_case``: the span is a Russian name in
    Latin letters, capitalized as Russian is (its first word only: "Vazhnye istorii"). ``home``: the
    lemmas of the organization's own places (:func:`home_places`)."""
    quoted = start > 0 and end < len(text) and text[start - 1] in OPENING_QUOTES and text[end] in CLOSING_QUOTES
    capital = text[start].isupper() and (russian_case or _is_title_case(text, start, end))
    if not (quoted or capital):
        return None
    return Marks(
        quoted=quoted,
        capital=capital,
        sentence_start=is_sentence_start(text, start),
        compound=_is_compound(text, start, end, cues, home),
        cue=has_cue(text, start, end, cues),
        speech=quoted and is_direct_speech(text, start - 1, end + 1),
        other_script=in_other_script(text, start, end),
        acts=acts_after(text, end),
    )


def accepts(rule: AmbiguityRule, marks: Marks | None, *, nearby: bool) -> bool:
    """Whether the marks are enough for a name of this rule (``nearby``: another mention close by)."""
    if marks is None or (marks.speech and not marks.cue):
        return False  # «Вернись живым», — сказала мать: what a person says
    if rule == "capitalized":
        return marks.quoted or (marks.capital and not marks.compound)
    marked = marks.capital or marks.quoted
    cue = marks.cue or marks.other_script or marks.stressed
    if rule == "context":
        return marked and (cue or nearby) and (marks.quoted or not marks.compound)
    if rule == "named":
        return (marks.quoted and not marks.speech) or (
            marks.capital and not marks.compound and (cue or nearby or marks.acts)
        )
    if marks.quoted:
        return True
    if marks.compound or not marks.capital:
        return False
    return not marks.sentence_start or cue or nearby


MIN_SHOUTED_WORDS = 3
"""A name of ordinary words counts in a text in capitals only written whole, of this many words."""


def is_shouted_name(text: str, start: int, end: int, name: str) -> bool:
    """Whether ``text[start:end]`` is the register name ``name`` word for word, of at least
    :data:`MIN_SHOUTED_WORDS` words, in a text in capitals (its neighbours too): such a text has no
    case marks (every word a capital, every name next to one), but a whole name of several words
    is still written as the register has it (CONFLICT INTELLIGENCE TEAM ESTIMATES…)."""
    words = WORD.findall(text, start, end)
    if len(words) < MIN_SHOUTED_WORDS or [w.lower() for w in words] != [w.lower() for w in WORD.findall(name)]:
        return False
    before = WORD.findall(text, max(0, start - CUE_WINDOW_CHARS), start)[-CUE_WORDS_BEFORE:]
    after = WORD.findall(text, end, end + CUE_WINDOW_CHARS)[:CUE_WORDS_BEFORE]
    lettered = [w for w in (*before, *words, *after) if any(c.isalpha() for c in w)]
    return len(lettered) > len(words) and all(w.isupper() for w in lettered)


def is_spoken_phrase(text: str, start: int, end: int, name: str, cues: frozenset[str]) -> bool:
    """Whether ``text[start:end]``, a name of ordinary Russian words («Мир всем») that needs no marks,
    stands quoted as direct speech with no cue word beside it («Мир всем», — написал он): words a
    person says, not the name."""
    quoted = start > 0 and end < len(text) and text[start - 1] in OPENING_QUOTES and text[end] in CLOSING_QUOTES
    return (
        quoted
        and _is_ordinary_phrase(name, cues)
        and is_direct_speech(text, start - 1, end + 1)
        and not has_cue(text, start, end, cues)
    )


@lru_cache(maxsize=4096)
def _is_ordinary_phrase(name: str, cues: frozenset[str]) -> bool:
    """Whether a name is a phrase of ordinary Russian words with no word of an organization's kind
    in it, and with a word that makes it something said (:data:`UTTERANCE_GRAMMEMES`): «Мир всем»,
    not «Репортеры без границ» or «Фонд Будущее России», which name an organization even said aloud."""
    words = WORD.findall(name.lower().replace("ё", "е"))
    return (
        len(words) > 1
        and all(is_dictionary_word(w) or len(w) < MIN_PHRASE_WORD for w in words)
        and not any(cue_lemma(w) in cues for w in words)
        and any(is_utterance_word(w) for w in _HYPHENATED.findall(name.lower()))
    )


UTTERANCE_GRAMMEMES = frozenset({"NPRO", "Apro", "VERB", "INFN", "ADVB", "PRED", "INTJ", "PRCL"})
"""What makes a phrase something said rather than a noun phrase naming a thing: a pronoun (всем),
a verb (защити), an adverb (прежде), a predicative, an interjection or a particle."""


_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_HYPHENATED = re.compile(r"\w+(?:-\w+)*")
"""Words with their hyphenated parts together («либерально-демократическая» is an adjective)."""


def is_utterance_word(word: str) -> bool:
    """Whether a Russian word's likeliest reading is of :data:`UTTERANCE_GRAMMEMES` (всем, защити, вместе)."""
    parses = morph_analyzer().parse(word)
    return bool(parses) and bool(UTTERANCE_GRAMMEMES & set(parses[0].tag.grammemes))


def is_title_cased(name: str) -> bool:
    """True when every longer word of ``name`` starts with a capital (East View, Open Society)."""
    return all(w[0].isupper() for w in WORD.findall(name) if len(w) >= TITLE_WORD_LENGTH)


def _is_title_case(text: str, start: int, end: int) -> bool:
    """True unless a longer Latin word of the span is in lower case (English names are title-cased:
    ``Atlantic Council``, not ``Atlantic council of war``)."""
    return not any(
        w.isascii() and len(w) >= TITLE_WORD_LENGTH and w[0].islower() for w in WORD.findall(text, start, end)
    )


def _is_compound(text: str, start: int, end: int, cues: frozenset[str], home: frozenset[str]) -> bool:
    """True when a capitalized word stands right before (or a Latin one, or another place than the
    organization's own in the genitive, right after) the span."""
    before = word_before(text, start, max_gap=1)
    if before is not None:
        word = text[before[0] : before[1]]
        if (
            word[0].isupper()
            and (not is_sentence_start(text, before[0]) or _is_name_word(word, text[start]))
            and word.lower() not in ARTICLES
            and analyze_word(word.lower()).kind != "generic"  # Verein Freies Russland: its kind
            and cue_lemma(word) not in cues
            and cue_lemma(word) not in home
        ):
            return True
    if LONGER_NAME.match(text, end):
        return True  # "International House of Japan": "of" and a capital make a longer name
    after = word_after(text, end, max_gap=1)
    if after is not None:
        word = text[after[0] : after[1]]
        return (
            word[0].isupper()
            and (word.isascii() or _is_place_genitive(word))
            and cue_lemma(word) not in cues
            and cue_lemma(word) not in home
            and not _is_legal_form(word)
        )
    return False


def _is_name_word(word: str, first: str) -> bool:
    """Whether a sentence's first word, written in the script of the name after it (``first``, its
    first letter), is no ordinary word (``Celta`` of ``Celta Vigo``, not ``Yesterday``): a part of
    the name it stands before. A word of another script («Криптобиржа White Bit») is no part of it."""
    if bool(_CYRILLIC.match(word[0])) != bool(_CYRILLIC.match(first)):
        return False
    low = word.lower()
    return len(low) >= 3 and low.isalpha() and not (is_general_word(low) or is_dictionary_word(low.replace("ё", "е")))


@lru_cache(maxsize=4096)
def home_places(country_code: str | None, city: str | None, names: tuple[str, ...] = ()) -> frozenset[str]:
    """The lemmas of an organization's own country and city («латвия», «рига») and of the words of
    its own ``names``: after its name, its own place in the genitive («Свободный университет
    Латвии») is no other name, nor is a word of its longer names beside it (``Project Harmony
    International`` for Project Harmony, also called PH International)."""
    places = [*(country_spellings(country_code) if country_code else ()), *([city] if city else [])]
    own = {cue_lemma(w) for name in names for w in WORD.findall(name) if len(w) >= TITLE_WORD_LENGTH}
    return frozenset(cue_lemma(name) for name in places if " " not in name.strip()) | own


@lru_cache(maxsize=4096)
def _is_legal_form(word: str) -> bool:
    """Whether a word after a name is a legal form: the name's own (``Group 36 LLC``), no longer name."""
    tokens = tokenize_name(f"name {word}")
    return len(tokens) > 1 and tokens[-1].kind == "legal_form"


def _is_place_genitive(word: str) -> bool:
    """Whether a Russian word is a place name in the genitive («Берлина», «Брюсселя»): after a name of
    ordinary words it makes another, longer name («Свободный университет Брюсселя»)."""
    return any({"Geox", "gent"} <= set(p.tag.grammemes) for p in morph_analyzer().parse(word.lower()) if p.is_known)

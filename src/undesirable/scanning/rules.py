"""How a text must mark a name of ordinary words for it to count (the rules of
:mod:`undesirable.scanning.ambiguity`), when ``data/ambiguous_aliases.json`` does not say: derived
from the name's words, so that names added tomorrow get one too."""

from __future__ import annotations

from collections.abc import Sequence

from undesirable.names.lemma import is_cyrillic_word, morph_analyzer
from undesirable.names.normalize import analyze_word
from undesirable.names.vocabulary import is_general_word
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.ambiguity import is_title_cased
from undesirable.scanning.forms import is_dictionary_word
from undesirable.scanning.lists import AmbiguityRule


def automatic_rule(spec: AliasSpec, article: bool, proper: frozenset[str]) -> AmbiguityRule | None:
    """How a text must mark a name made of ordinary words; ``proper``: the organization's words its
    names show to be proper names («Клуни» of «Фонд Клуни», not a form of «клуня»)."""
    words = spec.words[1:] if article else spec.words
    if len(words) == 1:
        if is_dictionary_word(words[0]) or is_general_word(words[0]):
            return "marked"  # an ordinary word (дождь, rights) names the organization only written as a name
        # a one-word part of a longer name counts written as a name, not as part of another one
        return "capitalized" if spec.derived else None
    if _is_slogan(words):
        return "context"
    if spec.derived and all(
        (is_dictionary_word(w) and w not in proper) or analyze_word(w).kind != "word" for w in words
    ):
        return "marked"
    if is_title_cased(spec.name) and all(
        w.isascii() and (is_general_word(w) or analyze_word(w).kind != "word") for w in words
    ):
        return "capitalized"  # ordinary English words (East View), not within a longer name (East View Hotel)
    return None


SLOGAN_FIRST_WORDS = frozenset({"PRED", "PREP"})
"""Parts of speech that open a phrase that is no noun phrase but a slogan: a predicate («Нет
войне») or a preposition («За свободную Россию»)."""


def _is_slogan(words: Sequence[str]) -> bool:
    """Whether a Russian name of dictionary words is a slogan: written on posters and chanted («Нет
    войне»), in quotes too, it names the organization only with a cue or a nearby mention."""
    if len(words) < 2 or not is_cyrillic_word(words[0]) or not all(is_dictionary_word(w) for w in words):
        return False
    return morph_analyzer().parse(words[0])[0].tag.POS in SLOGAN_FIRST_WORDS

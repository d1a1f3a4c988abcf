"""Russian compound abbreviations of a kind phrase: «юрфирма» for «юридическая фирма», «медцентр»
for «медицинский центр».

A word the dictionary does not know that begins with a listed first part of an adjective
(``data/compound_prefixes.json``: юр, мед, гос …) followed by a noun the dictionary knows, of at least
:data:`MIN_NOUN_LETTERS` letters, is read as that adjective agreeing with the noun and the noun
(«юрфирмы» as «юридической фирмы»), so that a query so written meets a name that writes the phrase.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib.resources import files

from undesirable.names.lemma import is_cyrillic_word, morph_analyzer

MIN_NOUN_LETTERS = 3
"""Letters the noun after the first part has at least («юр-фирма»; not «мед-ь»)."""
_WORD = re.compile(r"[А-Яа-яЁё]+")


@cache
def _prefixes() -> dict[str, str]:
    raw = json.loads(files("undesirable.data").joinpath("compound_prefixes.json").read_text("utf-8"))
    return dict(raw["prefixes"])


def read_compound_words(text: str) -> tuple[str, str]:
    """``text`` with each compound abbreviation read as its phrase (see the module docstring), and
    what was read (``юрфирмы = юридической фирмы``), empty when nothing was."""
    read: list[str] = []

    def expand(match: re.Match[str]) -> str:
        phrase = compound_phrase(match.group())
        if phrase is None:
            return match.group()
        read.append(f"{match.group()} = {phrase}")
        return phrase

    out = _WORD.sub(expand, text)
    return out, ", ".join(read)


@lru_cache(maxsize=8192)
def compound_phrase(word: str) -> str | None:
    """The phrase a compound abbreviation stands for, in its case and number, or None."""
    low = word.lower().replace("ё", "е")
    if not is_cyrillic_word(low) or any(p.is_known for p in morph_analyzer().parse(low)):
        return None
    for prefix, adjective in _prefixes().items():
        rest = low[len(prefix) :]
        if not low.startswith(prefix) or len(rest) < MIN_NOUN_LETTERS:
            continue
        nouns = [p for p in morph_analyzer().parse(rest) if p.is_known and p.tag.POS == "NOUN"]
        if not nouns:
            continue
        grammemes = {g for g in (nouns[0].tag.gender, nouns[0].tag.number, nouns[0].tag.case) if g}
        if nouns[0].tag.number == "plur":
            grammemes.discard(nouns[0].tag.gender or "")
        agreeing = morph_analyzer().parse(adjective)[0].inflect(grammemes)
        if agreeing is not None:
            return f"{agreeing.word} {rest}"
    return None

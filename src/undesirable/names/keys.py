"""The one key for comparing names as people write them: the same name, however it is typed.

``name_match_key`` folds Unicode compatibility forms (NFKC), case and ``ё``/``е``, and turns quotes,
punctuation and runs of spaces into single spaces. Two names with the same key are the same
name; a name contains another when its key contains the other's key. Matching proper (scores,
transliteration, legal forms, inflection) is ``names.normalize`` and ``matching``.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")


def name_match_key(name: str) -> str:
    """A loose key to recognise the same name: case, quotes, punctuation and ``ё`` ignored."""
    text = unicodedata.normalize("NFKC", name).casefold().replace("ё", "е")
    return _NOT_WORD.sub(" ", text).strip()

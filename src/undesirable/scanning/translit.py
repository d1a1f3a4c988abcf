"""Russian names written in Latin letters in a text: "Forum svobodnoy Rossii", "Evropeyskiy vybor".

Every Cyrillic form of a name word (its inflected forms too) is also known by its skeleton
(:func:`undesirable.names.translit.skeletonize_token`, the key both scripts share: ``svobodnoy``,
``svobodnoi`` and ``свободной`` meet). Latin words of a text whose skeletons are such forms are
walked through the names' trie like Cyrillic words; a run of two words or more that spells a
Russian name is a candidate of kind ``translit``. One Latin word alone is not taken (``Dom``,
``Mir``: English texts have such words of their own).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from undesirable.names.lemma import is_cyrillic_word
from undesirable.names.translit import detect_script, skeletonize_token
from undesirable.scanning.index import ScanIndex
from undesirable.scanning.match import Candidate, walk_trie
from undesirable.scanning.text import WORD

MIN_TRANSLIT_WORDS = 2


def build_translit_forms(forms: dict[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
    """Skeleton of every Cyrillic form of a name word -> the word ids that form stands for."""
    table: dict[str, set[int]] = {}
    for form, ids in forms.items():
        if is_cyrillic_word(form):
            table.setdefault(skeletonize_token(form), set()).update(ids)
    return {key: tuple(sorted(ids)) for key, ids in table.items()}


@lru_cache(maxsize=65_536)
def _skeleton(word: str) -> str:
    return skeletonize_token(word)


def find_translit_candidates(index: ScanIndex, low: str) -> list[Candidate]:
    """Candidates where Latin words of the lower-cased text ``low`` spell a Russian name."""
    table = index.translit
    if not table or not any("a" <= c <= "z" for c in low):
        return []
    spans = [(m.start(), m.end()) for m in WORD.finditer(low)]
    ids = [table.get(_skeleton(low[a:b]), ()) if low[a:b].isascii() else () for a, b in spans]
    found: list[Candidate] = []
    for i, first in enumerate(ids):
        for word_id in first:
            node = index.trie.get(word_id)
            if node is None:
                continue
            for cand in walk_trie(node, i, spans, ids, low):
                entry = cand.entry
                if entry is not None and entry.size >= MIN_TRANSLIT_WORDS and detect_script(entry.name) == "cyrillic":
                    found.append(replace(cand, kind="translit"))
    return found

"""Derive ``src/undesirable/data/general_words.txt``: common words of English, German and French.

    pip install wordfreq && python scripts/derive_general_words.py

The screener tells the distinctive words of a register name (``Jamestown``, ``Bellingcat``) from
general vocabulary (``National``, ``Democratic``, ``Watch``) with this list and the register's own
word counts; Russian words are told apart with the pymorphy3 dictionary at run time. The list is
derived once from wordfreq's frequency data (https://github.com/rspeer/wordfreq, data under
CC BY-SA 4.0) and shipped, so nothing is downloaded at run time.
"""

from __future__ import annotations

import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "undesirable" / "data" / "general_words.txt"
MIN_ZIPF = {"en": 3.4, "de": 3.8, "fr": 3.8}
"""A word this frequent (Zipf scale: 3 = once per million words) is general vocabulary."""
CANDIDATES = 60_000
_LATIN_WORD = re.compile(r"^[a-zà-ÿ]{2,}$")


def main() -> int:
    from wordfreq import top_n_list, zipf_frequency

    words: set[str] = set()
    for lang, floor in MIN_ZIPF.items():
        for word in top_n_list(lang, CANDIDATES):
            if _LATIN_WORD.match(word) and zipf_frequency(word, lang) >= floor:
                words.add(word)
    header = (
        "# General vocabulary (English, German, French): words at least as frequent as "
        + ", ".join(f"{lang} Zipf {floor}" for lang, floor in MIN_ZIPF.items())
        + ".\n# Derived by scripts/derive_general_words.py from wordfreq's data (CC BY-SA 4.0). One word a line.\n"
    )
    OUT.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

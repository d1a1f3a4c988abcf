"""Derive ``src/undesirable/data/common_codes.txt``: short letter codes frequent in ordinary text.

    pip install wordfreq && python scripts/derive_common_codes.py

A query in capitals may be the initials of a register name the register does not list as an
acronym (``MLI`` for the Macdonald-Laurier Institute, see :mod:`undesirable.matching.initials`).
Three to six letters are also the code of many other things: state bodies (``FSB``, ``ФСБ``,
``KGB``), companies (``KPMG``), international bodies (``OSCE``), places (``DPR``, ``ДНР``). Such a
code is a frequent token of ordinary text; the initials of a register name that people really use
for it, and the register does not list, are rare tokens. Zipf frequencies (wordfreq; 3 = once per
million words):

- initials of register names used for them (the held-out sets and tests, and two well-known ones):
  NPSIA 0, ZLM 0, KHRPG 0, ДЦВ 0, ЦНСИ 0, MLI 1.61, FNF 1.67, UCB 2.38 (University of California,
  Berkeley), RFE 2.40 (Radio Free Europe);
- codes of something else that the initials rule took for a register name: DPR 2.65 (Deputies of
  Peaceful Russia), KPMG 2.81, OSCE 2.86, FSB 2.90 (Fundacja im. Stefana Batorego), CSA 3.15,
  KGB 3.30, ФСБ 4.29, ДНР 4.52.

:data:`MIN_ZIPF` lies between the two groups. (Listed acronyms can be frequent, ``NED`` 3.71,
``NDI`` 2.36: they are matched as listed, not by this rule.) The list holds the tokens of three to
six letters at least that frequent, English for Latin letters and Russian for Cyrillic, that the
screener's vocabulary (``data/general_words.txt`` and pymorphy3's dictionary) does not already call
ordinary words. It is derived once from wordfreq's data (https://github.com/rspeer/wordfreq, data
under CC BY-SA 4.0) and shipped, so nothing is downloaded at run time.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from undesirable.names.lemma import is_cyrillic_word, morph_analyzer  # noqa: E402
from undesirable.names.normalize import analyze_word  # noqa: E402
from undesirable.names.vocabulary import classify_word  # noqa: E402

OUT = ROOT / "src" / "undesirable" / "data" / "common_codes.txt"
MIN_ZIPF = 2.5
"""A code at least this frequent (Zipf scale) is a common code of something else (see above)."""
LANGUAGES = {"en": re.compile(r"^[a-z]{3,6}$"), "ru": re.compile(r"^[а-яё]{3,6}$")}
CANDIDATES = 200_000


def _ordinary_word(word: str) -> bool:
    """True for a word the screener's vocabulary calls general, a place of pymorphy3's aside
    (the vocabulary counts places as general, but «ДНР» is a code)."""
    if classify_word(analyze_word(word)) != "general":
        return False
    parses = [p for p in morph_analyzer().parse(word) if p.is_known] if is_cyrillic_word(word) else []
    return not (parses and "Geox" in parses[0].tag.grammemes)


def main() -> int:
    from wordfreq import top_n_list, zipf_frequency

    codes: set[str] = set()
    for lang, shape in LANGUAGES.items():
        for word in top_n_list(lang, CANDIDATES):
            if shape.match(word) and zipf_frequency(word, lang) >= MIN_ZIPF and not _ordinary_word(word):
                codes.add(word.replace("ё", "е"))
    header = (
        f"# Common codes: tokens of 3-6 letters at least as frequent as Zipf {MIN_ZIPF} (en for Latin, ru for\n"
        "# Cyrillic) that are not ordinary words of the screener's vocabulary.\n"
        "# Derived by scripts/derive_common_codes.py from wordfreq's data (CC BY-SA 4.0). One code a line.\n"
    )
    OUT.write_text(header + "\n".join(sorted(codes)) + "\n", encoding="utf-8")
    print(f"{len(codes)} codes -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Acronyms that are team or country codes in a sports result: "NED 2–1 ENG", "NED v ENG".

Results and fixtures write teams as three-letter codes in capitals (NED, ENG, GER), and such a code
may be an acronym of the register (NED, the National Endowment for Democracy). A code is no mention
when a score stands right beside it ("NED 2–1", "1:0 NED"), or when "v", "vs" or a dash joins it to
another code in capitals that is no acronym of the register ("NED v ENG", "NED–ENG").
"""

from __future__ import annotations

import re
from collections.abc import Callable

SCORE = r"\d{1,2}\s*[:–—-]\s*\d{1,2}"
"""A score (2–1, 0:3); four-digit years (2014–2016) are none."""
_CODE = r"[A-ZÀ-ÞА-ЯЁ]{2,4}"
_SCORE_AFTER = re.compile(r"[ \t\u00a0]+" + SCORE + r"(?![\d:–—-]?\d)")
_SCORE_BEFORE = re.compile(r"(?<![\d:–—-])" + SCORE + r"[ \t\u00a0]+$")
_JOINED_AFTER = re.compile(r"[ \t\u00a0]*(?:[–—-]|[ \t\u00a0]vs?\.?[ \t\u00a0])[ \t\u00a0]*(" + _CODE + r")(?!\w)")
_JOINED_BEFORE = re.compile(r"(?<!\w)(" + _CODE + r")[ \t\u00a0]*(?:[–—-]|[ \t\u00a0]vs?\.?[ \t\u00a0])[ \t\u00a0]*$")
LOOK_CHARS = 16
"""How far on each side a score or another code is looked for."""


def is_team_code(text: str, start: int, end: int, is_acronym: Callable[[str], bool]) -> bool:
    """Whether the acronym ``text[start:end]`` stands in a sports result (see the module docstring);
    ``is_acronym``: whether a code in capitals is an acronym of the register."""
    after = text[end : end + LOOK_CHARS]
    before = text[max(0, start - LOOK_CHARS) : start]
    if _SCORE_AFTER.match(after) or _SCORE_BEFORE.search(before):
        return True
    joined = _JOINED_AFTER.match(after) or _JOINED_BEFORE.search(before)
    return joined is not None and not is_acronym(joined.group(1))

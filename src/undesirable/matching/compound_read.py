"""Matches of a query read with its compound abbreviations written out («юрфирмы Vigo» as
«юридической фирмы Vigo», see :mod:`undesirable.names.compounds`): a variant of the name, never
exact, said so (reason ``compound_word_read``)."""

from __future__ import annotations

from dataclasses import replace

from undesirable.matching.reasons import Reason, render_reasons
from undesirable.matching.result import NameMatch

COMPOUND_READ_FACTOR = 0.97
"""Factor of a match found with a compound abbreviation written out: a variant, not the name."""
_EXACT = ("exact_name", "exact_alias")


def with_compound_read(found: list[NameMatch], read: str) -> list[NameMatch]:
    """``found`` with what was read (``юрфирмы = юридической фирмы``) said, exactness taken back."""
    out = []
    for match in found:
        reasons = (*(r for r in match.reasons if r.code not in _EXACT), Reason("compound_word_read", {"words": read}))
        score = round(match.score * COMPOUND_READ_FACTOR, 4)
        out.append(replace(match, score=score, reasons=reasons, explanation=render_reasons(reasons)))
    return out

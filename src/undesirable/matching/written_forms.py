"""The legal forms of a query as it writes them: ``Spolek`` for the form displayed ``z.s.``.

A legal form is recognized in many writings (``z. s.``, ``zs``, the noun ``spolek`` of the
abbreviated words; see :func:`undesirable.names.normalize.mark_legal_forms`) and compared by its
display form; a reason that says a form was ignored names it as the query wrote it, so that what it
states is what the screener typed.
"""

from __future__ import annotations

import re

from undesirable.names.normalize import Token

_BETWEEN_LETTERS = r"[.\s]*"
_BETWEEN_WORDS = r"[\s.,]*"


def written_forms(text: str, tokens: list[Token]) -> dict[str, str]:
    """Display form -> the words of ``text`` that write it (the first writing of each form); a form
    whose words cannot be found in ``text`` as written is left out (it reads as its display)."""
    found: dict[str, str] = {}
    start = 0
    k = 0
    while k < len(tokens):
        form = tokens[k].legal_form
        end = k
        while end < len(tokens) and form is not None and tokens[end].legal_form == form:
            end += 1
        if form is None:
            k += 1
            continue
        match = _writing(tokens[k:end]).search(text, start)
        if match is not None:
            found.setdefault(form, match.group().strip())
            start = match.end()
        k = end
    return found


def _writing(tokens: list[Token]) -> re.Pattern[str]:
    """The words of a form as a query may write them: their letters in order, with full stops and
    spaces between letters of one word and punctuation between words; a full stop after the last."""
    words = [_BETWEEN_LETTERS.join(re.escape(c) for c in t.text) for t in tokens]
    return re.compile(rf"(?<!\w){_BETWEEN_WORDS.join(words)}\.?(?!\w)", re.IGNORECASE)

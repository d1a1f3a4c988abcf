"""Organization operations: the register as it stood on a date, filtered by a piece of a name."""

from __future__ import annotations

import re

from undesirable.model import Organization

DEFAULT_PAGE = 50
"""Organizations per page of a list."""

_NOT_WORD = re.compile(r"[\W_]+")


def has_name_containing(org: Organization, text: str) -> bool:
    """Whether any name, acronym or domain of ``org`` contains ``text`` (case and punctuation ignored)."""
    needle = _fold(text)
    return any(needle in _fold(name) for name in (*org.all_names(), *org.acronyms, *org.domains, org.id))


def _fold(text: str) -> str:
    return _NOT_WORD.sub(" ", text.casefold().replace("ё", "е")).strip()

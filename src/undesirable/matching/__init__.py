"""Name screening against the register: build an index once, then match names (see ``match``)."""

from __future__ import annotations

from undesirable.matching.index import MatchIndex, build_match_index
from undesirable.matching.match import (
    POSSIBLE_THRESHOLD,
    STRONG_THRESHOLD,
    NameMatch,
    match_name,
    match_names,
)

__all__ = [
    "POSSIBLE_THRESHOLD",
    "STRONG_THRESHOLD",
    "MatchIndex",
    "NameMatch",
    "build_match_index",
    "match_name",
    "match_names",
]

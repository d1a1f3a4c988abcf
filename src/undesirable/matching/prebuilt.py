"""Build, at once, the tables matching derives from an index on first use.

Built when an index is built, they are kept with it in the disk cache (see
:func:`undesirable.registry.index_cache.load_or_build_match_index`), so the first ``check`` after a
start does not pay for them: the place adjectives alone take most of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from undesirable.matching.cut_words import cut_partners
from undesirable.matching.demonyms import demonym_partners
from undesirable.matching.initials import initials_owners
from undesirable.matching.initials_words import lead_initials_owners
from undesirable.matching.kind_initials import kind_initial_owners
from undesirable.matching.spelling import build_tables

if TYPE_CHECKING:
    from undesirable.matching.index import MatchIndex


def build_derived_tables(index: MatchIndex) -> None:
    """Build the spelling search's tables and the costly tables of the other readings of ``index`` now."""
    build_tables(index)
    demonym_partners(index)
    cut_partners(index)
    initials_owners(index)
    lead_initials_owners(index)
    kind_initial_owners(index)

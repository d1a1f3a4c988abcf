"""The tables of a scan index that find names by sound and by other spellings: names heard by ear
(:mod:`undesirable.scanning.phonetic`, :mod:`undesirable.scanning.heard_words`), acronyms said as a word
(:mod:`undesirable.scanning.spoken`), English names' leading words alone
(:mod:`undesirable.scanning.latin_leads`), transliterations (:mod:`undesirable.scanning.translit`) and typos
(:mod:`undesirable.scanning.typos`)."""

from __future__ import annotations

from collections.abc import Sequence

from undesirable.model import Organization
from undesirable.scanning.aliases import AliasSpec
from undesirable.scanning.heard_words import build_heard_words
from undesirable.scanning.index import ScanIndex
from undesirable.scanning.latin_leads import build_latin_leads
from undesirable.scanning.phonetic import build_phonetic_table
from undesirable.scanning.spoken import build_spoken_acronyms
from undesirable.scanning.translit import build_translit_forms
from undesirable.scanning.typos import build_typo_table


def add_sound_tables(
    index: ScanIndex,
    orgs: Sequence[Organization],
    specs: Sequence[tuple[Organization, AliasSpec]],
    cues: dict[str, frozenset[str]],
) -> None:
    """Fill ``index``'s sound and spelling tables from the names ``specs`` of ``orgs`` and their ``cues``."""
    index.phonetic = build_phonetic_table(orgs, cues, [(org, spec) for org, spec in specs if spec.derived])
    index.heard_words = build_heard_words(specs, cues)
    index.spoken = build_spoken_acronyms(specs, cues)
    index.latin_leads = build_latin_leads(orgs, specs, cues)
    index.translit = build_translit_forms(index.forms)
    index.typos = build_typo_table(index.forms)

"""Find the register's organizations in Russian and English text: names in any inflection,
acronyms, web domains and URLs, with ordinary words that happen to be names told apart.

    index = build_scan_index(organizations)
    for mention in scan_text(index, "Сотрудники «Медузы» и The Insider…", as_of=date(2024, 1, 1)):
        print(mention.start, mention.end, mention.organization.id, mention.confidence)

Pure: organizations in, mentions out; the only files read are the package's own data files.
"""

from __future__ import annotations

from undesirable.scanning.index import ScanIndex, build_scan_index
from undesirable.scanning.scan import Mention, scan_chunks, scan_text

__all__ = ["Mention", "ScanIndex", "build_scan_index", "scan_chunks", "scan_text"]

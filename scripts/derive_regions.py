"""Derive ``src/undesirable/data/regions.json``: the first-level regions of every country (US
states, German Länder, Canadian provinces, Russian oblasts…), in English or their own language and,
where known, in Russian.

    pip install pycountry && python scripts/derive_regions.py

The scanner reads "Jamestown, Virginia" as a town: a one-word short form of a longer name followed
by a comma and a region (or a country) names the place, not the organization. The list is derived
once from pycountry's ISO 3166-2 data and its Russian translations, and shipped, so the package
needs neither at run time.
"""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "undesirable" / "data" / "regions.json"
_BRACKETED = re.compile(r"\s*[\[(].*?[\])]")


def _spellings(name: str) -> list[str]:
    """A region's name and, for ``Name [Other]`` or ``Name (Other)``, each part apart."""
    parts = [_BRACKETED.sub("", name), *re.findall(r"[\[(](.*?)[\])]", name)]
    return [p.strip().lower().replace("ё", "е") for p in parts if p.strip()]


def main() -> int:
    import pycountry

    russian = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    names: set[str] = set()
    for region in pycountry.subdivisions:
        if region.parent_code is not None:
            continue  # a first-level region only (a state, not a county of it)
        names.update(_spellings(region.name))
        names.update(_spellings(russian.gettext(region.name)))
    data = {
        "_about": (
            "First-level regions of every country (ISO 3166-2 via pycountry, with Russian names where "
            "translated), lower case, ё as е; written by scripts/derive_regions.py."
        ),
        "regions": sorted(names),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(names)} region names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

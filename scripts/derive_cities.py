"""Derive ``src/undesirable/data/cities.json``: the cities of the time-zone database, in the languages
of the register's countries, with the country each is in.

    python scripts/derive_cities.py

The matcher reads an acronym with a place beside it ("LYMEC Brussels", «NED Вашингтон») as the
acronym's organization in that place. Countries and their first-level regions are known
(``countries.json``, ``regions.json``), cities not: the time-zone database names a city for every
zone of every country (Europe/Brussels, Europe/Kyiv, America/New_York: ``zone.tab`` of the tzdata
package), and CLDR gives its name in each language (babel's exemplar cities: Брюссель, Bruxelles).
Derived once and shipped, so the package needs neither at run time.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "undesirable" / "data" / "cities.json"
LANGUAGES = ("en", "ru", "uk", "de", "fr", "nl", "pl", "cs", "sk", "lt", "lv", "et", "fi", "sv", "it", "es")
"""English, Russian, and the languages of the countries the register's organizations come from."""
MIN_LETTERS = 3


def main() -> int:
    from importlib.resources import files

    from babel.dates import get_timezone_location

    table = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    cities: dict[str, set[str]] = {}
    for line in table.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _, zone = line.split("\t")[:3]
        names = {zone.rsplit("/", 1)[-1].replace("_", " ")}
        names |= {get_timezone_location(zone, locale=lang, return_city=True) for lang in LANGUAGES}
        for name in names:
            key = name.lower().replace("ё", "е").strip()
            if sum(c.isalpha() for c in key) >= MIN_LETTERS:
                cities.setdefault(key, set()).add(code)
    data = {
        "_about": "Cities of the time-zone database (tzdata zone.tab) in English, Russian and the languages of "
        "the register's countries (CLDR exemplar cities via babel), lower case, ё as е -> the ISO 3166-1 codes "
        "of the countries they are in; written by scripts/derive_cities.py.",
        "cities": {name: sorted(codes) for name, codes in sorted(cities.items())},
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(cities)} city names written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

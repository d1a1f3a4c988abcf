"""Build the package's bundled register and annotations from the compiled facts (a dev-time step).

    python scripts/build_bundled.py PATH/TO/registry-facts.csv

Writes ``src/undesirable/data/bundled_register.json`` (the register in the project's own format:
the 188 official rows verbatim, then rows known from the press with official-style names) and
``src/undesirable/data/annotations.json`` (categories, domains, aliases, sources, notes). The
package reads only these files; the facts file is never read at run time.
"""

from __future__ import annotations

import calendar
import csv
import json
import re
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from undesirable.sources.project_format import dump_register_json  # noqa: E402
from undesirable.sources.rows import RegisterRow, make_org_id, normalize_order  # noqa: E402

DATA = ROOT / "src" / "undesirable" / "data"
COUNTRIES = {  # English name in the facts -> (ISO code, the register's Russian short form)
    "United States": ("US", "США"),
    "Germany": ("DE", "ФРГ"),
    "United Kingdom": ("GB", "Великобритания"),
    "Ukraine": ("UA", "Украина"),
    "Poland": ("PL", "Республика Польша"),
    "Canada": ("CA", "Канада"),
    "France": ("FR", "Франция"),
    "Lithuania": ("LT", "Литовская Республика"),
    "Latvia": ("LV", "Латвийская Республика"),
    "Czech Republic": ("CZ", "Чешская Республика"),
    "Netherlands": ("NL", "Королевство Нидерландов"),
    "Belgium": ("BE", "Королевство Бельгия"),
    "Norway": ("NO", "Королевство Норвегия"),
    "Switzerland": ("CH", "Швейцария"),
    "Estonia": ("EE", "Эстонская Республика"),
    "Japan": ("JP", "Япония"),
    "Georgia": ("GE", "Грузия"),
    "Finland": ("FI", "Финляндия"),
    "Turkey": ("TR", "Турецкая Республика"),
    "Sweden": ("SE", "Королевство Швеция"),
    "Bulgaria": ("BG", "Республика Болгария"),
    "Austria": ("AT", "Австрия"),
    "Romania": ("RO", "Румыния"),
    "Montenegro": ("ME", "Черногория"),
    "Armenia": ("AM", "Республика Армения"),
    "Spain": ("ES", "Королевство Испания"),
    "Liechtenstein": ("LI", "Княжество Лихтенштейн"),
    "Portugal": ("PT", "Португальская Республика"),
    "Serbia": ("RS", "Республика Сербия"),
    "Denmark": ("DK", "Королевство Дания"),
    "Italy": ("IT", "Итальянская Республика"),
    "Moldova": ("MD", "Республика Молдова"),
}
NOTE = (
    "Reconstructed from public reporting, not the official file: all {official} entries of the official "
    "list as of 05.09.2024 (from a public copy of it), and {press} later entries known from the press "
    "(dates may be announcement dates). Complete to September 2024, partial after it: the official list "
    "had 390 entries on 14.08.2026. {total} entries; latest date {latest}."
)


def main(facts_path: Path) -> None:
    facts = list(csv.DictReader(facts_path.open(encoding="utf-8")))
    official = sorted((f for f in facts if f["register_no"]), key=lambda f: int(f["register_no"]))
    press = sorted(_drop_repeats(official, [f for f in facts if not f["register_no"]]), key=_press_sort_key)
    rows: list[RegisterRow] = []
    annotations: list[dict[str, object]] = []
    used_ids: set[str] = set()
    for number, fact in enumerate([*official, *press], start=1):
        row = _row(fact, number, used_ids)
        rows.append(row)
        annotations.append(_annotation(fact, row))
    latest = max(d for r in rows for d in (r.inclusion_date, r.gp_decision_date) if d is not None)
    note = NOTE.format(official=len(official), press=len(press), total=len(rows), latest=latest.strftime("%d.%m.%Y"))
    actuality = datetime(latest.year, latest.month, latest.day)
    text = dump_register_json(rows, actuality=actuality, kind="bundled", title="Bundled reconstruction", note=note)
    (DATA / "bundled_register.json").write_text(text, encoding="utf-8")
    document = {
        "note": "Curated facts the official file lacks; see registry/annotations.py.",
        "annotations": annotations,
    }
    (DATA / "annotations.json").write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows ({len(official)} official, {len(press)} press), latest {latest}")


def _drop_repeats(official: list[dict[str, str]], press: list[dict[str, str]]) -> list[dict[str, str]]:
    """Press rows that repeat an official entry add their sources to it instead of a new row."""
    by_key = {_key(f[column]): f for f in official for column in ("name_en", "raw_name") if f[column]}
    kept = []
    for fact in press:
        twin = by_key.get(_key(fact["name_en"])) if fact["name_en"] else None
        if twin is None:
            kept.append(fact)
            continue
        twin["source_urls"] = ";".join(dict.fromkeys(_split(twin["source_urls"]) + _split(fact["source_urls"])))
        print(f"press row {fact['name_en']!r} repeats official entry {twin['register_no']}: merged")
    return kept


def _key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", plain.lower())


def _row(fact: dict[str, str], number: int, used_ids: set[str]) -> RegisterRow:
    inclusion = _date(fact["inclusion_date"])
    order = normalize_order(fact["inclusion_order"] or None)
    if fact["register_no"]:
        org_id = make_org_id(order, inclusion) if order and inclusion else None
        raw_name, basis = fact["raw_name"], "official"
    else:
        org_id = _curated_id(fact, used_ids)
        raw_name, basis = _official_style_name(fact), "press"
    if org_id:
        used_ids.add(org_id)
    return RegisterRow(
        line=number,
        register_no=number,
        inclusion_date=inclusion,
        inclusion_order=order,
        gp_decision_date=_date(fact["gp_decision_date"]),
        raw_name=raw_name,
        exclusion_date=_date(fact["exclusion_date"]),
        exclusion_order=normalize_order(fact["exclusion_order"] or None),
        gp_cancel_date=_date(fact["gp_cancel_date"]),
        status="Включена",
        org_id=org_id,
        basis=basis,
    )


def _annotation(fact: dict[str, str], row: RegisterRow) -> dict[str, object]:
    names = [n for n in (fact["name_ru"], fact["name_en"]) if n]
    code = COUNTRIES.get(fact["country"], (None, None))[0]
    return {
        "id": row.org_id,
        "names": names,
        "name_ru": fact["name_ru"] or None,
        "name_en": _clean_name(fact["name_en"]) or None,
        "aliases": [_clean_name(a) for a in _split(fact["aliases"])],
        "country_code": code,
        "category": fact["category"] or None,
        "domains": _split(fact["domains"]),
        "sources": _split(fact["source_urls"]),
        "notes": " ".join(n for n in (fact["notes"], _month_only_note(fact)) if n) or None,
        "basis": fact["basis"],
    }


def _official_style_name(fact: dict[str, str]) -> str:
    country = COUNTRIES.get(fact["country"], (None, fact["country"]))[1]
    parts = []
    if fact["name_ru"]:
        parts.append(f"«{fact['name_ru']}»" if not fact["name_ru"].startswith("«") else fact["name_ru"])
    if fact["name_en"]:
        name_en = _clean_name(fact["name_en"])
        parts.append(f"({name_en})" if parts else name_en)
    if country:
        parts.append(f"({country})")
    return " ".join(parts)


def _curated_id(fact: dict[str, str], used: set[str]) -> str:
    base = fact["name_en"] or _latin(fact["name_ru"])
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")[:60].strip("-")
    candidate = f"curated:{slug}"
    if candidate in used:
        candidate = f"{candidate}-{COUNTRIES.get(fact['country'], ('xx',))[0].lower()}"
    return candidate


def _latin(text: str) -> str:
    table = str.maketrans(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "abvgdeejziiklmnoprstufhccss_y_eua",
    )
    return text.lower().translate(table)


def _press_sort_key(fact: dict[str, str]) -> tuple[str, str]:
    return (fact["inclusion_date"] or fact["gp_decision_date"] or "9999", fact["name_en"] or fact["name_ru"])


def _date(text: str) -> date | None:
    """ISO dates; a date known only to the month (``2025-06``) becomes that month's last day."""
    if not text:
        return None
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = map(int, text.split("-"))
        return date(year, month, calendar.monthrange(year, month)[1])
    return date.fromisoformat(text)


def _month_only_note(fact: dict[str, str]) -> str | None:
    vague = [k for k in ("inclusion_date", "gp_decision_date") if re.fullmatch(r"\d{4}-\d{2}", fact[k])]
    if not vague:
        return None
    which = ", ".join(f"{k.replace('_', ' ')} known only to the month ({fact[k]})" for k in vague)
    return f"{which}; the month's last day is used."


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def _clean_name(text: str) -> str:
    """A name without a trailing lower-case descriptor: ``Vigo (law firm)`` -> ``Vigo``."""
    return _DESCRIPTOR.sub("", text).strip()


_DESCRIPTOR = re.compile(r"\s*\((?:former name|law firm|[a-z][a-z ]+)\)\s*$")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "registry-facts.csv")

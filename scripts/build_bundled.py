"""Build the package's bundled register and annotations from the compiled facts (a dev-time step).

    python scripts/build_bundled.py PATH/TO/registry-facts.csv

Writes ``src/undesirable/data/bundled_register.json`` (the register in the project's own format:
every entry of the official list up to the inclusion order of 03.07.2026, each with the register's
own raw name and the inclusion order's date, order numbers and decision dates where known, a date
known only to the month kept as a month) and ``src/undesirable/data/annotations.json``
(categories, domains, aliases, sources, notes). Ids are minted once (``registry/ids.py``) and kept
across rebuilds: an entry of the previous bundled file keeps its id, and its earlier ids stay as
former ids. The package reads only these files; the facts file is never read at run time.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from undesirable.registry.annotations import name_match_key  # noqa: E402
from undesirable.registry.ids import id_forms, mint_org_id  # noqa: E402
from undesirable.sources.project_format import dump_register_json, read_register_json_bytes  # noqa: E402
from undesirable.sources.rows import RegisterRow, normalize_order  # noqa: E402

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
    "Bundled reconstruction from public copies of the official list, not the Justice Ministry's file, up to "
    "{latest} ({total} entries): complete by name and inclusion date to {latest}; order numbers (known for "
    "{orders}) and decision dates (known for {decisions}) partial after September 2024; the last {unknown} of "
    "the 390 entries of 14.08.2026 not known."
)
OFFICIAL_COUNT_2026_08_14 = 390


def main(facts_path: Path) -> None:
    facts = list(csv.DictReader(facts_path.open(encoding="utf-8")))
    previous = _previous_ids()
    rows: list[RegisterRow] = []
    annotations: list[dict[str, object]] = []
    used: set[str] = set()
    for line, fact in enumerate(facts, start=1):
        row = _row(fact, line, previous, used)
        rows.append(row)
        annotations.append(_annotation(fact, row))
    latest = max(r.inclusion_date for r in rows if r.inclusion_date is not None)
    note = NOTE.format(
        total=len(rows),
        latest=latest.strftime("%d.%m.%Y"),
        orders=sum(bool(r.inclusion_order) for r in rows),
        decisions=sum(bool(r.gp_decision_date) for r in rows),
        unknown=OFFICIAL_COUNT_2026_08_14 - len(rows),
    )
    actuality = datetime(latest.year, latest.month, latest.day)
    text = dump_register_json(rows, actuality=actuality, kind="bundled", title="Bundled reconstruction", note=note)
    (DATA / "bundled_register.json").write_text(text, encoding="utf-8")
    document = {
        "note": "Curated facts the official file lacks; see registry/annotations.py.",
        "annotations": annotations,
    }
    (DATA / "annotations.json").write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows, latest inclusion {latest}")


def _previous_ids() -> dict[str, list[tuple[str, ...]]]:
    """Every id (and name key) of the previous bundled file -> the ids of the entries it names."""
    path = DATA / "bundled_register.json"
    if not path.exists():
        return {}
    old = read_register_json_bytes(path.read_bytes(), name=str(path))
    notes = json.loads((DATA / "annotations.json").read_text(encoding="utf-8"))["annotations"]
    names = {n["id"]: [n.get("name_en"), n.get("name_ru"), *n.get("names", [])] for n in notes if n.get("id")}
    countries = {n["id"]: n.get("country_code") for n in notes if n.get("id")}
    index: dict[str, list[tuple[str, ...]]] = {}
    for row in old.rows:
        if not row.org_id:
            continue
        ids = (row.org_id, *row.former_ids)
        keys = [f for i in ids for f in id_forms(i)]
        keys += ["name:" + name_match_key(name) for name in names.get(row.org_id, []) if name]
        for key in dict.fromkeys(keys):
            index.setdefault(key, []).append(ids)
            index.setdefault(f"{key}@{countries.get(row.org_id)}", []).append(ids)
    return index


def _row(fact: dict[str, str], line: int, previous: dict[str, list[tuple[str, ...]]], used: set[str]) -> RegisterRow:
    inclusion, inclusion_month = _date(fact["inclusion_date"])
    decision, decision_month = _date(fact["gp_decision_date"])
    order = normalize_order(fact["inclusion_order"] or None)
    minted = mint_org_id(order=order, inclusion=inclusion, name=fact["name_en"] or fact["name_ru"] or fact["raw_name"])
    key = "name:" + name_match_key(fact["name_en"] or fact["name_ru"])
    code = COUNTRIES.get(fact["country"], ("",))[0]
    candidates = previous.get(minted, []) + previous.get(f"{key}@{code}", []) + previous.get(key, [])
    # the first earlier entry no other row took (two entries may share a name: Elton John AIDS Foundation)
    earlier = next((ids for ids in candidates if not any(i in used for i in ids)), ())
    org_id = next((i for i in earlier if i.startswith("ru-undesirable-")), minted)
    if org_id in used:
        suffixed = f"{minted}-{code.lower()}"
        org_id = suffixed if code and suffixed not in used else f"{minted}-n{line}"
    former = tuple(dict.fromkeys(i for i in (*earlier, minted) if i != org_id and i not in used))
    used.update((org_id, *former))
    month_dates = tuple(
        k for k, vague in (("inclusion_date", inclusion_month), ("gp_decision_date", decision_month)) if vague
    )
    return RegisterRow(
        line=line,
        register_no=int(fact["register_no"]) if fact["register_no"] else None,
        inclusion_date=inclusion,
        inclusion_order=order,
        gp_decision_date=decision,
        raw_name=fact["raw_name"],
        exclusion_date=_date(fact["exclusion_date"])[0],
        exclusion_order=normalize_order(fact["exclusion_order"] or None),
        gp_cancel_date=_date(fact["gp_cancel_date"])[0],
        status="Включена",
        org_id=org_id,
        basis="official",
        month_dates=month_dates,
        former_ids=former,
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
        "notes": " ".join(n for n in (fact["notes"], _press_note(fact)) if n) or None,
        "basis": fact["basis"],
    }


def _date(text: str) -> tuple[date | None, bool]:
    """An ISO date, or a date known only to the month (``2025-07``) as its first day, flagged."""
    if not text:
        return None, False
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = map(int, text.split("-"))
        return date(year, month, 1), True
    return date.fromisoformat(text), False


def _press_note(fact: dict[str, str]) -> str | None:
    """Which facts of a later entry come from reporting, not from a copy of the official list."""
    if fact["basis"] == "register-copy-2024-09-05":
        return None
    known = [
        label
        for key, label in (("inclusion_order", "the order number"), ("gp_decision_date", "the decision date"))
        if fact[key]
    ]
    if not known:
        return None
    return f"Raw name and inclusion date from a copy of the official list; {' and '.join(known)} from press reports."


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def _clean_name(text: str) -> str:
    """A name without a trailing lower-case descriptor: ``Vigo (law firm)`` -> ``Vigo``."""
    return _DESCRIPTOR.sub("", text).strip()


_DESCRIPTOR = re.compile(r"\s*\((?:former name|law firm|[a-z][a-z ]+)\)\s*$")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "registry-facts.csv")

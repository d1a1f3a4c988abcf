"""Batch screening end to end on a realistic mix, against LogicV2 and rapidfuzz on the same names.

    python bench/bench_batch.py [--names 60000] [--peer-sample 600]

The batch: every name distinct, a third of them noisy register names (case changed, a letter
dropped or two swapped, a legal form added, invisible characters), the rest ordinary company names
(words of the shipped general vocabulary and of Russian business names, coined brand words, legal
forms). It is written as a CSV and screened end to end (read, match, write) by ``screen_table`` in
one process and by ``screen_table_in_processes`` on every core, each run in a fresh interpreter (so
neither starts with caches the other warmed; building the index is not timed). The peers score a
sample of the same names: nomenklatura's LogicV2 (each name against every register organization)
and rapidfuzz WRatio brute force over every register name. Prints names per second per core and
the ratios, measured in the same run, and the load average before and after (the machine may be
shared: compare ratios, not absolute numbers).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_match import rank_logic_v2, rank_wratio  # noqa: E402

from undesirable.matching import build_match_index  # noqa: E402
from undesirable.matching.prebuilt import build_derived_tables  # noqa: E402
from undesirable.registry.bundled import load_bundled_organizations  # noqa: E402
from undesirable.screening import RESULT_COLUMNS, Screener, screen_table  # noqa: E402
from undesirable.screening_processes import available_cores, screen_table_in_processes  # noqa: E402
from undesirable.sources.table_writers import open_table_writer  # noqa: E402
from undesirable.sources.tables import open_table  # noqa: E402

RUSSIAN_WORDS = [
    "торговый",
    "дом",
    "строй",
    "инвест",
    "групп",
    "сервис",
    "плюс",
    "агро",
    "техно",
    "энерго",
    "транс",
    "капитал",
    "развитие",
    "северный",
    "восток",
    "альянс",
    "лига",
    "центр",
    "медиа",
    "фарм",
    "ресурс",
    "регион",
    "снаб",
    "монтаж",
    "проект",
    "консалт",
    "логистик",
    "терминал",
    "стандарт",
    "профи",
    "мастер",
    "гарант",
    "надежный",
    "первый",
    "новый",
    "городской",
    "областной",
    "сибирский",
    "уральский",
    "волжский",
    "южный",
    "зерно",
    "молоко",
    "хлеб",
    "мебель",
    "окна",
    "двери",
    "кровля",
    "металл",
    "бетон",
    "лес",
    "уголь",
    "нефть",
    "газ",
    "вода",
    "свет",
    "тепло",
    "связь",
]
SYLLABLES_LATIN = [
    "ka",
    "ro",
    "mi",
    "ta",
    "ne",
    "lo",
    "su",
    "vi",
    "de",
    "ga",
    "bo",
    "ri",
    "tu",
    "ma",
    "ze",
    "po",
    "li",
    "na",
    "sa",
    "ko",
    "ex",
    "on",
    "ar",
    "el",
]
SYLLABLES_CYRILLIC = [
    "ка",
    "ро",
    "ми",
    "та",
    "не",
    "ло",
    "су",
    "ви",
    "де",
    "га",
    "бо",
    "ри",
    "ту",
    "ма",
    "зе",
    "по",
    "ли",
    "на",
    "са",
    "ко",
    "экс",
    "он",
    "ар",
    "эль",
]
LEGAL_LATIN = ("Ltd", "LLC", "Inc.", "GmbH", "Limited", "Corp.", "S.A.", "B.V.", "")
LEGAL_CYRILLIC = ("ООО", "АО", "ЗАО", "ПАО", "ИП", "")


def _coined(rng: random.Random, syllables: list[str]) -> str:
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()


def ordinary_name(rng: random.Random, english: list[str]) -> str:
    if rng.random() < 0.5:
        words = [_coined(rng, SYLLABLES_LATIN), *rng.sample(english, rng.randint(1, 2))]
        return " ".join(w.capitalize() for w in words) + " " + rng.choice(LEGAL_LATIN)
    words = [_coined(rng, SYLLABLES_CYRILLIC), *rng.sample(RUSSIAN_WORDS, rng.randint(0, 2))]
    return f"{rng.choice(LEGAL_CYRILLIC)} «{' '.join(words).capitalize()}»"


def noisy_register_name(rng: random.Random, names: list[str]) -> str:
    name = rng.choice(names)
    roll = rng.random()
    if roll < 0.25:
        name = name.upper()
    elif roll < 0.5 and len(name) > 6:
        i = rng.randrange(1, len(name) - 2)
        name = name[:i] + name[i + 1 :]
    elif roll < 0.7 and len(name) > 6:
        i = rng.randrange(1, len(name) - 2)
        name = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    elif roll < 0.8 and len(name) > 4:
        i = rng.randrange(1, len(name) - 1)
        name = name[:i] + "\u200b" + name[i:]
    if rng.random() < 0.3:
        name += " " + rng.choice(LEGAL_LATIN[:4])
    return name


def mixed_batch(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    orgs = load_bundled_organizations()
    register = [n for org in orgs for n in org.all_names()]
    english = (ROOT / "src" / "undesirable" / "data" / "general_words.txt").read_text("utf-8").split("\n")
    english = [w for w in english if w and not w.startswith("#") and w.isascii()]
    names: dict[str, None] = {}
    while len(names) < count:
        name = noisy_register_name(rng, register) if rng.random() < 1 / 3 else ordinary_name(rng, english)
        names[name] = None
    return list(names)


def _write_csv(path: Path, names: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("id,name\n")
        for number, name in enumerate(names):
            handle.write(f'{number},"{name.replace(chr(34), chr(34) * 2)}"\n')


def time_ours(path: Path, out: Path, *, workers: int) -> float:
    index = build_match_index(load_bundled_organizations())
    build_derived_tables(index)  # built with the index, as the registry's index loader does (registry/index_cache.py)
    started = time.perf_counter()
    reader = open_table(path, column="name")
    writer = open_table_writer(out, [*reader.columns, *RESULT_COLUMNS])
    try:
        if workers > 1:
            screen_table_in_processes(
                reader, writer, column="name", index=index, threshold=0.7, limit=10, as_of=None, workers=workers
            )
        else:
            screen_table(reader, writer, column="name", screener=Screener(index), as_of=None)
    finally:
        writer.close()
    return time.perf_counter() - started


def time_in_fresh_process(path: Path, out: Path, *, workers: int) -> float:
    """:func:`time_ours` in a new interpreter: no cache warmed by an earlier run."""
    done = subprocess.run(
        [sys.executable, __file__, "--time-ours", str(path), str(out), str(workers)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--names", type=int, default=60_000)
    parser.add_argument("--peer-sample", type=int, default=600)
    parser.add_argument("--skip-logic-v2", action="store_true")
    parser.add_argument("--time-ours", nargs=3, metavar=("INPUT", "OUTPUT", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.time_ours:
        source, out, workers = args.time_ours
        print(time_ours(Path(source), Path(out), workers=int(workers)))
        return 0
    names = mixed_batch(args.names)
    cores = available_cores()
    load_before = _load()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "names.csv"
        _write_csv(source, names)
        one = time_in_fresh_process(source, work / "one.csv", workers=1)
        many = time_in_fresh_process(source, work / "many.csv", workers=cores)
        same = (work / "one.csv").read_bytes() == (work / "many.csv").read_bytes()
    ours = len(names) / one
    print(f"batch: {len(names):,} distinct names (a third noisy register names), end to end (read, match, write)")
    print(f"  load average (1, 5, 15 min) before: {load_before}; after: {_load()}; cores: {cores}")
    print(f"  undesirable, 1 process:       {ours:>9,.0f} names/s per core")
    print(
        f"  undesirable, {cores} processes:     {len(names) / many:>9,.0f} names/s "
        f"({len(names) / many / cores:,.0f} per core; x{one / many:.2f} the one-process rate); same output: {same}"
    )
    orgs = load_bundled_organizations()
    sample = names[: args.peer_sample]
    _, seconds = rank_wratio(orgs, sample)
    wratio = len(sample) / seconds
    print(f"  rapidfuzz WRatio brute force: {wratio:>9,.0f} names/s per core (x{ours / wratio:.1f} slower than ours)")
    if not args.skip_logic_v2:
        found = rank_logic_v2(orgs, sample[: max(50, args.peer_sample // 6)])
        if isinstance(found, str):
            print(f"  LogicV2: {found}")
        else:
            logic = max(50, args.peer_sample // 6) / found[1]
            print(f"  nomenklatura LogicV2:         {logic:>9,.0f} names/s per core (x{ours / logic:.0f} slower)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

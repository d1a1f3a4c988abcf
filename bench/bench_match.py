"""Name matching benchmark: this matcher against two peers, on the same labelled set and register.

    python bench/bench_match.py [--synthetic N] [--skip-logic-v2]

Peers:
- OpenSanctions' nomenklatura LogicV2 (the algorithm behind yente): every query becomes a
  name-only FollowTheMoney Organization and is compared with every register organization (each
  carrying all its names); needs ``pip install nomenklatura``, skipped with a note otherwise.
- rapidfuzz WRatio brute force over every register name (default processor: lower case, no
  punctuation).

For each: precision, recall and F1 of screening decisions (see undesirable.matching.evaluate) at
the matcher's own default threshold and at the threshold that is best for it on this set (an
oracle choice, in the peers' favour), and names per second on the labelled set (every query
distinct, caches cold). This matcher is also timed on a synthetic batch of distinct company-like
names after a warm-up, which is how a large screening file behaves.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))  # tests.labels resolves the sets' labels

from rapidfuzz import fuzz, process, utils  # noqa: E402

from undesirable.matching import POSSIBLE_THRESHOLD, build_match_index, match_names  # noqa: E402
from undesirable.matching.evaluate import EvalResult, LabelledQuery, evaluate_rankings  # noqa: E402
from undesirable.model import Organization  # noqa: E402
from undesirable.registry.bundled import load_bundled_organizations  # noqa: E402

EVAL_FILE = ROOT / "tests" / "matching" / "eval_queries.csv"
HELDOUT_FILE = ROOT / "tests" / "matching" / "heldout_queries.csv"  # never used for tuning
ROUND4_FILE = ROOT / "tests" / "matching" / "heldout_round4_queries.csv"  # every class, see docs/evaluation.md
LOGIC_V2_THRESHOLD = 0.7
"""yente's default match threshold for logic-v2."""
WRATIO_THRESHOLD = 0.9
SYNTHETIC_NAMES = 60_000
WARM_UP_NAMES = 5_000
SWEEP = [round(0.5 + 0.025 * i, 3) for i in range(21)]

Ranking = list[tuple[str, float]]


def read_eval_queries(path: Path = EVAL_FILE) -> list[LabelledQuery]:
    """The labelled queries of a set, labels resolved to the register's current ids (older id
    forms such as ``1076-р/2015-07-29`` included, see tests/labels.py)."""
    from tests.labels import resolve_labels

    orgs = load_bundled_organizations()
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            LabelledQuery(row["query"], resolve_labels(row["expected"], orgs), row["kind"])
            for row in csv.DictReader(handle)
        ]


def names_of(org: Organization) -> list[str]:
    return list(dict.fromkeys([*org.all_names(), *org.acronyms]))


def rank_ours(orgs: Sequence[Organization], queries: list[str]) -> tuple[list[Ranking], float]:
    index = build_match_index(orgs)
    start = time.perf_counter()
    found = match_names(index, queries, threshold=0.3, limit=5)
    elapsed = time.perf_counter() - start
    return [[(m.organization.id, m.score) for m in matches] for matches in found], elapsed


def rank_wratio(orgs: Sequence[Organization], queries: list[str]) -> tuple[list[Ranking], float]:
    choices: list[str] = []
    owners: list[str] = []
    for org in orgs:
        for name in names_of(org):
            choices.append(utils.default_process(name))
            owners.append(org.id)
    rankings = []
    start = time.perf_counter()
    for query in queries:
        best: dict[str, float] = {}
        hits = process.extract(utils.default_process(query), choices, scorer=fuzz.WRatio, limit=None, score_cutoff=30)
        for _, score, position in hits:
            org_id = owners[position]
            best[org_id] = max(best.get(org_id, 0.0), score / 100.0)
        rankings.append(sorted(best.items(), key=lambda item: -item[1])[:5])
    return rankings, time.perf_counter() - start


_PROBE_IDS = itertools.count()


def rank_logic_v2(orgs: Sequence[Organization], queries: list[str]) -> tuple[list[Ranking], float] | str:
    try:
        from followthemoney import model
        from nomenklatura.matching import LogicV2
        from nomenklatura.matching.types import ScoringConfig
    except ImportError as error:
        return f"not installed ({error}); pip install nomenklatura"
    config = ScoringConfig.defaults()
    register = []
    for org in orgs:
        entity = model.make_entity("Organization")
        entity.id = org.id
        entity.add("name", names_of(org))
        register.append(entity)
    rankings = []
    start = time.perf_counter()
    for number, query in enumerate(queries):
        probe = model.make_entity("Organization")
        probe.id = f"q{next(_PROBE_IDS)}-{number}"  # unique across runs: the peer caches by entity id
        probe.add("name", query)
        scores = [(entity.id or "", LogicV2.compare(probe, entity, config).score) for entity in register]
        rankings.append(sorted(scores, key=lambda item: -item[1])[:5])
    return rankings, time.perf_counter() - start


def synthetic_names(count: int, seed: int = 7) -> list[str]:
    """Distinct-ish company-like names in Latin and Cyrillic, most of them not designated."""
    rng = random.Random(seed)
    latin = [
        "global",
        "trading",
        "capital",
        "holdings",
        "group",
        "partners",
        "logistics",
        "systems",
        "solutions",
        "energy",
        "bank",
        "invest",
        "consulting",
        "services",
        "media",
        "digital",
        "green",
        "north",
        "south",
        "east",
        "west",
        "star",
        "alpha",
        "united",
        "first",
        "national",
        "royal",
        "pacific",
        "atlantic",
        "open",
        "free",
        "new",
        "city",
        "hotel",
        "market",
        "foods",
        "pharma",
        "tech",
        "software",
        "research",
        "health",
        "care",
        "education",
        "school",
        "university",
        "foundation",
        "fund",
        "trust",
        "society",
        "institute",
        "center",
        "association",
        "church",
        "club",
        "sport",
        "motors",
        "steel",
        "oil",
        "gas",
        "agro",
        "build",
        "design",
        "studio",
        "art",
        "music",
        "film",
        "press",
        "news",
        "radio",
        "tv",
        "russia",
        "europe",
        "asia",
        "america",
        "london",
        "moscow",
        "berlin",
    ]
    cyrillic = [
        "ромашка",
        "вектор",
        "альфа",
        "строй",
        "торг",
        "сервис",
        "групп",
        "инвест",
        "капитал",
        "север",
        "юг",
        "восток",
        "запад",
        "центр",
        "фонд",
        "общество",
        "союз",
        "развитие",
        "наука",
        "образование",
        "медиа",
        "пресса",
        "радио",
        "новый",
        "открытый",
        "русский",
    ]
    forms = ["Ltd", "LLC", "Inc.", "GmbH", "ООО", "АО", "S.A.", "B.V.", "", ""]
    surnames = [
        "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
        for _ in range(5000)
    ]

    def one() -> str:
        pool = cyrillic if rng.random() < 0.3 else latin
        words = [
            rng.choice(surnames).capitalize() if rng.random() < 0.35 else rng.choice(pool).capitalize()
            for _ in range(rng.randint(1, 4))
        ]
        return " ".join([*words, rng.choice(forms)]).strip()

    return [one() for _ in range(count)]


def time_batch(orgs: Sequence[Organization], names: list[str]) -> float:
    index = build_match_index(orgs)
    match_names(index, names[:WARM_UP_NAMES])
    batch = names[WARM_UP_NAMES:]
    start = time.perf_counter()
    match_names(index, batch)
    return len(batch) / (time.perf_counter() - start)


def best_threshold(queries: list[LabelledQuery], rankings: list[Ranking]) -> EvalResult:
    results = [evaluate_rankings(queries, rankings, threshold=t) for t in SWEEP]
    return max(results, key=lambda r: (r.f1, -abs(r.threshold - 0.7)))


def print_row(name: str, result: EvalResult, rate: float | None) -> None:
    speed = f"{rate:10,.0f}" if rate is not None else " " * 10
    print(
        f"{name:<46} {result.threshold:5.3f} {result.precision:6.3f} {result.recall:6.3f} "
        f"{result.f1:6.3f} {result.false_positives:4d} {result.false_negatives:4d} {speed}"
    )


def compare_on(
    orgs: Sequence[Organization], labelled: list[LabelledQuery], title: str, args: argparse.Namespace
) -> dict[str, tuple[EvalResult, float]]:
    """Every peer on one labelled set: precision, recall, F1 and speed, printed as a table."""
    queries = [q.query for q in labelled]
    n_ids = len({i for q in labelled for i in q.expected})
    n_pos = sum(1 for q in labelled if q.expected)
    print(
        f"\n{title}: {len(labelled)} queries ({n_pos} positives naming {n_ids} organizations, "
        f"{len(labelled) - n_pos} negatives)"
    )
    peers: list[tuple[str, Callable[..., object], float]] = [
        ("undesirable matcher", rank_ours, POSSIBLE_THRESHOLD),
        ("rapidfuzz WRatio brute force", rank_wratio, WRATIO_THRESHOLD),
    ]
    if not args.skip_logic_v2:
        peers.append(("nomenklatura LogicV2", rank_logic_v2, LOGIC_V2_THRESHOLD))
    print(f"{'matcher':<46} {'thr':>5} {'prec':>6} {'recall':>6} {'F1':>6} {'FP':>4} {'FN':>4} {'names/s':>10}")
    summary: dict[str, tuple[EvalResult, float]] = {}
    for name, ranker, default in peers:
        outcome = ranker(orgs, queries)
        if isinstance(outcome, str):
            print(f"{name:<46} skipped: {outcome}")
            continue
        rankings, elapsed = outcome  # type: ignore[misc]
        rate = len(queries) / elapsed
        at_default = evaluate_rankings(labelled, rankings, threshold=default)
        print_row(f"{name} (default)", at_default, rate)
        print_row(f"{name} (best threshold)", best_threshold(labelled, rankings), None)
        summary[name] = (at_default, rate)
    return summary


def run(args: argparse.Namespace) -> int:
    orgs = load_bundled_organizations()
    print(f"register: {len(orgs)} organizations, {sum(len(names_of(o)) for o in orgs)} names")
    summary = compare_on(orgs, read_eval_queries(EVAL_FILE), "labelled set the matcher was tuned on", args)
    compare_on(orgs, read_eval_queries(HELDOUT_FILE), "held-out set (never used for tuning)", args)
    compare_on(orgs, read_eval_queries(ROUND4_FILE), "fourth held-out set (every class, docs/evaluation.md)", args)
    ours, our_rate = summary["undesirable matcher"]
    batch_rate = time_batch(orgs, synthetic_names(args.synthetic + WARM_UP_NAMES))
    print(
        f"\nundesirable matcher, synthetic batch of {args.synthetic:,} names after warm-up: {batch_rate:,.0f} names/s"
    )
    print("\nratios (this matcher at its default threshold / peer at its default):")
    for name, (result, rate) in summary.items():
        if name != "undesirable matcher":
            print(
                f"  vs {name}: F1 {ours.f1:.3f} vs {result.f1:.3f} ({ours.f1 - result.f1:+.3f}), "
                f"speed x{our_rate / rate:,.1f} on the labelled set, x{batch_rate / rate:,.1f} batch"
            )
    if args.errors:
        print("\nerrors of this matcher at its default threshold:")
        print("\n".join(f"  {line}" for line in ours.errors))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--synthetic", type=int, default=SYNTHETIC_NAMES, help="batch size for the speed run")
    parser.add_argument("--skip-logic-v2", action="store_true", help="do not run the (slow) LogicV2 peer")
    parser.add_argument("--errors", action="store_true", help="list this matcher's wrong decisions")
    return run(parser.parse_args())


if __name__ == "__main__":
    raise SystemExit(main())

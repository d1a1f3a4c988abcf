"""Per-class precision, recall and F1 of the matcher and the scanner on one held-out set each.

    python scripts/heldout_report.py                       # the latest sets (docs/evaluation.md)
    python scripts/heldout_report.py --round 6             # the sixth sets
    python scripts/heldout_report.py --round 5             # the fifth sets
    python scripts/heldout_report.py --matcher tests/matching/heldout_round3_queries.csv

The matcher is counted as a screener sees it (:mod:`undesirable.matching.evaluate`: the best match
at the 'possible' threshold); the scanner per text and organization (which organizations a text
names). Every wrong decision is printed under the table.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.labels import resolve_labels  # noqa: E402

from undesirable.matching import POSSIBLE_THRESHOLD, build_match_index, match_names  # noqa: E402
from undesirable.matching.evaluate import LabelledQuery, evaluate_by_kind, evaluate_rankings  # noqa: E402
from undesirable.registry.bundled import load_bundled_organizations  # noqa: E402
from undesirable.scanning import build_scan_index, scan_text  # noqa: E402

MATCHING = ROOT / "tests" / "matching"
SCANNING = ROOT / "tests" / "scanning"
ROUNDS: dict[int, tuple[Path, Path | None]] = {
    1: (MATCHING / "heldout_queries.csv", None),
    2: (MATCHING / "heldout_round2_queries.csv", SCANNING / "heldout_round2.tsv"),
    3: (MATCHING / "heldout_round3_queries.csv", None),
    4: (MATCHING / "heldout_round4_queries.csv", SCANNING / "heldout_round4.tsv"),
    5: (MATCHING / "heldout_round5_queries.csv", SCANNING / "heldout_round5.tsv"),
    6: (MATCHING / "heldout_round6_queries.csv", SCANNING / "heldout_round6.tsv"),
    7: (MATCHING / "heldout_round7_queries.csv", SCANNING / "heldout_round7.tsv"),
    8: (MATCHING / "heldout_round8_queries.csv", SCANNING / "heldout_round8.tsv"),
    9: (MATCHING / "heldout_round9_queries.csv", SCANNING / "heldout_round9.tsv"),
    10: (MATCHING / "heldout_round10_queries.csv", SCANNING / "heldout_round10.tsv"),
    11: (MATCHING / "heldout_round11_queries.csv", SCANNING / "heldout_round11.tsv"),
    12: (MATCHING / "heldout_round12_queries.csv", SCANNING / "heldout_round12.tsv"),
    13: (MATCHING / "heldout_round13_queries.csv", SCANNING / "heldout_round13.tsv"),
    14: (MATCHING / "heldout_round14_queries.csv", SCANNING / "heldout_round14.tsv"),
    15: (MATCHING / "heldout_round15_queries.csv", SCANNING / "heldout_round15.tsv"),
    16: (MATCHING / "heldout_round16_queries.csv", SCANNING / "heldout_round16.tsv"),
}
"""The held-out sets of each round: the matcher's and the scanner's (the first scanner set has no
classes; the third round had a matcher set only)."""


def _ratio(part: int, whole: int, *, scale: int = 1) -> str:
    """``scale * part / whole`` in a column, or a dash when there is nothing to count (no
    positives for a recall, nothing reported for a precision)."""
    return f"{scale * part / whole:>7.3f}" if whole else f"{'—':>7}"


def report_matcher(path: Path) -> None:
    orgs = load_bundled_organizations()
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    queries = [LabelledQuery(r["query"], resolve_labels(r["expected"], orgs), r["kind"]) for r in rows]
    index = build_match_index(orgs)
    found = match_names(index, [q.query for q in queries], threshold=0.5)
    rankings = [[(m.organization.id, m.score) for m in matches] for matches in found]
    print(f"matcher on {path.name} ({len(queries)} queries, threshold {POSSIBLE_THRESHOLD})")
    print(f"{'class':<18}{'n':>4}{'P':>7}{'R':>7}{'F1':>7}")
    for kind, result in evaluate_by_kind(queries, rankings, threshold=POSSIBLE_THRESHOLD).items():
        n = result.positives + result.negatives
        flagged = result.true_positives + result.false_positives
        precision = _ratio(result.true_positives, flagged)
        recall = _ratio(result.true_positives, result.positives)
        f1 = _ratio(result.true_positives, result.positives and flagged + result.positives, scale=2)
        print(f"{kind:<18}{n:>4}{precision}{recall}{f1}")
    total = evaluate_rankings(queries, rankings, threshold=POSSIBLE_THRESHOLD)
    print(f"{'all':<18}{len(queries):>4}{total.precision:>7.3f}{total.recall:>7.3f}{total.f1:>7.3f}")
    print("\n".join(total.errors))


def report_scanner(path: Path) -> None:
    orgs = load_bundled_organizations()
    index = build_scan_index(orgs)
    counts: dict[str, list[int]] = {}
    errors = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        labels, kind, text = line.split("\t", 2)
        expected = frozenset() if labels == "-" else resolve_labels(labels, orgs, separator=";")
        found = {m.organization.id for m in scan_text(index, text)}
        slot = counts.setdefault(kind, [0, 0, 0, 0])
        slot[0] += len(found & expected)
        slot[1] += len(found - expected)
        slot[2] += len(expected)
        slot[3] += 1
        if found != expected:
            errors.append(f"[{kind}] {text!r}: expected {sorted(expected)}, found {sorted(found)}")
    print(f"\nscanner on {path.name} (per text and organization)")
    print(f"{'class':<18}{'texts':>6}{'P':>7}{'R':>7}")
    for kind, (right, wrong, total, texts) in sorted(counts.items()):
        print(f"{kind:<18}{texts:>6}{_ratio(right, right + wrong)}{_ratio(right, total)}")
    right, wrong, total, texts = (sum(c[i] for c in counts.values()) for i in range(4))
    print(f"{'all':<18}{texts:>6}{right / max(1, right + wrong):>7.3f}{right / max(1, total):>7.3f}")
    print("\n".join(errors))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round", type=int, choices=sorted(ROUNDS), default=max(ROUNDS))
    parser.add_argument("--matcher", type=Path, help="a matcher set (query,expected,kind); default: the round's")
    parser.add_argument("--scanner", type=Path, help="a scanner set (labels, class, text); default: the round's")
    args = parser.parse_args()
    matcher, scanner = ROUNDS[args.round]
    report_matcher(args.matcher or matcher)
    if args.scanner or scanner:
        report_scanner(args.scanner or scanner)


if __name__ == "__main__":
    main()

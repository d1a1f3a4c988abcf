"""The scanner on texts written apart from its evaluation set and never used to tune it.

Scored per text and organization (which organizations a text names), so the numbers say how the
scanner does on prose nobody tuned it for; the bar is below the tuned set's.
"""

from __future__ import annotations

from pathlib import Path

from undesirable.scanning import ScanIndex, scan_text

HELDOUT_FILE = Path(__file__).with_name("heldout_set.tsv")
MIN_PRECISION = 0.95
MIN_RECALL = 0.9


def read_heldout() -> list[tuple[frozenset[str], str]]:
    cases = []
    for line in HELDOUT_FILE.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ids, text = line.split("\t", 1)
        cases.append((frozenset() if ids == "-" else frozenset(ids.split(",")), text))
    return cases


def test_heldout_set_names_register_ids(scan_index: ScanIndex) -> None:
    from undesirable.registry.bundled import load_bundled_organizations

    known = {org.id for org in load_bundled_organizations()}
    cases = read_heldout()
    assert len(cases) >= 45 and sum(1 for ids, _ in cases if not ids) >= 15
    assert {i for ids, _ in cases for i in ids} <= known


def test_heldout_precision_and_recall(scan_index: ScanIndex) -> None:
    found_right = found_wrong = expected_total = 0
    errors = []
    for expected, text in read_heldout():
        found = {m.organization.id for m in scan_text(scan_index, text)}
        found_right += len(found & expected)
        found_wrong += len(found - expected)
        expected_total += len(expected)
        if found != expected:
            errors.append(f"{text!r}: expected {sorted(expected)}, found {sorted(found)}")
    precision = found_right / (found_right + found_wrong) if found_right + found_wrong else 1.0
    recall = found_right / expected_total
    assert precision >= MIN_PRECISION, "\n".join(errors)
    assert recall >= MIN_RECALL, "\n".join(errors)

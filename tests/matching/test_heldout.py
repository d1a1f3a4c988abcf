"""The matcher on queries written apart from the evaluation set and never used to tune it.

``eval_queries.csv`` is the set the matcher's weights were tuned on, so its numbers flatter the
matcher. ``heldout_queries.csv`` (no query in common with it) shows what to expect on names
nobody tuned for; its bar is set below the tuned set's, and the benchmark prints both.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.labels import HELDOUT_CLASSES, resolve_labels
from undesirable.matching import POSSIBLE_THRESHOLD, build_match_index, match_names
from undesirable.matching.evaluate import LabelledQuery, evaluate_by_kind, evaluate_rankings
from undesirable.registry.bundled import load_bundled_organizations

HELDOUT_FILE = Path(__file__).with_name("heldout_queries.csv")
ROUND2_FILE = Path(__file__).with_name("heldout_round2_queries.csv")
"""A second held-out set, written with the short-form, transcription, evasion, brand and shared-name
classes and never used for tuning."""
ROUND2_MIN_F1 = 0.98
ROUND3_FILE = Path(__file__).with_name("heldout_round3_queries.csv")
"""A third held-out set, written after the second had been run once."""
ROUND4_FILE = Path(__file__).with_name("heldout_round4_queries.csv")
"""A fourth held-out set, written from the register's facts before the matcher was run on it
(first-run numbers in docs/evaluation.md)."""
LATER_SETS = [ROUND2_FILE, ROUND3_FILE, ROUND4_FILE]
ROUND4_CLASSES = HELDOUT_CLASSES | {"typo"}
"""The scanner's classes and plain typos in names (a letter added, dropped or doubled)."""
ROUND5_FILE = Path(__file__).with_name("heldout_round5_queries.csv")
"""A fifth held-out set, written from the register's facts before the matcher was run on it (first
run and the numbers after the fixes its misses led to in docs/evaluation.md)."""
ROUND6_FILE = Path(__file__).with_name("heldout_round6_queries.csv")
"""A sixth held-out set, written with the fifth and run once, untouched, after the last fix the
fifth led to (docs/evaluation.md); nothing was fixed from it."""
ROUND7_FILE = Path(__file__).with_name("heldout_round7_queries.csv")
"""A seventh held-out set, written after the sixth had been run, and run once, untouched, after the
fixes the sixth led to (docs/evaluation.md); nothing was fixed from it."""
ROUND8_FILE = Path(__file__).with_name("heldout_round8_queries.csv")
"""An eighth held-out set, written after the seventh had been run, and run once, untouched, after
the fixes the seventh led to (docs/evaluation.md); then fixed class by class."""
ROUND9_FILE = Path(__file__).with_name("heldout_round9_queries.csv")
ROUND10_FILE = Path(__file__).with_name("heldout_round10_queries.csv")
ROUND11_FILE = Path(__file__).with_name("heldout_round11_queries.csv")
ROUND12_FILE = Path(__file__).with_name("heldout_round12_queries.csv")
ROUND13_FILE = Path(__file__).with_name("heldout_round13_queries.csv")
ROUND14_FILE = Path(__file__).with_name("heldout_round14_queries.csv")
ROUND15_FILE = Path(__file__).with_name("heldout_round15_queries.csv")
ROUND16_FILE = Path(__file__).with_name("heldout_round16_queries.csv")
"""A ninth held-out set, written after the eighth had been run, and run once, untouched, after the
fixes the eighth led to (docs/evaluation.md)."""
ROUND5_CLASSES = ROUND4_CLASSES | {"inflection", "legal_form"}
"""The fourth sets' classes, a Russian case form of a full name and a legal form added or changed."""
EVAL_FILE = Path(__file__).with_name("eval_queries.csv")
MIN_F1 = 0.93
MIN_NEGATIVE_SHARE = 0.19
"""Of a later held-out set's queries, at least this share (about a fifth) names nothing listed."""
MIN_PRECISION = 0.95


def read_queries(path: Path) -> list[LabelledQuery]:
    """The labelled queries of a file, labels resolved to the register's current ids (see tests.labels)."""
    orgs = load_bundled_organizations()
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            LabelledQuery(r["query"], resolve_labels(r["expected"], orgs), r["kind"]) for r in csv.DictReader(handle)
        ]


def test_heldout_set_is_apart_from_the_tuned_set() -> None:
    heldout = read_queries(HELDOUT_FILE)
    tuned = {q.query for q in read_queries(EVAL_FILE)}
    assert len(heldout) >= 100
    assert sum(1 for q in heldout if not q.expected) >= 40
    assert not tuned & {q.query for q in heldout}
    known = {org.id for org in load_bundled_organizations()}
    assert {i for q in heldout for i in q.expected} <= known


def test_heldout_precision_and_recall() -> None:
    queries = read_queries(HELDOUT_FILE)
    index = build_match_index(load_bundled_organizations())
    found = match_names(index, [q.query for q in queries], threshold=0.5)
    rankings = [[(m.organization.id, m.score) for m in matches] for matches in found]
    result = evaluate_rankings(queries, rankings, threshold=POSSIBLE_THRESHOLD)
    assert result.precision >= MIN_PRECISION, "\n".join(result.errors)
    assert result.f1 >= MIN_F1, "\n".join(result.errors)


@pytest.mark.parametrize("path", LATER_SETS, ids=["round2", "round3", "round4"])
def test_later_heldout_sets_per_class(path: Path) -> None:
    queries = read_queries(path)
    earlier = [EVAL_FILE, HELDOUT_FILE, *LATER_SETS[: LATER_SETS.index(path)]]
    tuned = {q.query for f in earlier for q in read_queries(f)}
    assert not tuned & {q.query for q in queries}
    kinds = {q.kind for q in queries}
    assert {"short_form", "transcription", "evasion", "brand", "shared_name", "hard_negative"} <= kinds
    if path == ROUND4_FILE:
        assert kinds >= ROUND4_CLASSES
    index = build_match_index(load_bundled_organizations())
    found = match_names(index, [q.query for q in queries], threshold=0.5)
    rankings = [[(m.organization.id, m.score) for m in matches] for matches in found]
    result = evaluate_rankings(queries, rankings, threshold=POSSIBLE_THRESHOLD)
    per_kind = evaluate_by_kind(queries, rankings, threshold=POSSIBLE_THRESHOLD)
    report = "\n".join(
        [f"{kind}: P {r.precision:.2f} R {r.recall:.2f}" for kind, r in per_kind.items()] + list(result.errors)
    )
    assert result.f1 >= ROUND2_MIN_F1, report


@dataclass(frozen=True)
class Reached:
    """What the matcher reaches on one held-out set (docs/evaluation.md), checked class by class:
    each class's recall is 1.0 and it raises no false alarm unless named here."""

    f1: float
    recall: Mapping[str, float] = field(default_factory=dict)
    false_alarms: Mapping[str, int] = field(default_factory=dict)


REACHED = {
    ROUND5_FILE: Reached(0.99, false_alarms={"hard_negative": 1}),
    ROUND6_FILE: Reached(0.99, recall={"transcription": 0.87}),
    ROUND7_FILE: Reached(1.0),
    ROUND8_FILE: Reached(1.0),
    ROUND9_FILE: Reached(0.98, recall={"transcription": 0.92}, false_alarms={"hard_negative": 3}),
    ROUND10_FILE: Reached(
        0.95,
        recall={
            "acronym": 0.66,
            "shared_name": 0.71,
            "short_form": 0.84,
            "spelling_variant": 0.87,
            "transcription": 0.92,
            "word_order": 0.87,
        },
        false_alarms={"shared_name": 1},
    ),
    ROUND11_FILE: Reached(0.99, recall={"spelling_variant": 0.87}),
    ROUND12_FILE: Reached(0.98, recall={"diacritics": 0.88, "shared_name": 0.77}),
    ROUND13_FILE: Reached(1.0),
    ROUND14_FILE: Reached(0.989, recall={"acronym": 0.9, "spelling_variant": 0.8}),
    ROUND15_FILE: Reached(1.0),
    ROUND16_FILE: Reached(0.99, recall={"short_form": 0.91}),
}
"""Round 5 after the fixes its misses led to: one longer name sharing two words («Свободный
университет Берлина») raises a false alarm; persons' names alone score below a possible match.
Round 6 untouched: an older Czech legal form (o.s., now known), a
typo (Rigths), three names heard by ear (one, Эйдженси, now found) missed; persons' names alone are namesakes
since. Round 7 untouched: a brand with its domain (Meduza.io), a Turkish name without its letters'
marks and with words the register glues, a name heard by ear, a Russian name in scholarly
transliteration (Nacional'nyj) missed; a company named with a listed acronym (Wise, CIT), a
council's name one word from a listed one and a bank's name equal to a listed quoted word raise
false alarms. Round 7 after its fixes (web addresses, a legal form the organization never carries
with an ordinary name, soft signs written as apostrophes, generic words the register glues, a name
of ordinary words missing a word inside a listed one, generic words heard by ear, a name's own
word at its end kept with the ordinary words that lead it). Round 8 untouched (P 0.992 R 0.977
F1 0.984: a Danish legal form, a name the register glues with a digit written apart and a number
heard by ear missed; one short word one edit from a listed one raised a false alarm), and after
its fixes (the legal forms of the register's countries, glued names written apart, number words,
short words paired on a guess, names of ordinary words named by their place). Round 9 untouched (P 0.976 R
0.961 F1 0.969), and after its fixes (a word the query glues read as the register's two, a leading
word saying what kind of outlet a name is, the Moldovan A.O., acronyms spelled out by their letter
names): one name heard by ear missed, three false alarms. Round 11 untouched (P 1.000 R 0.955 F1
0.977), and after its fixes (an English possessive read without its s, the initials of a name two
entries carry returned as that shared name, a quoted part of a name that also names something else
as a possible short form, an adjective's reading as likely as a noun's, English -logy, -tua and ch
heard in Russian, a word glued from two heard by ear): P 1.000 R 0.992 F1 0.996. Round 12 untouched
(P 0.992 R 0.935 F1 0.963), and after its fixes (legal forms in every spelling, quoted names inside
quoted names or before a founder's name, a name without its own acronym, a dash, a web address in
words): P 1.000 R 0.978 F1 0.989. Round 13 untouched (P 1.000 R 0.951 F1 0.975), and after its
fixes (a digit read as a word, plurals heard by ear, the leading words of long Russian names,
letter-spaced digits and gaps, names listed with a slash, a founder's name after the name): every
class at 1.0. Round 14 untouched (P 0.992 R 0.892 F1 0.940), and after its fixes (names
letter-spaced by hyphens, two words read as the one register word they make, "named after", kind
words written short with a period, acronyms beside a name's dash, letter names written apart, a
word a Russian name keeps in Latin letters, an outlet's language service, ordinary words describing
a name after it, initials of a name's first words with its other words, a place after "of" that
tells the organization), and a place written as a noun where the name writes its adjective: P 1.000
R 0.973 F1 0.986. Two spelling variants rest on former names the register does not carry; an acronym
that is also a common code and a short word heard by ear are missed. Round 15 untouched (P 0.993 R
0.919 F1 0.954), and after its fixes (legal forms written out or with their accents, an ordinary
word beside a coined name the register also spells in Cyrillic only a guess, generic words heard
by ear only when they keep their letters, an acronym beside its city or country, kind words
abbreviated without a period, a possessor before a name, a kind word with a name's quoted tail,
the word for Russians in several languages): P 1.000 R 0.986 F1 0.993; then two letter names written
apart before a kind word and an adjective of a name's genitive noun moved before its head: every
class at 1.0. Round 14's short word heard by ear («Раша») is found since. Round 16 untouched (P 0.993
R 0.960 F1 0.976), and after its fixes (a digit for the English word it sounds like, a Latin word cut
short, a plural noun of people before a name, a Russian compound abbreviation of a kind phrase, a
word's reading that is a register word, the first part of a compound adjective an ordinary word):
P 1.000 R 0.993 F1 0.997. A short form of two ordinary words of a diaspora group's name is missed."""


@pytest.mark.parametrize("path", list(REACHED), ids=[f"round{n}" for n in range(5, 17)])
def test_fifth_and_later_sets_class_by_class(path: Path) -> None:
    queries = read_queries(path)
    earlier = [EVAL_FILE, HELDOUT_FILE, *LATER_SETS, *[f for f in REACHED if f != path]]
    tuned = {q.query for f in earlier for q in read_queries(f)}
    assert not tuned & {q.query for q in queries}
    assert {q.kind for q in queries} >= ROUND5_CLASSES
    assert len(queries) >= 120 and sum(1 for q in queries if not q.expected) >= MIN_NEGATIVE_SHARE * len(queries)
    index = build_match_index(load_bundled_organizations())
    found = match_names(index, [q.query for q in queries], threshold=0.5)
    rankings = [[(m.organization.id, m.score) for m in matches] for matches in found]
    result = evaluate_rankings(queries, rankings, threshold=POSSIBLE_THRESHOLD)
    report = "\n".join(result.errors)
    reached = REACHED[path]
    for kind, by_kind in evaluate_by_kind(queries, rankings, threshold=POSSIBLE_THRESHOLD).items():
        if by_kind.positives:
            assert by_kind.recall >= reached.recall.get(kind, 1.0), f"{kind}\n{report}"
        assert by_kind.false_positives <= reached.false_alarms.get(kind, 0), f"{kind}\n{report}"
    assert result.f1 >= reached.f1, report

"""Benchmark the text scanner against exact-match baselines on a generated Russian/English corpus.

    pip install -e '.[bench]'               # flashtext, once
    python bench/bench_scan.py              # 20 MB corpus, all three scanners
    python bench/bench_scan.py --mb 5       # smaller

The corpus is made here: Russian words are word forms of the pymorphy3 dictionary, English words
come from a list of common words below, both drawn with Zipf-like frequencies, in sentences and
paragraphs. Every few hundred words a name of a register organization (bundled register) is
planted at a known place: Russian names in the nominative or inflected (genitive, dative,
instrumental, prepositional), English names, acronyms, web domains and URLs; names that are also
ordinary words are planted in quotes. Three scanners run over the same text, single-threaded:

- ``scanner``: ``undesirable.scanning.scan_text``;
- ``aho-corasick``: pyahocorasick over the lower-cased text with every register name, alias and
  acronym (lower-cased, at least 3 characters) as a key, hits kept at word boundaries - the speed
  ceiling, which misses inflected forms;
- ``flashtext``: ``flashtext.KeywordProcessor`` with the same keys (Cyrillic letters added to its
  word characters).

For each: MB/s (UTF-8 bytes of the corpus per second), precision (share of reported
(span, organization) pairs that fall on a planted mention of that organization) and recall
(share of planted mentions found with the right organization), overall and for inflected
Russian names. Then the scanner reads the corpus from a file the way ``undesirable scan`` does
(streamed by paragraph) in a child process, for its peak memory at two corpus sizes.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

SEED = 20240805
ZIPF_EXPONENT = 1.05
RUSSIAN_SHARE = 0.65
WORDS_PER_MENTION = 220
MIN_BASELINE_KEY = 3
RUSSIAN_FORMS = 60_000
CASES = ("gent", "datv", "ablt", "loct")
QUOTED_TAIL = re.compile(r"«([^«»]+)»$")

RUSSIAN_COMMON_TEXT = (
    "и в не на что он с как а то это по она к но они мы из у за вы так же от все было его для "
    "бы ее уже только был или если ты о когда даже их было чтобы кто вот ну нет при до этого "
    "году также может более после очень через себя будет который которые которых года время "
    "сказал заявил сообщил отметил однако россии страны человек люди всего сейчас тогда"
)
RUSSIAN_COMMON = RUSSIAN_COMMON_TEXT.split()
ENGLISH_COMMON_TEXT = (
    "the of and to a in is that for it as was with be by on not he this are or his from at which "
    "but have an they you were her one all we there been their has would will more if no when "
    "who so what up out about than into them can only other new some could time these two may "
    "then do first any my now such like our over man me even most made after also did many "
    "before must through back years where much your way well down should because each just "
    "those people how too little state good very make world still own see men work long get "
    "here between both life being under never day same another know while last might us great "
    "old year off come since against go came right used take three states himself few house use "
    "during without again place around however home small found thought went say part once "
    "general high upon school every government report reported said says told according "
    "officials minister ministry court law police country city week month group public "
    "political news media press freedom rights human international foreign war army region "
    "policy security economic election elections president office statement interview source "
    "sources journalist journalists editor investigation document documents money bank fund "
    "company market trade energy oil gas sanctions agreement talks meeting members leader "
    "leaders support opposition activists prison arrest case trial judge charges lawyer "
    "evidence data network online website video photo story stories article board staff"
)
ENGLISH_COMMON = ENGLISH_COMMON_TEXT.split()


@dataclass(frozen=True)
class Planted:
    start: int
    end: int
    orgs: frozenset[str]
    inflected: bool


@dataclass(frozen=True)
class Result:
    name: str
    seconds: float
    pairs: list[tuple[int, int, str]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (UTF-8)")
    parser.add_argument("--no-flashtext", action="store_true", help="skip the flashtext run")
    parser.add_argument("--stream", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stream is not None:
        _stream_child(args.stream)
        return
    from undesirable.registry.bundled import load_bundled_organizations
    from undesirable.scanning import build_scan_index

    orgs = load_bundled_organizations()
    started = time.perf_counter()
    index = build_scan_index(orgs)
    print(f"index: {index.name_count} names of {len(orgs)} organizations in {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    text, planted = generate_corpus(orgs, index, megabytes=args.mb)
    size = len(text.encode("utf-8"))
    inflected = sum(p.inflected for p in planted)
    print(
        f"corpus: {size / 1e6:.1f} MB, {len(text):,} characters, {len(planted):,} planted mentions "
        f"({inflected:,} inflected Russian), made in {time.perf_counter() - started:.1f} s"
    )
    keys = baseline_keys(orgs)
    runs: list[tuple[str, Callable[[str], list[tuple[int, int, str]]]]] = [
        ("scanner", lambda t: run_scanner(index, t)),
        ("aho-corasick", make_aho_corasick(keys)),
    ]
    if not args.no_flashtext:
        try:
            runs.append(("flashtext", make_flashtext(keys)))
        except ImportError:
            print("flashtext is not installed (pip install -e '.[bench]'): skipped")
    results = [_timed(name, run, text) for name, run in runs]
    _report(results, planted, size)
    _report_memory(text, size)


def _timed(name: str, run: Callable[[str], list[tuple[int, int, str]]], text: str) -> Result:
    started = time.perf_counter()
    pairs = run(text)
    return Result(name, time.perf_counter() - started, pairs)


# -- corpus ------------------------------------------------------------------------------------------


def generate_corpus(orgs: Iterable[object], index: object, *, megabytes: float) -> tuple[str, list[Planted]]:
    """A corpus of about ``megabytes`` MB and the mentions planted in it."""
    rng = random.Random(SEED)
    russian = _zipf_vocabulary(RUSSIAN_COMMON + _russian_forms(rng), rng)
    english = _zipf_vocabulary(ENGLISH_COMMON, rng)
    names = _plantable_names(orgs, index)
    target = int(megabytes * 1_000_000)
    pieces: list[str] = []
    planted: list[Planted] = []
    position = size = 0
    words_to_mention = WORDS_PER_MENTION
    while size < target:
        is_russian = rng.random() < RUSSIAN_SHARE
        words, weights = russian if is_russian else english
        for _ in range(rng.randint(3, 7)):
            sentence = rng.choices(words, cum_weights=weights, k=rng.randint(6, 22))
            sentence[0] = sentence[0].capitalize()
            words_to_mention -= len(sentence)
            text = " ".join(sentence) + ". "
            if words_to_mention <= 0:
                words_to_mention = WORDS_PER_MENTION
                head = " ".join(sentence[: len(sentence) // 2]) + " "
                quote, surface, ids, inflected = _surface(rng.choice(names), rng)
                head += quote[:1]
                pieces.append(head)
                start = position + len(head)
                planted.append(Planted(start, start + len(surface), ids, inflected))
                text = surface + quote[1:] + " " + " ".join(sentence[len(sentence) // 2 :]) + ". "
                position += len(head)
                size += len(head.encode())
            pieces.append(text)
            position += len(text)
            size += len(text.encode())
        pieces.append("\n\n")
        position += 2
        size += 2
    return "".join(pieces), planted


def _russian_forms(rng: random.Random) -> list[str]:
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang="ru")
    letters = "абвгдежзиклмнопрстуфхцчшэюя"
    forms: set[str] = set()
    while len(forms) < RUSSIAN_FORMS:
        prefix = rng.choice(letters) + rng.choice("аеиоуыяюлрнвтсдкмп")
        for i, parse in enumerate(morph.iter_known_word_parses(prefix=prefix)):
            if i >= 400:
                break
            if parse.word.isalpha() and rng.random() < 0.5:
                forms.add(parse.word)
    ordered = sorted(forms)
    rng.shuffle(ordered)
    return ordered


def _zipf_vocabulary(words: list[str], rng: random.Random) -> tuple[list[str], list[float]]:
    del rng
    cumulative: list[float] = []
    total = 0.0
    for rank in range(1, len(words) + 1):
        total += 1.0 / rank**ZIPF_EXPONENT
        cumulative.append(total)
    return words, cumulative


@dataclass(frozen=True)
class _Name:
    text: str
    orgs: frozenset[str]
    kind: str
    borrowed: bool = False
    """A Russian writing of the organization's Latin name of an ordinary word (as ordinary as it)."""


def _plantable_names(orgs: Iterable[object], index: object) -> list[_Name]:
    """Names to plant: every name the register gives, with the organizations that share it."""
    from undesirable.model import Organization
    from undesirable.scanning.lists import load_scan_lists
    from undesirable.scanning.rules import borrows_ordinary_word
    from undesirable.scanning.text import words_key

    lists = load_scan_lists()
    by_key: dict[str, set[str]] = {}
    found: dict[str, tuple[str, str, bool]] = {}
    for org in orgs:
        assert isinstance(org, Organization)
        for name, kind in _names_of(org):
            if name in lists.ignored or (kind == "acronym" and len(name) <= 2):
                continue
            if lists.ambiguous.get(name) == "context" or "(" in name:
                continue
            key = name if kind in {"acronym", "domain"} else words_key(name)
            by_key.setdefault(key, set()).add(org.id)
            found.setdefault(key, (name, kind, borrows_ordinary_word(name.lower(), tuple(org.all_names()))))
            quoted = QUOTED_TAIL.search(name)
            if quoted is not None:  # Фонд «Свободная Россия» is also «Свободная Россия»
                by_key.setdefault(words_key(quoted.group(1)), set()).add(org.id)
    del index
    return [_Name(name, frozenset(by_key[key]), kind, loan) for key, (name, kind, loan) in sorted(found.items())]


def _names_of(org: object) -> list[tuple[str, str]]:
    from undesirable.model import Organization
    from undesirable.names.fragments import is_acronym_name

    assert isinstance(org, Organization)
    names: list[tuple[str, str]] = []
    for name in (*org.all_names(), *org.acronyms):
        cyrillic = any("а" <= c <= "я" for c in name.lower())
        kind = "acronym" if is_acronym_name(name, org.acronyms) else ("ru" if cyrillic else "en")
        names.append((name, kind))
    names.extend((domain, "domain") for domain in org.domains)
    return names


def _surface(name: _Name, rng: random.Random) -> tuple[str, str, frozenset[str], bool]:
    """The quotes to put around it (empty or two), the text to plant, its organizations, and
    whether it was inflected."""
    from undesirable.names.vocabulary import is_general_word
    from undesirable.scanning.forms import is_dictionary_word
    from undesirable.scanning.lists import load_scan_lists
    from undesirable.scanning.text import WORD, lower_text

    text, inflected = name.text, False
    if name.kind == "domain":
        text = rng.choice([text, f"https://{text}/news/{rng.randint(1, 99999)}", f"www.{text}"])
    elif name.kind == "ru" and rng.random() < 0.6:
        text, inflected = _inflect(text, rng.choice(CASES))
    words = WORD.findall(lower_text(name.text))
    ordinary = len(words) == 1 and (is_dictionary_word(words[0]) or is_general_word(words[0]) or name.borrowed)
    ambiguous = name.text in load_scan_lists().ambiguous or ordinary
    quote = ("«»" if name.kind == "ru" else '""') if ambiguous else ""
    return quote, text, name.orgs, inflected


def _inflect(name: str, case: str) -> tuple[str, bool]:
    """Inflect the words of a Russian name up to its first noun (adjectives agree with it)."""
    import pymorphy3

    morph = _morph(pymorphy3)
    out: list[str] = []
    changed = False
    words = name.split(" ")
    for i, word in enumerate(words):
        parse = morph.parse(word.strip('«»"'))[0] if word.strip('«»"').isalpha() else None
        if parse is None or parse.tag.POS not in {"NOUN", "ADJF"} or "nomn" not in parse.tag:
            out.extend(words[i:])
            break
        form = parse.inflect({case})
        if form is None:
            out.extend(words[i:])
            break
        new = form.word if word[:1].islower() else form.word[:1].upper() + form.word[1:]
        new = word.replace(word.strip('«»"'), new)
        changed = changed or new != word
        out.append(new)
        if parse.tag.POS == "NOUN":
            out.extend(words[i + 1 :])
            break
    return " ".join(out), changed


_MORPH: list[object] = []


def _morph(module: object) -> object:
    if not _MORPH:
        _MORPH.append(module.MorphAnalyzer(lang="ru"))  # type: ignore[attr-defined]
    return _MORPH[0]


# -- the three scanners ------------------------------------------------------------------------------


def run_scanner(index: object, text: str) -> list[tuple[int, int, str]]:
    from undesirable.scanning import scan_text

    return [(m.start, m.end, m.organization.id) for m in scan_text(index, text)]  # type: ignore[arg-type]


def baseline_keys(orgs: Iterable[object]) -> dict[str, set[str]]:
    """Lower-cased names, aliases, acronyms and domains -> organization ids."""
    keys: dict[str, set[str]] = {}
    for org in orgs:
        for name, _ in _names_of(org):
            key = name.lower().strip()
            if len(key) >= MIN_BASELINE_KEY:
                keys.setdefault(key, set()).add(org.id)  # type: ignore[attr-defined]
    return keys


def make_aho_corasick(keys: dict[str, set[str]]) -> Callable[[str], list[tuple[int, int, str]]]:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key, ids in keys.items():
        automaton.add_word(key, (len(key), sorted(ids)))
    automaton.make_automaton()

    def run(text: str) -> list[tuple[int, int, str]]:
        low = text.lower()
        size = len(low)
        pairs: list[tuple[int, int, str]] = []
        for end, (length, ids) in automaton.iter(low):
            start = end - length + 1
            if (start > 0 and low[start - 1].isalnum()) or (end + 1 < size and low[end + 1].isalnum()):
                continue
            pairs.extend((start, end + 1, org_id) for org_id in ids)
        return pairs

    return run


def make_flashtext(keys: dict[str, set[str]]) -> Callable[[str], list[tuple[int, int, str]]]:
    import string

    from flashtext import KeywordProcessor

    processor = KeywordProcessor(case_sensitive=False)
    cyrillic = "".join(chr(c) for c in range(0x400, 0x530))
    processor.set_non_word_boundaries(set(string.ascii_letters + string.digits + "_" + cyrillic))
    for key, ids in keys.items():
        processor.add_keyword(key, "|".join(sorted(ids)))

    def run(text: str) -> list[tuple[int, int, str]]:
        pairs: list[tuple[int, int, str]] = []
        for ids, start, end in processor.extract_keywords(text, span_info=True):
            pairs.extend((start, end, org_id) for org_id in ids.split("|"))
        return pairs

    return run


# -- scores and report -------------------------------------------------------------------------------


def score(pairs: list[tuple[int, int, str]], planted: list[Planted]) -> tuple[float, float, float]:
    """Precision over reported pairs, recall over planted mentions, recall over inflected ones."""
    starts = [p.start for p in planted]
    from bisect import bisect_right

    hit: set[int] = set()
    good = 0
    for start, end, org_id in pairs:
        i = bisect_right(starts, end - 1) - 1
        if i >= 0 and planted[i].end > start and org_id in planted[i].orgs:
            good += 1
            hit.add(i)
    inflected = [i for i, p in enumerate(planted) if p.inflected]
    precision = good / len(pairs) if pairs else 1.0
    recall = len(hit) / len(planted) if planted else 1.0
    inflected_recall = sum(i in hit for i in inflected) / len(inflected) if inflected else 1.0
    return precision, recall, inflected_recall


def _report(results: list[Result], planted: list[Planted], size: int) -> None:
    ceiling = next(r for r in results if r.name == "aho-corasick")
    print()
    print(f"{'scanner':<14}{'MB/s':>9}{'vs AC':>8}{'found':>9}{'precision':>11}{'recall':>9}{'inflected':>11}")
    for result in results:
        precision, recall, inflected = score(result.pairs, planted)
        speed = size / 1e6 / result.seconds
        ratio = ceiling.seconds / result.seconds
        print(
            f"{result.name:<14}{speed:>9.1f}{ratio:>8.2f}{len(result.pairs):>9,}"
            f"{precision:>11.3f}{recall:>9.3f}{inflected:>11.3f}"
        )


def _report_memory(text: str, size: int) -> None:
    print()
    with tempfile.TemporaryDirectory() as tmp:
        for share in (0.25, 1.0):
            path = Path(tmp) / "corpus.txt"
            path.write_text(text[: int(len(text) * share)], encoding="utf-8")
            child = subprocess.run(
                [sys.executable, __file__, "--stream", str(path)], capture_output=True, text=True, check=True
            )
            print(f"streamed from a {size * share / 1e6:.1f} MB file: {child.stdout.strip()}")


def _stream_child(path: Path) -> None:
    from undesirable.registry.bundled import load_bundled_organizations
    from undesirable.scanning import build_scan_index, scan_chunks
    from undesirable.sources.text_inputs import read_text_chunks

    index = build_scan_index(load_bundled_organizations())
    before = _peak_memory_kb()
    started = time.perf_counter()
    with path.open("rb") as stream:
        document = read_text_chunks(stream, name=path.name)
        count = sum(1 for _ in scan_chunks(index, ((c.offset, c.text) for c in document.chunks)))
    seconds = time.perf_counter() - started
    peak = _peak_memory_kb()
    speed = path.stat().st_size / 1e6 / seconds
    print(f"{count:,} mentions, {speed:.1f} MB/s, peak memory {peak / 1024:.0f} MB (+{(peak - before) / 1024:.0f} MB)")


def _peak_memory_kb() -> int:
    """This process's peak resident memory in kB (``VmHWM``: unlike ``ru_maxrss``, not inherited
    from the parent across ``exec``)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    main()

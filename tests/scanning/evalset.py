"""The evaluation set of the text scanner (``eval_set.txt``): texts with their expected mentions.

The ``@key`` lines name organizations by labels that survive new ids (see ``tests.labels``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tests.labels import resolve_labels
from undesirable.model import Organization
from undesirable.registry.bundled import load_bundled_organizations

EVAL_FILE = Path(__file__).with_name("eval_set.txt")


@cache
def _orgs() -> tuple[Organization, ...]:
    return tuple(load_bundled_organizations())


_MARK = re.compile(r"\[\[(.+?)\|([\w-]+)\]\]", re.S)


@dataclass(frozen=True)
class EvalCase:
    """One text and the mentions expected in it: ``(start, end, organization id)``."""

    line: int
    text: str
    expected: frozenset[tuple[int, int, str]]


def load_eval_set(path: Path = EVAL_FILE) -> list[EvalCase]:
    """The cases of the evaluation file (see its header for the format)."""
    keys: dict[str, tuple[str, ...]] = {}
    cases: list[EvalCase] = []
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, *labels = line[1:].split()
            keys[key] = tuple(sorted(resolve_labels(" ".join(labels), _orgs())))
            continue
        cases.append(_parse_case(number, line.replace("\\n", "\n"), keys))
    return cases


def _parse_case(number: int, marked: str, keys: dict[str, tuple[str, ...]]) -> EvalCase:
    text: list[str] = []
    expected: set[tuple[int, int, str]] = set()
    position = last = 0
    for match in _MARK.finditer(marked):
        text.append(marked[last : match.start()])
        position += match.start() - last
        surface, key = match.group(1), match.group(2)
        if key not in keys:
            raise ValueError(f"{EVAL_FILE.name}:{number}: unknown key {key!r}")
        expected.update((position, position + len(surface), org_id) for org_id in keys[key])
        text.append(surface)
        position += len(surface)
        last = match.end()
    text.append(marked[last:])
    return EvalCase(number, "".join(text), frozenset(expected))

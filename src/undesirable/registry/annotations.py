"""Curated facts the official file lacks, merged over the parsed names.

An annotation names its organization by id (``ru-undesirable-1076-r-2015-07-29``, or any earlier
form of it) or, where the id is not an order-based one, by any of its names. It may carry a
category, web domains, extra aliases, notes, source URLs and corrected names. Parsed primary names
win unless the annotation is a reviewer's correction (``"correct": true``); the annotation's other
names become aliases. Nothing is lost either way. One exception: a parsed primary that the
curated name continues after a comma (``University of California`` of ``University of California,
Berkeley``) was cut at that comma, so the curated name is primary and the cut-off pieces are not
names of their own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from undesirable.model import Organization
from undesirable.names.keys import name_match_key
from undesirable.names.name_parts import clean_latin_name
from undesirable.registry.ids import id_forms, is_order_id

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_APOSTROPHES = re.compile("[\u2019\u02bc`]")


@dataclass(frozen=True)
class Annotation:
    """One curated record; see the module docstring for how it is applied."""

    id: str | None = None
    names: tuple[str, ...] = ()
    name_ru: str | None = None
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    country_code: str | None = None
    category: str | None = None
    domains: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    notes: str | None = None
    group: str | None = None
    correct: bool = False
    name_contains: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_json(cls, item: Mapping[str, Any]) -> Annotation:
        def strings(key: str) -> tuple[str, ...]:
            return tuple(str(v) for v in item.get(key) or ())

        return cls(
            id=item.get("id"),
            names=strings("names"),
            name_ru=item.get("name_ru"),
            name_en=item.get("name_en"),
            aliases=strings("aliases"),
            country_code=item.get("country_code"),
            category=item.get("category"),
            domains=strings("domains"),
            sources=strings("sources"),
            notes=item.get("notes"),
            group=item.get("group"),
            correct=bool(item.get("correct", False)),
            name_contains=item.get("name_contains"),
        )

    def match_keys(self) -> set[str]:
        return {k for k in (name_match_key(n) for n in (*self.names, self.name_ru, self.name_en) if n) if k}


BUNDLED_ANNOTATION_FILES = ("annotations.json", "annotation_links.json")
"""Curated facts per entry; links by a part of the name (brands, groups; see that file's ``_about``)."""


@lru_cache(maxsize=1)
def load_bundled_annotations() -> tuple[Annotation, ...]:
    """The annotations shipped in the package (``data/annotations.json`` and ``data/annotation_links.json``)."""
    found: list[Annotation] = []
    for name in BUNDLED_ANNOTATION_FILES:
        text = resources.files("undesirable.data").joinpath(name).read_text("utf-8")
        found += [Annotation.from_json(item) for item in json.loads(text)["annotations"]]
    return tuple(found)


class AnnotationIndex:
    """Finds the annotations for an organization: by id first, else by any shared name."""

    def __init__(self, annotations: Iterable[Annotation]) -> None:
        self._by_id: dict[str, list[Annotation]] = {}
        self._by_name: dict[str, list[Annotation]] = {}
        self._by_part: list[tuple[str, Annotation]] = []
        for annotation in annotations:
            if annotation.name_contains:
                self._by_part.append((f" {name_match_key(annotation.name_contains)} ", annotation))
                continue
            if annotation.id:
                for form in id_forms(annotation.id):
                    self._by_id.setdefault(form, []).append(annotation)
            for key in annotation.match_keys():
                self._by_name.setdefault(key, []).append(annotation)

    def find(self, org: Organization) -> list[Annotation]:
        """The annotations of ``org``: by id (else by a shared name), then links by a part of a name."""
        return self._find_own(org) + self._find_links(org)

    def _find_links(self, org: Organization) -> list[Annotation]:
        if not self._by_part:
            return []
        keys = [f" {name_match_key(n)} " for n in (org.raw_name, *org.all_names()) if n]
        return [annotation for part, annotation in self._by_part if any(part in key for key in keys)]

    def _find_own(self, org: Organization) -> list[Annotation]:
        for known_as in (org.id, *org.former_ids):
            for form in id_forms(known_as):
                if form in self._by_id:
                    return self._by_id[form]
        found: dict[int, Annotation] = {}
        for name in org.all_names():
            for annotation in self._by_name.get(name_match_key(name), []):
                if annotation.id is None or not is_order_id(annotation.id) or not is_order_id(org.id):
                    found[id(annotation)] = annotation
        return list(found.values())


def apply_annotations(org: Organization, annotations: Sequence[Annotation]) -> Organization:
    """``org`` with its annotations merged in (see the module docstring for the rules)."""
    for note in annotations:
        org = _apply_one(org, note)
    return org


def _apply_one(org: Organization, note: Annotation) -> Organization:
    extra_names: list[str] = []
    curated_ru, curated_en = note.name_ru, note.name_en
    if curated_ru and not _CYRILLIC.search(curated_ru) and not note.correct:
        extra_names.append(curated_ru)  # a Latin name filed as Russian stays a name, not the Russian one
        curated_ru = None
    name_ru = _merge_primary(org.name_ru, curated_ru, correct=note.correct, displaced=extra_names)
    name_en = _merge_primary(org.name_en, curated_en, correct=note.correct, displaced=extra_names)
    known = {name_match_key(n) for n in (name_ru, name_en) if n}
    reasons = tuple(r for r in org.review_reasons if not _is_resolved(r, name_ru=name_ru, name_en=name_en))
    cut = _pieces_after_cut(org.name_ru, curated_ru) + _pieces_after_cut(org.name_en, curated_en)
    aliases = _unique([*org.aliases, *extra_names, *note.aliases], skip=known | {name_match_key(p) for p in cut})
    return org.with_changes(
        name_ru=name_ru,
        name_en=name_en,
        aliases=tuple(aliases),
        country_code=org.country_code or note.country_code,
        category=note.category or org.category,
        domains=tuple(_unique([*org.domains, *note.domains])),
        sources=tuple(_unique([*org.sources, *note.sources])),
        notes=note.notes or org.notes,
        group_id=note.group or org.group_id,
        review_reasons=reasons,
        needs_review=bool(reasons),
    )


def _merge_primary(parsed: str | None, curated: str | None, *, correct: bool, displaced: list[str]) -> str | None:
    """The primary name after an annotation: the parsed one unless missing or corrected.

    The name that does not become primary is appended to ``displaced`` (it becomes an alias).
    """
    if not curated:
        return parsed
    if parsed and _pieces_after_cut(parsed, curated):
        whole = curated if _CYRILLIC.search(curated) else clean_latin_name(curated)[0]
        if whole != curated:
            displaced.append(curated)  # the name with its legal form stays an alias
        return whole
    if correct or not parsed:
        if parsed and parsed != curated:
            displaced.append(parsed)
        return curated
    displaced.append(curated)
    return parsed


def _pieces_after_cut(parsed: str | None, curated: str | None) -> tuple[str, ...]:
    """When the parsed name is the curated one cut at a comma (``The Center for Russian`` of ``The
    Center for Russian, East European and Eurasian Studies``): the pieces after the cut, which the
    parser took for names of their own; else nothing."""
    if not parsed or not curated:
        return ()
    head = _APOSTROPHES.sub("'", parsed) + ","
    if not _APOSTROPHES.sub("'", curated).startswith(head):
        return ()
    if clean_latin_name(curated)[0] == parsed:
        return ()  # only a legal form follows the comma (``Project Media, Inc.``): the parser drops it
    pieces = tuple(p.strip() for p in curated[len(head) :].split(",") if p.strip())
    said = {w.casefold() for w in parsed.split()}
    if any(all(w.casefold() in said for w in p.split()) for p in pieces):
        return ()  # a shorter name of its own (``Open Russia Civic Movement, Open Russia``)
    return pieces


def _is_resolved(reason: str, *, name_ru: str | None, name_en: str | None) -> bool:
    """A parser's complaint of a missing primary name is settled once an annotation supplies it."""
    return (reason.startswith("no Cyrillic name") and bool(name_ru)) or (
        reason.startswith("no Latin name") and bool(name_en)
    )


def _unique(values: Iterable[str], *, skip: set[str] | None = None) -> list[str]:
    seen = set(skip or ())
    out: list[str] = []
    for value in values:
        key = name_match_key(value)
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return out

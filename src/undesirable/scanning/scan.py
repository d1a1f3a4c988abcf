"""Scan a text for mentions of the register's organizations.

:func:`scan_text` finds names in any inflection, acronyms as written, and web domains and URLs,
then keeps what is marked as a name (see :mod:`undesirable.scanning.ambiguity`) and, where found
spans overlap, the leftmost and then longest one (every organization of that very span is kept:
``Bellingcat`` is both Stichting Bellingcat and Bellingcat Ltd.). :func:`scan_chunks` does the same
for a text that comes in pieces, so a large file is scanned with flat memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from undesirable.matching.reasons import NOTE_CODES, Reason, unreadable_reasons
from undesirable.model import Organization
from undesirable.names.clean import COMBINING_MARKS, NormalizationNote, normalize_name_noted
from undesirable.names.languages import caron_elisions
from undesirable.names.numbers import digit_readings, digits_left_out, digits_read_in
from undesirable.names.unreadable import has_unreadable, read_unreadable, unreadable_readings
from undesirable.scanning.ambiguity import Marks, accepts, home_places, is_shouted_name, is_spoken_phrase, read_marks
from undesirable.scanning.apposed import written_apposed
from undesirable.scanning.cognates import placed_elsewhere, took_name
from undesirable.scanning.heads import keep_headed, keep_named_heads
from undesirable.scanning.heard_words import find_heard_words
from undesirable.scanning.index import ScanIndex
from undesirable.scanning.latin_leads import find_latin_leads
from undesirable.scanning.leads import after_other_adjective, after_own_kind_adjective, goes_on
from undesirable.scanning.match import Candidate, find_candidates
from undesirable.scanning.people_orders import people_nouns
from undesirable.scanning.phonetic import find_phonetic_candidates
from undesirable.scanning.places import written_as_place
from undesirable.scanning.shared import WRITTEN_KINDS, holds, shares_name
from undesirable.scanning.spoken import find_spoken_acronyms
from undesirable.scanning.stress import StressMarks, read_stress_marks, sets_apart
from undesirable.scanning.text import (
    WORD,
    OffsetMap,
    in_longer_number,
    join_soft_hyphens,
    lower_text,
    repair_mixed_cased_words,
    repair_mixed_words,
    split_text,
    words_key,
)
from undesirable.scanning.told_by_country import told_by_country
from undesirable.scanning.translit import find_translit_candidates
from undesirable.scanning.written import written_short

NEARBY_CHARS = 1500
"""An unambiguous mention this close (in characters) marks an ambiguous one of the same organization."""

LONG_TEXT_CHARS = 512 * 1024
"""Longer texts are scanned in pieces cut at paragraph ends (faster, and memory stays small)."""

CONFIDENCE_DOMAIN = 0.98
CONFIDENCE_AMBIGUOUS = 0.6
"""An ambiguous name with one mark; each further mark adds CONFIDENCE_MARK_STEP."""
CONFIDENCE_MARK_STEP = 0.1
CONFIDENCE_AMBIGUOUS_MAX = 0.9


@dataclass(frozen=True)
class Mention:
    """One mention of an organization in a text.

    Attributes:
        start, end: Python string offsets into the scanned text (``text[start:end]``).
        text: the mention as written.
        organization: the organization mentioned.
        matched_name: the register name, alias, acronym or domain that matched.
        confidence: how sure the scanner is, in [0, 1].
        designated: whether the organization was designated on the date the scan was made for.
        kind: ``name``, ``acronym`` or ``domain`` as written; ``glued`` (two words of the name
            written as one), ``word_order``, ``function_words``, ``phonetic``, ``translit``,
            ``spelling`` when written otherwise.
        notes: what had to be undone to find it (``invisible``, ``letter_spaced``, ``mixed_script``,
            ``all_caps``; see :data:`undesirable.names.normalize.NormalizationNote`).
        country_named: the word of its sentence that names the organization's country, when that
            told it from other entries of the same name (:mod:`undesirable.scanning.told_by_country`).
    """

    start: int
    end: int
    text: str
    organization: Organization
    matched_name: str
    confidence: float
    designated: bool
    kind: str = "name"
    notes: tuple[NormalizationNote, ...] = ()
    country_named: str = ""

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """Why this span was taken for the organization, as structured reasons."""
        codes = {
            "domain": "web_domain",
            "acronym": "acronym",
            "phonetic": "phonetic_transcription",
            "spelling": "spelling_close",
            "translit": "transliteration",
            "word_order": "word_order",
            "function_words": "function_words_ignored",
            "glued": "glued_words",
        }
        found = [Reason(codes.get(self.kind, "inflected_form"), {"words": f"{self.text} = {self.matched_name}"})]
        if self.kind == "name" and words_key(self.text) == words_key(self.matched_name):
            found = [Reason("exact_name")]
        elif self.kind == "name" and len(WORD.findall(self.text)) < len(WORD.findall(self.matched_name)):
            found = written_short(self.text, self.matched_name, found[0])  # Jamestown, Фонда Бёлля
        elif self.kind == "name" and words_key(self.text) == words_key(caron_elisions(self.matched_name)):
            found = [Reason("spelling_close", found[0].values)]  # d'action for the register's ďaction
        if has_unreadable(self.matched_name):  # a letter the register's file lost, read
            read = words_key(read_unreadable(self.matched_name.lower()))
            kept = found if self.kind != "name" or words_key(self.text) != read else []
            found = [*kept, *unreadable_reasons(unreadable_readings(self.matched_name))]
        read = digits_read_in(self.matched_name, WORD.findall(self.text)) if digit_readings(self.matched_name) else ""
        if read:  # Help to Kids, «Хелп ту Кидс»: the digit of Help2kids read as a word
            found = [*(r for r in found if self.kind != "name"), Reason("digit_read", {"digits": read})]
        told = [Reason("country_named", {"words": self.country_named})] if self.country_named else []
        nouns = people_nouns(self.text, self.matched_name) if self.kind == "word_order" else ""
        found += [Reason("place_as_adjective", {"words": nouns})] if nouns else []  # Ukrainians = Ukrainian
        return (*found, *(Reason(NOTE_CODES[note]) for note in self.notes), *told)

    def to_json(self, as_of: date | None = None) -> dict[str, Any]:
        """The mention in the JSON contract shape, the organization as of ``as_of`` (today)."""
        org = self.organization.to_json(as_of=as_of)
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "organization": org,
            "matched_name": self.matched_name,
            "confidence": self.confidence,
            "designated": org["designated"],
            "kind": self.kind,
            "reasons": [reason.to_json() for reason in self.reasons],
        }


def scan_text(index: ScanIndex, text: str, *, as_of: date | None = None) -> list[Mention]:
    """Mentions of the indexed organizations in ``text``, in text order.

    Args:
        index: from :func:`undesirable.scanning.build_scan_index`.
        text: any text; offsets of the result refer to it.
        as_of: the date ``designated`` is given for (today when None).

    Returns:
        The mentions, ordered by position (then organization id); empty for an empty text.
    """
    if not text or text.isspace():
        return []
    if len(text) > LONG_TEXT_CHARS:
        return list(scan_chunks(index, split_text(text, size=LONG_TEXT_CHARS // 2), as_of=as_of))
    clean, offsets = join_soft_hyphens(text)
    lowered = lower_text(clean)
    clean, low = repair_mixed_cased_words(clean, lowered), repair_mixed_words(lowered)
    candidates = [*find_candidates(index, clean, low), *find_phonetic_candidates(index.phonetic, clean)]
    candidates += [*find_heard_words(index.heard_words, clean), *find_spoken_acronyms(index.spoken, clean)]
    candidates += [*find_translit_candidates(index, low), *find_latin_leads(index.latin_leads, clean)]
    accepted = _accepted(clean, candidates, read_stress_marks(text, clean, offsets) if offsets.cuts else None)
    kept = keep_named_heads(clean, _without_overlaps(clean, keep_headed(clean, accepted)))
    kept, countries = told_by_country(clean, kept)
    mentions = [_mention(text, offsets, c, confidence, as_of) for c, confidence in kept]
    mentions = [replace(m, country_named=countries[k]) if k in countries else m for k, m in enumerate(mentions)]
    return sorted(mentions, key=lambda m: (m.start, m.end, m.organization.id))


def scan_chunks(index: ScanIndex, chunks: Iterable[tuple[int, str]], *, as_of: date | None = None) -> Iterator[Mention]:
    """Scan a text that comes in pieces: ``(offset, text)`` pairs in order, offsets in the whole.

    A name is found only within one piece, so pieces should end at paragraph ends.
    """
    for offset, chunk in chunks:
        for mention in scan_text(index, chunk, as_of=as_of):
            yield replace(mention, start=mention.start + offset, end=mention.end + offset) if offset else mention


def _accepted(text: str, candidates: list[Candidate], stress: StressMarks | None) -> list[tuple[Candidate, float]]:
    accepted: list[tuple[Candidate, float]] = []
    waiting: list[tuple[Candidate, Marks]] = []
    for cand in candidates:
        entry = cand.entry
        if entry is None:
            accepted.append((cand, CONFIDENCE_DOMAIN))
        elif _is_part(text, cand) and written_as_place(text, cand.core, cand.end):
            continue  # "Jamestown, Virginia": the town
        elif in_longer_number(text, cand.core, cand.end):
            continue  # «Группа 36-й школы»: the 36th school's group
        elif entry.lead and goes_on(text, cand.end, entry.name):
            continue  # «Пражский центр развития»: another, longer name
        elif entry.size < len(entry.name.split()) and after_other_adjective(text, cand.start, entry):
            continue  # «Болгарский Хельсинкский комитет»: another country's
        elif took_name(entry.org, entry.name) and placed_elsewhere(text, cand.core, cand.end, entry.org.country_code):
            continue  # «… в Лиссабоне»: the sibling's, whose Russian name it is
        elif entry.apposed and not written_apposed(text, cand.core, cand.end, entry.name):
            continue  # «колледж барсов»: the word of a phrase, not the name set beside its kind
        elif entry.headed and after_own_kind_adjective(text, cand.start, entry.name):
            continue  # «Реабилитационный центр «Прометей»»: another center
        elif digit_readings(cand.name) and digits_left_out(cand.name, WORD.findall(text, cand.start, cand.end)):
            continue  # K Peace: no digit of K4Peace written or read
        elif entry.rule is None:
            if not is_spoken_phrase(text, cand.core, cand.end, entry.name, entry.cues):
                accepted.append((cand, entry.confidence))
        else:
            home = home_places(entry.org.country_code, entry.org.city, tuple(entry.org.all_names()))
            marks = read_marks(text, cand.core, cand.end, entry.cues, russian_case=cand.kind == "translit", home=home)
            if marks is None:
                continue
            marks = replace(marks, stressed=True) if sets_apart(stress, cand.core, cand.end) else marks
            shouted = entry.rule == "capitalized" and is_shouted_name(text, cand.start, cand.end, entry.name)
            if shouted or accepts(entry.rule, marks, nearby=False):
                accepted.append((cand, _ambiguous_confidence(marks.count(nearby=False))))
            else:
                waiting.append((cand, marks))
    if not waiting:
        return accepted
    places: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for cand, _ in accepted:
        places[cand.org.id].append((cand.start, cand.end))
    for cand, marks in waiting:
        assert cand.entry is not None and cand.entry.rule is not None
        near = any(
            (end <= cand.start or start >= cand.end) and abs(start - cand.start) <= NEARBY_CHARS
            for start, end in places.get(cand.org.id, ())
        )
        if near and accepts(cand.entry.rule, marks, nearby=True):
            accepted.append((cand, _ambiguous_confidence(marks.count(nearby=True))))
        elif shares_name(text, cand, [c for c, _ in accepted if holds(c, cand)]):
            accepted.append((cand, _ambiguous_confidence(marks.count(nearby=True))))  # the longer name marks it
    return accepted


def _is_part(text: str, cand: Candidate) -> bool:
    """Whether a candidate is one word of a longer name: a short form, or heard by ear («Джеймстаун»)."""
    entry = cand.entry
    if entry is None or entry.acronym:
        return False
    heard = cand.kind == "phonetic" and len(WORD.findall(text, cand.core, cand.end)) == 1
    return entry.part or (heard and len(WORD.findall(entry.name)) > 1)


def _ambiguous_confidence(marks: int) -> float:
    value = CONFIDENCE_AMBIGUOUS + CONFIDENCE_MARK_STEP * max(0, marks - 1)
    return round(min(CONFIDENCE_AMBIGUOUS_MAX, value), 2)


def _without_overlaps(text: str, found: list[tuple[Candidate, float]]) -> list[tuple[Candidate, float]]:
    """Leftmost-longest spans; every organization of a kept span, once: as written (a name, an
    acronym, a domain) if it is, else at its best confidence; and inside a kept span, another
    entry's name that the kept one's name holds (:func:`_shares_name`)."""
    found.sort(key=lambda item: (item[0].start, -item[0].end, item[0].kind not in WRITTEN_KINDS, -item[1]))
    kept: list[tuple[Candidate, float]] = []
    seen: set[tuple[int, int, str]] = set()
    last: tuple[int, int] = (-1, -1)
    holders: list[Candidate] = []  # the candidates of the last kept span
    for cand, confidence in found:
        span = (cand.start, cand.end)
        if span != last and cand.start < last[1]:
            if cand.end <= last[1] and shares_name(text, cand, holders):
                kept.append((cand, confidence))
                holders.append(cand)  # once per entry
            continue
        key = (cand.start, cand.end, cand.org.id)
        if key in seen:
            continue
        seen.add(key)
        kept.append((cand, confidence))
        holders = holders if span == last else []
        holders.append(cand)
        last = span
    return kept


def _mention(text: str, offsets: OffsetMap, cand: Candidate, confidence: float, as_of: date | None) -> Mention:
    start, end = offsets.start(cand.start), offsets.end(cand.end)
    while end < len(text) and COMBINING_MARKS.match(text, end):
        end += 1  # «Россия́»: the mark of its last letter
    org: Organization = cand.org
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        organization=org,
        matched_name=cand.name,
        confidence=confidence,
        designated=org.is_designated_on(as_of),
        kind=cand.kind,
        notes=normalize_name_noted(text[start:end])[1],  # what hid it from a plain search
    )

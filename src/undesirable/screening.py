"""Screening many names (identical names are scored once, by the index's cache) and the JSON shape of a result.

The shape is the contract of ``check --json`` and the HTTP API's ``/api/match``::

    {"query", "as_of", "snapshot": {...}, "matches": [{"organization": {...}, "score",
     "matched_name", "explanation": [...], "reasons": [{"code", "values", "text": {"en", "ru"}}]}]}

``explanation`` is the English text of ``reasons`` (kept for older clients); each reason is a code
of ``data/match_reasons.json`` with its values, rendered in each language.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from undesirable.matching.index import MatchIndex
from undesirable.matching.match import POSSIBLE_THRESHOLD, NameMatch, match_level, match_name_cached
from undesirable.model import Organization
from undesirable.sources.table_writers import TableWriter
from undesirable.sources.tables import TableReader


def match_to_json(match: NameMatch, *, as_of: date | None) -> dict[str, Any]:
    """One match in the contract's shape; ``designated`` and dates are as of ``as_of``."""
    return {
        "organization": match.organization.to_json(as_of=as_of),
        "score": round(match.score, 4),
        "matched_name": match.matched_name,
        "explanation": list(match.explanation),
        "reasons": [reason.to_json() for reason in match.reasons],
        "shared_name": match.shared_name.to_json() if match.shared_name else None,
        "group": {"id": match.group, "members": list(match.group_members)} if match.group else None,
    }


def result_to_json(
    query: str, matches: list[NameMatch], *, as_of: date | None, snapshot: dict[str, Any] | None
) -> dict[str, Any]:
    """A whole answer for one query in the contract's shape, best match first."""
    return {
        "query": query,
        "as_of": as_of.isoformat() if as_of else None,
        "snapshot": snapshot,
        "matches": [match_to_json(m, as_of=as_of) for m in matches],
    }


class Screener:
    """Scores names against one index at one threshold and limit, counting the names it scored and
    those the index's cache answered (an identical name is scored once, see
    :func:`undesirable.matching.match.match_name_cached`)."""

    def __init__(self, index: MatchIndex, *, threshold: float = POSSIBLE_THRESHOLD, limit: int = 10) -> None:
        self.index = index
        self.threshold = threshold
        self.limit = limit
        self.scored = 0
        self.reused = 0
        self._designated: dict[tuple[str, date], bool] = {}

    def screen(self, name: str) -> list[NameMatch]:
        """The matches of ``name`` at this screener's threshold, best first (shared: do not change the list)."""
        found, reused = match_name_cached(self.index, name, threshold=self.threshold, limit=self.limit)
        if reused:
            self.reused += 1
        else:
            self.scored += 1
        return found

    def designated(self, org: Organization, as_of: date | None) -> bool:
        """Whether ``org`` is on the list on ``as_of`` (today when None), remembered per day:
        a batch asks it of the same few organizations again and again."""
        day = as_of or date.today()
        found = self._designated.get((org.id, day))
        if found is None:
            found = self._designated[(org.id, day)] = org.is_designated_on(day)
        return found


RESULT_COLUMNS = (
    "match_org_id",
    "match_org_name",
    "match_matched_name",
    "match_score",
    "match_level",
    "match_designated",
    "match_explanation",
    "match_count",
    "row_status",
    "row_error",
)
PROGRESS_EVERY = 500  # rows between progress reports
MAX_NAME_CHARS = 1000  # longer cells are screened on their first characters and flagged
FAILED_STATUS = "failed"
"""``row_status`` of a row the matcher raised on: it was NOT screened (never read it as "no match")."""
UNSCREENED_LEVEL = "unscreened"
"""``match_level`` of a row that was not screened."""
MAX_FAILURE_CHARS = 300  # an exception's message is cut here in ``row_error``


@dataclass
class BatchReport:
    """What a batch run did: rows, hits, every malformed row and every row that could not be
    screened (``failed``: the matcher raised on it), each by its line number."""

    rows: int = 0
    strong: int = 0
    possible: int = 0
    weak: int = 0
    empty: int = 0
    malformed: list[tuple[int, str]] = field(default_factory=list)
    scored: int = 0
    reused: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)

    def count(self, line: int, out: dict[str, Any], error: str | None) -> None:
        """Count one written row (``out``: its columns) read at ``line`` with the reader's ``error``."""
        self.rows += 1
        level = out["match_level"]
        self.strong += level == "strong"
        self.possible += level == "possible"
        self.weak += level == "weak"
        self.empty += out["row_status"] == "empty"
        if error:
            self.malformed.append((line, error))
        if out["row_status"] == FAILED_STATUS:
            self.failed.append((line, out["row_error"]))

    def to_json(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "strong": self.strong,
            "possible": self.possible,
            "weak": self.weak,
            "empty": self.empty,
            "malformed": [{"line": line, "error": error} for line, error in self.malformed],
            "distinct_names_scored": self.scored,
            "repeated_names": self.reused,
            "failed": [{"line": line, "error": error} for line, error in self.failed],
        }


def screen_record(
    values: dict[str, Any], error: str | None, *, column: str, screener: Screener, as_of: date | None
) -> dict[str, Any]:
    """One input row with the best match's columns added (``RESULT_COLUMNS``); input columns kept."""
    raw = values.get(column)
    found = screen_cell("" if raw is None else str(raw), error, screener=screener, as_of=as_of)
    return {**values, **dict(zip(RESULT_COLUMNS, found, strict=True))}


def screen_cell(name: str, error: str | None, *, screener: Screener, as_of: date | None) -> tuple[str, ...]:
    """The values of ``RESULT_COLUMNS`` for one name (the cell of the screened column) and its row's error.

    A name the matcher raises on is not screened: its row says so (``row_status`` ``failed``,
    ``match_level`` ``unscreened``, no match count, the failure in ``row_error``) and the batch goes on.
    """
    try:
        return _screen_name(name, error, screener=screener, as_of=as_of)
    except Exception as exc:  # one name must not stop a batch of millions, nor pass for "no match"
        return unscreened_cell(exc, error)


def describe_failure(exc: BaseException) -> str:
    """``not screened: <ExceptionType>: <message>`` on one line (the message cut at ``MAX_FAILURE_CHARS``)."""
    message = " ".join(str(exc).split())
    if len(message) > MAX_FAILURE_CHARS:
        message = message[: MAX_FAILURE_CHARS - 1] + "…"
    return f"not screened: {type(exc).__name__}: {message}" if message else f"not screened: {type(exc).__name__}"


def unscreened_cell(exc: BaseException, error: str | None) -> tuple[str, ...]:
    """The values of ``RESULT_COLUMNS`` for a name that could not be screened because of ``exc``."""
    notes = [describe_failure(exc), *([error] if error else [])]
    return ("", "", "", "", UNSCREENED_LEVEL, "", "", "", FAILED_STATUS, "; ".join(notes))


def _screen_name(name: str, error: str | None, *, screener: Screener, as_of: date | None) -> tuple[str, ...]:
    notes = [error] if error else []
    if len(name) > MAX_NAME_CHARS:
        notes.append(f"name longer than {MAX_NAME_CHARS} characters; screened on its start")
        name = name[:MAX_NAME_CHARS]
    matches = screener.screen(name) if name.strip() else []
    status = "malformed" if error else ("empty" if not name.strip() else "ok")
    if not matches:
        return ("", "", "", "", "none", "", "", "0", status, "; ".join(notes))
    best = matches[0]
    return (
        best.organization.id,
        best.organization.display_name,
        best.matched_name,
        f"{best.score:.4f}",
        match_level(best.score),
        str(screener.designated(best.organization, as_of)).lower(),
        "; ".join(best.explanation),
        str(len(matches)),
        status,
        "; ".join(notes),
    )


def screen_table(
    reader: TableReader,
    writer: TableWriter,
    *,
    column: str,
    screener: Screener,
    as_of: date | None,
    on_progress: Callable[[int, int], None] | None = None,
) -> BatchReport:
    """Screen every row of ``reader`` into ``writer``; nothing is dropped, malformed rows are flagged,
    a row the matcher raises on is written as not screened (``row_status`` ``failed``) and reported."""
    with _collections_skip_older_objects():
        return _screen_rows(reader, writer, column=column, screener=screener, as_of=as_of, on_progress=on_progress)


FREEZE_EVERY = 2_000
"""Rows between two moves of what the batch keeps (its caches' new entries) out of the collector's sight."""


@contextmanager
def _collections_skip_older_objects() -> Iterator[None]:
    """While a batch runs, the garbage collector leaves alone what existed before it (the index, the
    word caches): they live on, and scanning them again and again costs more than the batch's own
    garbage. What the batch adds to the caches lives on too: :func:`keep_out_of_collections` every
    :data:`FREEZE_EVERY` rows moves it aside as well (else each full collection scans all the
    caches have grown by, more at each one). Everything is handed back to the collector at the end
    (garbage moved aside with the rest is collected then)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def keep_out_of_collections(rows: int) -> None:
    """Move what lives now out of the garbage collector's sight when ``rows`` is a multiple of
    :data:`FREEZE_EVERY` (inside :func:`_collections_skip_older_objects` or a worker that froze
    its objects; a move costs nothing however much is moved)."""
    if rows % FREEZE_EVERY == 0:
        gc.freeze()


def _screen_rows(
    reader: TableReader,
    writer: TableWriter,
    *,
    column: str,
    screener: Screener,
    as_of: date | None,
    on_progress: Callable[[int, int], None] | None,
) -> BatchReport:
    report = BatchReport()
    for record in reader:
        out = screen_record(record.values, record.error, column=column, screener=screener, as_of=as_of)
        writer.write(out)
        report.count(record.line, out, record.error)
        keep_out_of_collections(report.rows)
        if on_progress is not None and report.rows % PROGRESS_EVERY == 0:
            on_progress(*reader.progress())
    report.scored, report.reused = screener.scored, screener.reused
    return report

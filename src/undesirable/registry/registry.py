"""The Python API: ``Registry.open()`` and everything the CLI, the HTTP API and the web UI ask.

from undesirable import Registry
registry = Registry.open()                      # the same store as the CLI
registry.import_file(Path("export.xlsx"))       # a new snapshot, diffed, events derived
registry.organizations(as_of=date(2020, 1, 1))  # the register as it stood that day
registry.history("ru-undesirable-1076-r-2015-07-29")  # every event of one organization
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from undesirable.errors import NoDataError, NotFoundError, UsageError
from undesirable.model import ON_LIST_STATUSES, Organization
from undesirable.names.keys import name_match_key
from undesirable.registry.annotations import AnnotationIndex, load_bundled_annotations
from undesirable.registry.arguments import check_filters, coerce_date
from undesirable.registry.bundled import bundled_load_reason, read_bundled_source
from undesirable.registry.diff import SnapshotDiff, diff_across_sources, diff_snapshots
from undesirable.registry.events import Event
from undesirable.registry.history import History, read_events, read_history
from undesirable.registry.ids import resolve_org_id
from undesirable.registry.importer import ImportResult, import_source, read_stored_diff
from undesirable.registry.index_cache import load_or_build_match_index, shared_scan_index
from undesirable.registry.review import apply_reviews, read_reviews, reviews_version
from undesirable.registry.snapshots import (
    Snapshot,
    current_lineage,
    read_entries,
    read_register_rows,
    read_snapshots,
)
from undesirable.registry.state import Coverage, read_coverage, read_merged_state, select_organizations
from undesirable.settings import Settings, load_settings
from undesirable.sources.project_format import read_register_bytes, read_register_file
from undesirable.sources.rows import RegisterRow, SourceFile
from undesirable.store import Store, open_store

if TYPE_CHECKING:
    from undesirable.matching.index import MatchIndex
    from undesirable.matching.match import NameMatch
    from undesirable.scanning import ScanIndex
    from undesirable.scanning.scan import Mention

T = TypeVar("T")


class Registry:
    """The register over one store: imports, snapshots, diffs, as-of lists, histories."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._annotations = AnnotationIndex(load_bundled_annotations())
        self._state_key: tuple[int, ...] | None = None
        self._state: dict[str, Organization] = {}
        self._memo: dict[str, tuple[tuple[int, ...], Any]] = {}
        self._lock = threading.RLock()
        self.autoloaded: ImportResult | None = None  # what open() imported from the bundled data

    @classmethod
    def open(cls, database_url: str | None = None, *, settings: Settings | None = None) -> Registry:
        """Open the store the CLI uses (or ``database_url``); with autoload, :meth:`load_bundled`."""
        settings = settings or load_settings()
        if database_url is not None:
            settings = Settings(**{**settings.__dict__, "database_url": database_url})
        registry = cls(open_store(settings.database_url), settings)
        if settings.autoload:
            registry.autoloaded = registry.load_bundled()
        return registry

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- imports -------------------------------------------------------------------------------

    def import_file(self, path: Path, *, origin: str | None = None) -> ImportResult:
        """Import an official xlsx (or the project's JSON/CSV export) as a snapshot."""
        source = read_register_file(path, limits=self.settings.limits)
        return self.import_source(source, origin=origin or str(path))

    def import_bytes(
        self, data: bytes, *, name: str, origin: str | None = None, fetched_at: datetime | None = None
    ) -> ImportResult:
        """Import a register file held in memory (a download, an upload)."""
        source = read_register_bytes(data, name=name, limits=self.settings.limits)
        return self.import_source(source, origin=origin or name, fetched_at=fetched_at)

    def import_source(self, source: SourceFile, *, origin: str, fetched_at: datetime | None = None) -> ImportResult:
        result = import_source(self.store, source, annotations=self._annotations, origin=origin, fetched_at=fetched_at)
        self._state_key = None
        return result

    def load_bundled(self) -> ImportResult | None:
        """Import this package's bundled data into an empty store or beside an older one (``bundled.py``)."""
        needed = bundled_load_reason(self.snapshots()) is not None
        return self.import_source(read_bundled_source(), origin="bundled") if needed else None

    # -- snapshots and diffs -------------------------------------------------------------------

    def snapshots(self) -> list[Snapshot]:
        """Every snapshot, oldest actuality first."""
        with self.store.reading() as conn:
            return read_snapshots(conn)

    def current_snapshot(self) -> Snapshot | None:
        """The snapshot that answers questions: the newest official one, else the bundled one."""
        lineage = current_lineage(self.snapshots())
        return lineage[-1] if lineage else None

    def require_data(self) -> Snapshot:
        """The current snapshot; raises NoDataError when nothing was imported (never an empty answer)."""
        snapshot = self.current_snapshot()
        if snapshot is None:
            raise NoDataError()
        return snapshot

    def snapshot(self, snapshot_id: int) -> Snapshot:
        for snapshot in self.snapshots():
            if snapshot.id == snapshot_id:
                return snapshot
        raise NotFoundError(f"no snapshot {snapshot_id}")

    def snapshot_organizations(self, snapshot_id: int) -> dict[str, Organization]:
        """The organizations exactly as one snapshot lists them."""
        self.snapshot(snapshot_id)
        with self.store.reading() as conn:
            return read_entries(conn, snapshot_id)

    def snapshot_rows(self, snapshot_id: int) -> list[RegisterRow]:
        """One snapshot's register rows (ten columns, id, basis), for exports."""
        self.snapshot(snapshot_id)
        with self.store.reading() as conn:
            return read_register_rows(conn, snapshot_id)

    def diff(self, old: int | None = None, new: int | None = None) -> tuple[Snapshot | None, Snapshot, SnapshotDiff]:
        """What changed between two snapshots (default: the current one and the one before it)."""
        target = self.snapshot(new) if new is not None else self.current_snapshot()
        if target is None:
            raise NotFoundError("no snapshot has been imported")
        base_id = old if old is not None else target.previous_id
        base = self.snapshot(base_id) if base_id is not None else None
        before = self.snapshot_organizations(base.id) if base else {}
        after = self.snapshot_organizations(target.id)
        if base is not None and base.lineage != target.lineage:
            return base, target, diff_across_sources(before, after)
        return base, target, diff_snapshots(before, after)

    def stored_diff(self, snapshot_id: int) -> SnapshotDiff:
        """What ``snapshot_id`` changed against its predecessor, as the import stored it."""
        with self.store.reading() as conn:
            return read_stored_diff(conn, snapshot_id)

    # -- organizations -------------------------------------------------------------------------

    def all_organizations(self) -> list[Organization]:
        """Every organization the current lineage ever listed, as its latest entry describes it."""
        return list(self._current_state().values())

    def organizations(
        self,
        *,
        as_of: date | str | None = None,
        category: str | None = None,
        country: str | None = None,
        include_pending: bool = False,
    ) -> list[Organization]:
        """The register as it stood on ``as_of`` (today): designated by then and not excluded.

        ``as_of`` may be a date or an ISO string (``"2020-01-01"``). An unknown ``category``, or a
        ``country`` no organization of the register has, is refused with the valid values.
        """
        as_of = coerce_date(as_of, name="as_of")
        state = self._current_state()
        check_filters(state.values(), category=category, country=country)
        wanted: set[str] = {*ON_LIST_STATUSES, "pending"} if include_pending else set(ON_LIST_STATUSES)
        return select_organizations(state, wanted, as_of=as_of, category=category, country=country)

    def organizations_uncertain(
        self, *, as_of: date | None = None, category: str | None = None, country: str | None = None
    ) -> list[Organization]:
        """Entries whose known dates cannot tell whether they were on the list on ``as_of``."""
        state = self._current_state()
        return select_organizations(state, {"uncertain"}, as_of=as_of, category=category, country=country)

    def coverage(self) -> str:
        """What the answers rest on: the current snapshot, and entries known only from another source."""
        return self.sources().text

    def sources(self) -> Coverage:
        """What the answers rest on, source by source: the text of :meth:`coverage` and the snapshots."""
        return read_coverage(self.snapshots(), self._current_state().values())

    def get(self, org_id: str) -> Organization:
        """One organization by id, or by any earlier form of it (``1076-р/2015-07-29``, a former id)."""
        found = resolve_org_id(org_id, self._current_state())
        if found is None:
            raise NotFoundError(f"no organization {org_id!r}")
        return found

    def history(self, org_id: str) -> History:
        """The organization with every event and the snapshots that list it."""
        org = self.get(org_id)
        with self.store.reading() as conn:
            return read_history(conn, org)

    def events(self, *, since: date | str | None = None, limit: int | None = None) -> list[Event]:
        """Every organization's events, newest first (undated last; one day's in derived order), ``since`` a
        day on, the first ``limit`` of them."""
        since = coerce_date(since, name="since")
        with self.store.reading() as conn:
            return read_events(conn, since=since, limit=limit)

    def find_exact(self, name: str) -> list[Organization]:
        """Organizations with a name equal to ``name`` once case, quotes and punctuation are ignored."""
        key = name_match_key(name)
        if not key:
            raise UsageError("the name is empty")
        return [
            org
            for org in self._current_state().values()
            if key in {name_match_key(n) for n in (*org.all_names(), *org.acronyms)}
        ]

    def resolve(self, text: str) -> Organization:
        """An organization by id, else by exact name (one hit); raises NotFoundError otherwise."""
        try:
            return self.get(text)
        except NotFoundError:
            found = self.find_exact(text)
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFoundError(f"no organization {text!r}")
        raise UsageError(f"{text!r} names {len(found)} organizations: " + ", ".join(o.id for o in found))

    # -- screening and scanning (indexes built once per current lineage) -------------------------

    def match(self, name: str, *, threshold: float | None = None, limit: int = 10) -> list[NameMatch]:
        """Ranked, explained matches of ``name`` against the register (see ``undesirable.matching``)."""
        from undesirable.matching.match import POSSIBLE_THRESHOLD, match_name

        self.require_data()  # an empty store answers nothing, never "no match"
        lowest = POSSIBLE_THRESHOLD if threshold is None else threshold
        return match_name(self.match_index(), name, threshold=lowest, limit=limit)

    def match_index(self) -> MatchIndex:
        """The name index over every organization of the current lineage (memory, disk, this process, else built)."""
        build = partial(load_or_build_match_index, self.store, self.settings, self.all_organizations)
        return self.remember("match", build)

    def scan(self, text: str, *, as_of: date | str | None = None) -> list[Mention]:
        """Mentions of designated organizations in ``text`` (see ``undesirable.scanning``)."""
        from undesirable.scanning import scan_text

        self.require_data()  # an empty store answers nothing, never "no mention"
        return scan_text(self.scan_index(), text, as_of=coerce_date(as_of, name="as_of"))

    def scan_index(self) -> ScanIndex:
        """The text scanner's index over every organization of the current lineage (this process's, if built)."""
        return self.remember("scan", partial(shared_scan_index, self.all_organizations))

    def version(self) -> tuple[int, ...]:
        """What every derived value depends on: the ids of all snapshots, then the reviews version."""
        with self.store.reading() as conn:
            return (*(s.id for s in read_snapshots(conn)), reviews_version(conn))

    def remember(self, kind: str, build: Callable[[], T]) -> T:
        """``build()``, computed once per :meth:`version` of the store (thread-safe)."""
        key = self.version()
        with self._lock:
            cached = self._memo.get(kind)
            if cached is None or cached[0] != key:
                cached = (key, build())
                self._memo[kind] = cached
            value: T = cached[1]
            return value

    def _current_state(self) -> dict[str, Organization]:
        """The current lineage's organizations with reviewers' corrections applied on top."""
        snapshots = self.snapshots()
        with self._lock, self.store.reading() as conn:
            key = (*(s.id for s in snapshots), reviews_version(conn))
            if key != self._state_key:
                state = read_merged_state(conn, snapshots)
                self._state = apply_reviews(state, read_reviews(conn))
                self._state_key = key
            return self._state

"""The bundled snapshot: the register reconstructed from public reporting, shipped in the package.

It holds every entry of the official list up to the inclusion order of 03.07.2026, from public
copies of the list: the register's own raw name and the inclusion order's date for each, order
numbers and the Prosecutor General's decision dates where known (partial after September 2024).
The last 23 of the 390 entries of 14.08.2026 are not in it. Its note says so, and every view
that shows it states that coverage. An official file imported later is authoritative for what it
lists, and the entries it does not list stay, labelled as known from the reconstruction (see
``registry/state.py``).

When it loads (``Registry.open`` with ``UNDESIRABLE_AUTOLOAD`` on, see :func:`bundled_load_reason`):
- into an empty store, on first use;
- into a store that holds a bundled snapshot but not this package's bundled file (a store filled by
  an earlier version of the package, before an upgrade): the package's file is imported as one
  more snapshot, beside the older ones (every version is kept). Otherwise a user would keep the
  older reconstruction forever and hear "no match" for an organization designated since.
- never into a store that holds only official files: it was set up without the reconstruction
  (``UNDESIRABLE_AUTOLOAD=0`` when it was filled), and that choice stands; ``undesirable info``
  says that the package's bundled data is not in it.

The file is recognised by the sha256 of its bytes, the digest its snapshot is stored under, so
opening a store never parses it; importing it is all-or-nothing and a known sha256 is a no-op, so
two processes opening the same store at once store it once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from undesirable.model import Organization, Snapshot
from undesirable.registry.annotations import AnnotationIndex, load_bundled_annotations
from undesirable.registry.build import build_organizations
from undesirable.sources.official_writer import DateStyle, write_official_xlsx
from undesirable.sources.project_format import read_register_json_bytes
from undesirable.sources.rows import SourceFile

BUNDLED_FILE = "bundled_register.json"
OFFICIAL_COUNT_NOTE = "the official list had 390 entries on 14.08.2026"
COVERAGE = (
    "complete by name and inclusion date to 03.07.2026; order numbers and decision dates partial after "
    "September 2024; the last 23 of the 390 entries of 14.08.2026 not known"
)


def read_bundled_source() -> SourceFile:
    """The bundled register file as a source, ready to import."""
    return read_register_json_bytes(_read_bundled_bytes(), name=f"bundled:{BUNDLED_FILE}")


def _read_bundled_bytes() -> bytes:
    return resources.files("undesirable.data").joinpath(BUNDLED_FILE).read_bytes()


@lru_cache(maxsize=1)
def bundled_sha256() -> str:
    """The sha256 of the bundled file's bytes: the digest its snapshot is stored under once imported."""
    return hashlib.sha256(_read_bundled_bytes()).hexdigest()


def bundled_load_reason(snapshots: Sequence[Snapshot]) -> str | None:
    """Why a store holding ``snapshots`` needs this package's bundled file, or None when it does not.

    ``"empty"``: nothing was imported yet. ``"newer"``: the store holds a bundled snapshot, but not
    this package's file (it was filled by another version of the package). None when the file is
    already stored, or when the store holds only official files (see the module).
    """
    if not snapshots:
        return "empty"
    if any(s.sha256 == bundled_sha256() for s in snapshots):
        return None
    return "newer" if any(not s.is_official for s in snapshots) else None


def bundled_snapshot(snapshots: Sequence[Snapshot]) -> Snapshot | None:
    """The stored snapshot of this package's bundled file, or None when the store does not hold it."""
    return next((s for s in snapshots if s.sha256 == bundled_sha256()), None)


def write_bundled_xlsx(path: Path, *, date_style: DateStyle = "text") -> SourceFile:
    """Write the bundled register's rows as an official-layout xlsx, as the ministry would write them.

    For tests and demonstrations of an official file: no provenance sheet, and a № п/п not known
    for sure is the row's position (the list numbers its rows in order).
    """
    source = read_bundled_source()
    rows = [replace(r, register_no=r.register_no or r.line) for r in source.rows]
    write_official_xlsx(path, actuality=source.actuality, rows=rows, date_style=date_style)
    return source


@lru_cache(maxsize=1)
def load_bundled_organizations() -> tuple[Organization, ...]:
    """All bundled organizations with annotations merged, without touching any store."""
    source = read_bundled_source()
    return tuple(build_organizations(source.rows, annotations=AnnotationIndex(load_bundled_annotations())))

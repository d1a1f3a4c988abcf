"""The bundled snapshot: the register reconstructed from public reporting, shipped in the package.

It holds every entry of the official list up to the inclusion order of 03.07.2026, from public
copies of the list: the register's own raw name and the inclusion order's date for each, order
numbers and the Prosecutor General's decision dates where known (partial after September 2024).
The last 23 of the 390 entries of 14.08.2026 are not in it. Its note says so, and every view
that shows it states that coverage. It is loaded into an empty store on first use; an official
file imported later is authoritative for what it lists, and the entries it does not list stay,
labelled as known from the reconstruction (see ``registry/state.py``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from undesirable.model import Organization
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
    data = resources.files("undesirable.data").joinpath(BUNDLED_FILE).read_bytes()
    return read_register_json_bytes(data, name=f"bundled:{BUNDLED_FILE}")


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

"""The bundled snapshot: the register reconstructed from public reporting, shipped in the package.

It holds every official entry up to 5 Sep 2024 (copied from a public copy of the official list)
and later entries known from the press, so it is complete to Sep 2024 and partial after it. It is
loaded into an empty store on first use; an official file imported later supersedes it.
"""

from __future__ import annotations

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


def read_bundled_source() -> SourceFile:
    """The bundled register file as a source, ready to import."""
    data = resources.files("undesirable.data").joinpath(BUNDLED_FILE).read_bytes()
    return read_register_json_bytes(data, name=f"bundled:{BUNDLED_FILE}")


def write_bundled_xlsx(path: Path, *, date_style: DateStyle = "text") -> SourceFile:
    """Write the bundled register as an official-layout xlsx (for tests and demonstrations)."""
    source = read_bundled_source()
    write_official_xlsx(path, actuality=source.actuality, rows=source.rows, date_style=date_style)
    return source


@lru_cache(maxsize=1)
def load_bundled_organizations() -> tuple[Organization, ...]:
    """All bundled organizations with annotations merged, without touching any store."""
    source = read_bundled_source()
    return tuple(build_organizations(source.rows, annotations=AnnotationIndex(load_bundled_annotations())))

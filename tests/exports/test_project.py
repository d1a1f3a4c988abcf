from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from undesirable.exports import render_export, write_export
from undesirable.exports.listing import select_listed
from undesirable.registry.registry import Registry


@pytest.fixture()
def fresh(registry: Any, tmp_path: Path) -> Iterator[Registry]:
    """Another, empty store (SQLite), to import an export into."""
    settings = replace(registry.settings, database_url=f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    other = Registry.open(settings=settings)
    try:
        yield other
    finally:
        other.close()


def _round_trip(source: Any, target: Registry, tmp_path: Path, fmt: str) -> list[Any]:
    path = write_export(render_export(source, format=fmt), str(tmp_path))
    assert path is not None
    result = target.import_file(path)
    assert result.new
    return select_listed(target.all_organizations())


@pytest.mark.usefixtures("bundled_store")
@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_the_bundled_register_comes_back_the_same(registry: Any, fresh: Registry, tmp_path: Path, fmt: str) -> None:
    before = select_listed(registry.all_organizations())
    after = _round_trip(registry, fresh, tmp_path, fmt)
    assert len(before) == 367
    assert [o.to_json() for o in after] == [o.to_json() for o in before]
    snapshot = fresh.current_snapshot()
    assert snapshot is not None and not snapshot.is_official
    assert "Official list" not in snapshot.provenance()
    assert "not the Justice Ministry's file" in snapshot.provenance()


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_an_official_snapshot_comes_back_the_same(filled: Any, fresh: Registry, tmp_path: Path, fmt: str) -> None:
    before = select_listed(filled.all_organizations())
    after = _round_trip(filled, fresh, tmp_path, fmt)
    assert [o.to_json() for o in after] == [o.to_json() for o in before]
    assert fresh.current_snapshot().actuality == filled.current_snapshot().actuality


def test_the_xlsx_is_in_the_official_layout(filled: Any) -> None:
    from undesirable.sources.official_xlsx import read_official_xlsx_bytes

    source = read_official_xlsx_bytes(render_export(filled, format="xlsx").data, name="export.xlsx")
    assert len(source.rows) == 5
    assert source.warnings == ()


def test_an_export_is_written_whole_into_a_folder_or_a_file(filled: Any, tmp_path: Path) -> None:
    export = render_export(filled, format="json")
    in_folder = write_export(export, str(tmp_path))
    assert in_folder == tmp_path / "undesirable_register_2024_09_05.json"
    named = write_export(export, str(tmp_path / "mine.json"))
    assert named is not None and named.read_bytes() == export.data
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_standard_output(filled: Any, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    export = render_export(filled, format="compliance-csv")
    assert write_export(export, "-") is None
    assert capfdbinary.readouterr().out == export.data


@pytest.mark.parametrize(
    ("fmt", "output", "message"),
    [
        ("xlsx", "-", "cannot go to standard output"),
        ("json", "/nonexistent/folder/x.json", "no folder"),
        ("pdf", None, "unknown export format"),
    ],
)
def test_bad_exports(filled: Any, fmt: str, output: str | None, message: str) -> None:
    from undesirable.errors import UsageError

    with pytest.raises(UsageError, match=message):
        write_export(render_export(filled, format=fmt), output)


def test_nothing_to_export_without_a_snapshot(registry: Any) -> None:
    from undesirable.errors import NotFoundError

    with pytest.raises(NotFoundError):
        render_export(registry, format="json")

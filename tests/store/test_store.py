from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from undesirable.errors import StoreError
from undesirable.settings import load_settings
from undesirable.store import open_store
from undesirable.store.migrations import MIGRATIONS, apply_migrations, current_version


def test_migrations_are_numbered_and_applied_once(database_url: str) -> None:
    versions = [number for number, _name, _fn in MIGRATIONS]
    assert versions == list(range(1, len(versions) + 1))
    store = open_store(database_url)
    try:
        assert current_version(store.engine) == versions[-1]
        assert apply_migrations(store.engine) == []
        tables = set(inspect(store.engine).get_table_names())
        assert {"snapshots", "snapshot_rows", "organizations", "entries", "events", "diffs"} <= tables
    finally:
        store.close()


def test_a_write_that_fails_is_rolled_back(database_url: str) -> None:
    from datetime import datetime

    from sqlalchemy import func, select

    from undesirable.store import schema

    store = open_store(database_url)
    row = {
        "list_id": "ru-undesirable",
        "actuality": datetime(2024, 9, 5),
        "sha256": "0" * 64,
        "source": "test",
        "kind": "official",
        "title": "",
        "row_count": 0,
        "imported_at": datetime(2024, 9, 5),
        "warnings": [],
    }
    try:
        with pytest.raises(RuntimeError), store.transaction() as conn:
            conn.execute(schema.snapshots.insert().values(**row))
            raise RuntimeError("boom")
        with store.reading() as conn:
            assert conn.execute(select(func.count()).select_from(schema.snapshots)).scalar_one() == 0
        with store.transaction() as conn:
            conn.execute(schema.snapshots.insert().values(**row))
        with store.reading() as conn:
            assert conn.execute(select(func.count()).select_from(schema.snapshots)).scalar_one() == 1
    finally:
        store.close()


def test_default_store_is_a_sqlite_file_in_the_data_dir(tmp_path: Path) -> None:
    settings = load_settings({"UNDESIRABLE_DATA_DIR": str(tmp_path / "data")})
    assert settings.database_url == f"sqlite:///{tmp_path / 'data' / 'undesirable.sqlite3'}"
    open_store(settings.database_url).close()
    assert (tmp_path / "data" / "undesirable.sqlite3").is_file()


@pytest.mark.parametrize("url", ["not a url", "nosuchdb://x/y", "postgresql+psycopg://nobody@127.0.0.1:1/none"])
def test_unusable_database_is_one_clear_error(url: str) -> None:
    with pytest.raises(StoreError, match="database"):
        open_store(url)

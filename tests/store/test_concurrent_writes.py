"""Concurrent imports wait for each other and all land (SQLite: the write lock taken at BEGIN with
a busy timeout; PostgreSQL: an advisory lock), instead of an 83-line "database is locked"
traceback; a database that fails is one StoreError line."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.factories import sample_row, write_sample_xlsx
from undesirable.errors import StoreError
from undesirable.registry.registry import Registry

WRITERS = 6


def test_concurrent_imports_all_land(registry: Any, tmp_path: Path) -> None:
    files = [
        write_sample_xlsx(
            tmp_path / f"v{i}.xlsx", rows=[sample_row(n) for n in range(1, 5 + i)], actuality=datetime(2024, 1 + i, 5)
        )
        for i in range(WRITERS)
    ]
    registry.snapshots()  # the store exists and is migrated before the writers start
    barrier = threading.Barrier(WRITERS)
    errors: list[BaseException] = []

    def run(path: Path) -> None:
        other = Registry.open(settings=replace(registry.settings, autoload=False))
        try:
            barrier.wait()
            other.import_file(path)
        except BaseException as exc:  # collected: the assertion below shows them
            errors.append(exc)
        finally:
            other.close()

    threads = [threading.Thread(target=run, args=(path,)) for path in files]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)
    assert errors == []
    assert len(registry.snapshots()) == WRITERS
    current = registry.current_snapshot()
    assert current is not None and current.row_count == 4 + WRITERS - 1


def test_a_database_that_stays_locked_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from undesirable.store import open_store, store

    monkeypatch.setattr(store, "BUSY_TIMEOUT_SECONDS", 0.5)
    path = tmp_path / "store.sqlite3"
    opened = open_store(f"sqlite:///{path}")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock and does not let go
    try:
        with pytest.raises(StoreError) as caught, opened.transaction() as conn:
            conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        assert caught.value.message == "the database could not complete the write: database is locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        opened.close()

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("UNDESIRABLE_AUTOLOAD", "0")


@pytest.fixture()
def database_url(tmp_path: Path) -> Iterator[str]:
    """A fresh store: a SQLite file by default, a fresh PostgreSQL database when one is configured."""
    server = os.environ.get("UNDESIRABLE_TEST_POSTGRES_URL")
    if not server:
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    import uuid

    from sqlalchemy import create_engine, text

    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    base, _, _ = server.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture()
def registry(database_url: str, tmp_path: Path) -> Iterator[object]:
    """A registry over the test's store, with its own data folder (caches are never shared)."""
    from undesirable import Registry, load_settings

    env = {"UNDESIRABLE_DATABASE_URL": database_url, "UNDESIRABLE_AUTOLOAD": "0"}
    settings = load_settings({**env, "UNDESIRABLE_DATA_DIR": str(tmp_path / "data")})
    reg = Registry.open(settings=settings)
    try:
        yield reg
    finally:
        reg.close()

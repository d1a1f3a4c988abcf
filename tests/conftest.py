from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TEST_HOME = "UNDESIRABLE_TEST_HOME"
"""The variable naming the temporary folder that stands for the user's folders during a test run."""
USER_FOLDERS = {
    "XDG_DATA_HOME": "data",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
    "XDG_CONFIG_HOME": "config",
}


def isolate_user_folders() -> Path:
    """Point every folder the program defaults to at one temporary folder, for the whole run.

    The store, the match index cache, the audit key and the audit checkpoints default to the
    user's data folder (``settings.py``: platformdirs, which follows ``XDG_DATA_HOME``); a test that
    builds its settings without ``UNDESIRABLE_DATA_DIR`` would write into the developer's real one.
    Set in the environment when the suite starts, so test processes (pytest-xdist workers) and
    every command a test runs inherit it. A store URL set in the developer's shell is ignored too.
    """
    home = os.environ.get(TEST_HOME)
    if not home:  # the first process of the run: the workers it starts inherit the folder
        home = tempfile.mkdtemp(prefix="undesirable-tests-")
        os.environ[TEST_HOME] = home
        atexit.register(shutil.rmtree, home, ignore_errors=True)
    for variable, folder in USER_FOLDERS.items():
        os.environ[variable] = str(Path(home) / folder)
    os.environ["UNDESIRABLE_DATA_DIR"] = str(Path(home) / "data" / "undesirable")
    os.environ.pop("UNDESIRABLE_DATABASE_URL", None)
    return Path(home)


isolate_user_folders()
os.environ.setdefault("UNDESIRABLE_AUTOLOAD", "0")


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Run on every core by default (pytest-xdist, from the ``test`` extra), stealing work between processes.

    ``-n 0`` (or ``-p no:xdist``) runs in one process; an explicit ``-n N`` is kept.
    """
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return  # a worker must not start workers of its own (that recursed into a fork bomb)
    if config.pluginmanager.hasplugin("xdist") and config.option.numprocesses is None:
        config.option.numprocesses = "auto"
        if config.option.dist == "no":
            config.option.dist = "worksteal"


LOADED = ("loaded_registry", "bundled_store")
"""Tests that use one of these fixtures (directly, through another or with ``usefixtures``) get a store
that starts with the bundled register imported."""


@pytest.fixture(scope="session")
def bundled_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store with the bundled register imported, made once per test process and copied for each test.

    Importing the bundled register costs a few tenths of a second; copying the finished store costs
    a few milliseconds. On SQLite the template is a closed database file; on PostgreSQL it is a
    database each test's database is created from (``CREATE DATABASE ... TEMPLATE``).
    """
    from undesirable import Registry, load_settings

    server = os.environ.get("UNDESIRABLE_TEST_POSTGRES_URL")
    folder = tmp_path_factory.mktemp("template")
    if server:
        name = _create_postgres_database(server)
        url = f"{server.rpartition('/')[0]}/{name}"
    else:
        name, url = "", f"sqlite:///{folder / 'bundled.sqlite3'}"
    settings = load_settings(
        {"UNDESIRABLE_DATABASE_URL": url, "UNDESIRABLE_DATA_DIR": str(folder / "data"), "UNDESIRABLE_AUTOLOAD": "0"}
    )
    registry = Registry.open(settings=settings)
    try:
        assert registry.load_bundled() is not None
    finally:
        registry.close()
    try:
        yield name or str(folder / "bundled.sqlite3")
    finally:
        if server:
            _drop_postgres_database(server, name)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An empty store with every migration applied, made once per test process and copied for each test.

    Creating the tables costs more than copying them; opening the copy applies nothing (it is up to date).
    """
    from undesirable.store import open_store

    server = os.environ.get("UNDESIRABLE_TEST_POSTGRES_URL")
    if server:
        name = _create_postgres_database(server)
        url = f"{server.rpartition('/')[0]}/{name}"
    else:
        name, url = "", f"sqlite:///{tmp_path_factory.mktemp('empty') / 'empty.sqlite3'}"
    open_store(url).close()
    try:
        yield name or url.removeprefix("sqlite:///")
    finally:
        if server:
            _drop_postgres_database(server, name)


@pytest.fixture()
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh store: a SQLite file by default, a fresh PostgreSQL database when one is configured.

    For a test that uses ``loaded_registry`` or ``bundled_store`` the store starts as a copy of
    :func:`bundled_template`; for any other, as a copy of :func:`empty_template`.
    """
    loaded = any(name in request.fixturenames for name in LOADED)
    template = request.getfixturevalue("bundled_template" if loaded else "empty_template")
    server = os.environ.get("UNDESIRABLE_TEST_POSTGRES_URL")
    if not server:
        path = tmp_path / "test.sqlite3"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    name = _create_postgres_database(server, template=template)
    try:
        yield f"{server.rpartition('/')[0]}/{name}"
    finally:
        _drop_postgres_database(server, name)


def _create_postgres_database(server: str, *, template: str | None = None) -> str:
    from sqlalchemy import create_engine, text

    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else "")))
    finally:
        admin.dispose()
    return name


def _drop_postgres_database(server: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    finally:
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


@pytest.fixture()
def loaded_registry(registry: Any) -> Any:
    """The test store with the bundled register imported (a copy of the session's template store)."""
    assert registry.snapshots(), "the store starts as a copy of the bundled template"
    return registry


@pytest.fixture()
def bundled_store(database_url: str) -> str:
    """The test's store URL, starting with the bundled register imported (for commands run over it)."""
    return database_url

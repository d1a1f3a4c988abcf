"""The web tests use the API tests' app over the bundled register, or one site per module (read-only tests).

The browser tests share one live server (over its own store, writes enabled with a token) and one
headless chromium per test process.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api.conftest import app_settings, client

__all__ = ["app_settings", "client", "site"]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
BROWSER_API_TOKEN = "browser-test-token"


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a live server over a store of its own holding the bundled register."""
    from tests.api.live import live_server
    from undesirable import Registry, load_settings

    folder = tmp_path_factory.mktemp("browser-db")
    settings = load_settings(
        {
            "UNDESIRABLE_DATABASE_URL": f"sqlite:///{folder / 'store.sqlite3'}",
            "UNDESIRABLE_DATA_DIR": str(folder / "data"),
            "UNDESIRABLE_AUTOLOAD": "1",
            "UNDESIRABLE_API_TOKEN": BROWSER_API_TOKEN,
        }
    )
    registry = Registry.open(settings=settings)
    try:
        with live_server(settings, registry) as base:
            yield base
    finally:
        registry.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless chromium (Debian's, driven by Playwright) for every browser test of the process."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, list[str]]]:
    """A client over the bundled register, and every name the register holds (longest first)."""
    from fastapi.testclient import TestClient

    from undesirable import Registry, load_settings
    from undesirable.api import create_app

    db: Path = tmp_path_factory.mktemp("lang") / "store.sqlite3"
    settings = load_settings({"UNDESIRABLE_DATABASE_URL": f"sqlite:///{db}", "UNDESIRABLE_AUTOLOAD": "1"})
    registry = Registry.open(settings=settings)
    names: set[str] = set()
    for org in registry.all_organizations():
        names |= {*org.all_names(), *org.acronyms, org.raw_name, org.country or "", org.id, *org.domains}
        names |= {f.name for f in org.former_names}
    # legal forms named in match reasons ("legal form ignored: Ltd") are parts of names too
    from importlib import resources

    forms = json.loads(resources.files("undesirable.data").joinpath("legal_forms.json").read_text(encoding="utf-8"))
    names |= {form["display"] for form in forms["forms"]} | {org.inclusion_order or "", org.exclusion_order or ""}
    with TestClient(create_app(settings, registry=registry), raise_server_exceptions=False) as client:
        yield client, sorted((n for n in names if n), key=len, reverse=True)
    registry.close()

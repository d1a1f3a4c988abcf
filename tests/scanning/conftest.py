from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index, scan_text

REGISTER_PREFIX = "ru-undesirable-"


@pytest.fixture(scope="session")
def bundled_orgs() -> tuple[Organization, ...]:
    from undesirable.registry.bundled import load_bundled_organizations

    return load_bundled_organizations()


@pytest.fixture(scope="session")
def scan_index(bundled_orgs: tuple[Organization, ...]) -> ScanIndex:
    """The scan index of the bundled register, built once for the whole session."""
    return build_scan_index(bundled_orgs)


@pytest.fixture(scope="module")
def invented_index(request: pytest.FixtureRequest) -> ScanIndex:
    """The scan index of the requesting test module's invented register (its ``INVENTED``), once a module."""
    return build_scan_index(request.module.INVENTED)


def found(index: ScanIndex, text: str) -> list[tuple[str, str]]:
    """The mentions ``index`` finds in ``text``: each as written, and its organization's id less the register prefix."""
    return [(m.text, m.organization.id[len(REGISTER_PREFIX) :]) for m in scan_text(index, text)]


def ids(index: ScanIndex, text: str) -> set[str]:
    """The ids of the organizations ``index`` finds in ``text``."""
    return {m.organization.id for m in scan_text(index, text)}

from __future__ import annotations

import pytest

from undesirable.model import Organization
from undesirable.scanning import ScanIndex, build_scan_index


@pytest.fixture(scope="session")
def bundled_orgs() -> tuple[Organization, ...]:
    from undesirable.registry.bundled import load_bundled_organizations

    return load_bundled_organizations()


@pytest.fixture(scope="session")
def scan_index(bundled_orgs: tuple[Organization, ...]) -> ScanIndex:
    """The scan index of the bundled register, built once for the whole session."""
    return build_scan_index(bundled_orgs)

"""Fuzz the API from its own OpenAPI schema (schemathesis): no input may cause a server error,
and every answer, success or failure, must fit the documented schema (the one error body).

Schema-valid requests may still be refused (an impossible date such as 31.02.2020, an unknown
organization or role): those answers are checked for shape, not required to succeed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

EXAMPLES_PER_OPERATION = 25
"""Bounded: about twenty operations, so a few hundred requests in all."""

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::DeprecationWarning")]


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from undesirable import Registry, load_settings
    from undesirable.api import create_app

    db: Path = tmp_path_factory.mktemp("fuzz") / "store.sqlite3"
    settings = load_settings(
        {"UNDESIRABLE_DATABASE_URL": f"sqlite:///{db}", "UNDESIRABLE_AUTOLOAD": "1", "UNDESIRABLE_API_TOKEN": "t0ken"}
    )
    registry = Registry.open(settings=settings)
    yield create_app(settings, registry=registry)
    registry.close()


@pytest.fixture(scope="module")
def fuzz_schema(fuzz_app: Any) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)


schema = schemathesis.pytest.from_fixture("fuzz_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_never_fails_and_keeps_its_schema(case: Any) -> None:
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code} {response.text}"
    case.validate_response(response, excluded_checks=[positive_data_acceptance])

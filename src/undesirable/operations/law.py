"""Law operations: what a designation means for a role on a date (information, not legal advice)."""

from __future__ import annotations

from datetime import date
from typing import Any

from undesirable.errors import UsageError
from undesirable.law import explain_exposure, list_roles
from undesirable.operations.organizations import resolve_organization
from undesirable.registry.registry import Registry

DEFAULT_ROLE = "participant"


def explain_organization(
    registry: Registry, org: str, *, role: str = DEFAULT_ROLE, on: date | None = None, prior_penalty: bool = False
) -> dict[str, Any]:
    """The offences in force for ``role`` on ``on`` (today) for the organization ``org`` names.

    ``org`` is resolved by :func:`~undesirable.operations.organizations.resolve_organization`.

    Raises:
        UsageError: an unknown role, or an ambiguous organization.
        NotFoundError: no organization is named or strongly matched by ``org``.
    """
    if role not in list_roles():
        raise UsageError(f"unknown role {role!r}; one of: {', '.join(list_roles())}")
    organization = resolve_organization(registry, org)
    result = explain_exposure(organization, role=role, on=on or date.today(), prior_penalty=prior_penalty)
    assert result is not None  # the role was checked above
    return result

"""The web tests use the API tests' app over the bundled register."""

from __future__ import annotations

from tests.api.conftest import app_settings, client, loaded_registry

__all__ = ["app_settings", "client", "loaded_registry"]

"""The suite never touches the developer's own store, cache, audit key or audit checkpoints.

``tests/conftest.py`` points the user's folders at a temporary one when the run starts. These tests
fail if any default location the program would use during the run lies under the real user's
folders (computed from the account's home, whatever the environment says).
"""

from __future__ import annotations

import json
import os
import pwd
import subprocess
import sys
from pathlib import Path

import pytest

from undesirable.proof.checkpoints import checkpoint_path
from undesirable.proof.keys import AUDIT_KEY_FILE
from undesirable.settings import Settings, load_settings


def real_user_data_dir(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the program keeps its data for this account outside the tests (platformdirs, real home)."""
    import platformdirs

    with monkeypatch.context() as patched:
        for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
            patched.delenv(variable, raising=False)
        patched.setenv("HOME", pwd.getpwuid(os.getuid()).pw_dir)
        return Path(platformdirs.user_data_dir("undesirable", appauthor=False)).resolve()


def places(settings: Settings) -> list[Path]:
    """Every file or folder the program writes by default under these settings."""
    store = Path(settings.database_url.removeprefix("sqlite:///"))
    return [
        settings.data_dir,
        store,
        settings.data_dir / "cache",
        settings.data_dir / AUDIT_KEY_FILE,
        checkpoint_path(settings),
    ]


def is_under(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder)


@pytest.mark.parametrize("environ", [None, {}, {"UNDESIRABLE_AUTOLOAD": "1"}], ids=["environment", "empty", "partial"])
def test_the_defaults_the_tests_see_are_not_the_users_folders(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str] | None
) -> None:
    real = real_user_data_dir(monkeypatch)
    settings = load_settings(environ)
    assert settings.database_url.startswith("sqlite:///")
    for place in places(settings):
        assert not is_under(place, real), place
        assert is_under(place, Path(os.environ["UNDESIRABLE_TEST_HOME"]).resolve()), place


def test_a_command_the_tests_run_uses_the_temporary_folders_too(monkeypatch: pytest.MonkeyPatch) -> None:
    real = real_user_data_dir(monkeypatch)
    done = subprocess.run(
        [sys.executable, "-m", "undesirable", "info", "--json"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    store = Path(json.loads(done.stdout)["store"]["path"])
    assert not is_under(store, real) and is_under(store, Path(os.environ["UNDESIRABLE_TEST_HOME"]).resolve())

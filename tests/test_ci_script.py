"""``scripts/test`` waits for the package locks that another apt or dpkg holds instead of failing.

A fake ``apt-get`` on the PATH says "Could not get lock" twice, then succeeds; the helper that
``scripts/test`` sources must retry it, and must not retry other failures."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELPER = ROOT / "scripts" / "apt_wait.sh"
LOCKED = "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (apt-get)"


def _fake_apt(tmp_path: Path, failures: int, message: str) -> dict[str, str]:
    counter = tmp_path / "calls"
    fake = tmp_path / "apt-get"
    fake.write_text(
        "#!/usr/bin/env bash\n"
        f'n=$(cat "{counter}" 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > "{counter}"\n'
        f'if [ "$n" -le {failures} ]; then echo "{message}" >&2; exit 100; fi\n'
        'echo "ok $*"\n'
    )
    fake.chmod(0o755)
    return {**os.environ, "PATH": f"{tmp_path}:{os.environ['PATH']}", "APT_RETRY_SECONDS": "0"}


def _run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    script = f'source "{HELPER}"; apt_get update -qq'
    return subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=60)


def test_scripts_test_uses_the_waiting_helper_for_every_apt_call() -> None:
    text = (ROOT / "scripts" / "test").read_text()
    assert "source scripts/apt_wait.sh" in text
    calls = [line for line in text.splitlines() if "apt-get " in line and not line.lstrip().startswith("#")]
    assert calls == [], calls  # every call goes through apt_get


def test_a_held_lock_is_waited_for(tmp_path: Path) -> None:
    done = _run(_fake_apt(tmp_path, 2, LOCKED))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "calls").read_text().strip() == "3"
    assert "waiting" in done.stderr


def test_other_failures_are_not_retried(tmp_path: Path) -> None:
    done = _run(_fake_apt(tmp_path, 5, "E: Unable to locate package nosuch"))
    assert done.returncode == 1
    assert (tmp_path / "calls").read_text().strip() == "1"
    assert "Unable to locate package" in done.stderr

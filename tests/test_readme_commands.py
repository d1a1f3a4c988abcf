"""Every command the README shows runs as written, over a store of its own.

The files the examples name (``clients.csv``, ``huge.parquet``, ``export.xlsx``, ``values.json``,
``partners.txt``) are made in the working folder first; ``update`` downloads from a loopback
server that serves the export and the REST service beside it (``UNDESIRABLE_SOURCE_URL``).

Each line is split into words the way a shell splits it (``shlex``), ``a && b`` runs ``b`` only
after ``a`` succeeded, and ``echo '...' | undesirable ...`` feeds the echoed line to standard input;
the commands then run in this process through the CLI's entry point, with the settings read from
the same environment a shell would pass. ``serve`` runs as written in a real shell (the installed
``undesirable`` script on the PATH) and is stopped once it answers.
"""

from __future__ import annotations

import http.server
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from tests.factories import sample_row, write_sample_xlsx

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SERVE_START_SECONDS = 60

pytestmark = [
    pytest.mark.slow,
    # The commands keep their own SQLite store whatever the pass, so the PostgreSQL pass would only repeat them.
    pytest.mark.skipif(
        bool(os.environ.get("UNDESIRABLE_TEST_POSTGRES_URL")), reason="own SQLite store: run in the SQLite pass"
    ),
]


def readme_commands() -> list[str]:
    """The ``$ undesirable ...`` lines of the README's console blocks, without their comments."""
    commands = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                commands.append(re.sub(r"\s+#\s.*$", "", line[2:]).strip())
    return commands


def test_the_readme_shows_commands() -> None:
    commands = readme_commands()
    assert len(commands) >= 10
    assert all("undesirable" in c for c in commands)


@pytest.fixture(scope="module")
def official_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A loopback server answering every GET with a later version of the sample export."""
    export = write_sample_xlsx(
        tmp_path_factory.mktemp("served") / "export.xlsx",
        rows=[sample_row(i) for i in range(1, 6)],
        actuality=datetime(2024, 10, 1, 9, 0),
    ).read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # the xlsx export
            self.send_response(200)
            self.send_header("Content-Length", str(len(export)))
            self.end_headers()
            self.wfile.write(export)

        def do_POST(self) -> None:  # the REST service beside it, one page of values per request
            from tests.following.test_rest_update import _page, _values, send_json

            send_json(self, _page(_values(), self.rfile.read(int(self.headers["Content-Length"]))))

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/rest/registry/c2d1692e/export"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readme")
    (folder / "clients.csv").write_text("id;name\n1;Meduza\n2;ООО Ромашка\n", encoding="cp1251")
    (folder / "big.csv").write_text("name\n" + "Meduza\nООО Ромашка\nAmnesty International\n" * 200, encoding="utf-8")
    (folder / "partners.txt").write_text("Bellingcat\nFree Russia Foundation\n", encoding="utf-8")
    write_sample_xlsx(folder / "export.xlsx")
    from tests.following.test_rest_update import _values
    from undesirable.sources.rest_json import dump_rest_json

    (folder / "values.json").write_bytes(dump_rest_json(_values(), fetched_at=datetime(2026, 7, 16, 9, 30)))
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = ["Meduza", "Amnesty International", "Example Ltd"] * 100
    pq.write_table(pa.table({"name": names}), folder / "huge.parquet")
    return folder


@pytest.fixture(scope="module")
def env(workdir: Path, official_server: str) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if not k.startswith("UNDESIRABLE_")}
    values.update(
        {
            "UNDESIRABLE_DATA_DIR": str(workdir / "data"),
            "UNDESIRABLE_AUTOLOAD": "1",
            "UNDESIRABLE_HMAC_KEY": "readme-test-certificate-key-0123456789",  # certificates are signed (README)
            "UNDESIRABLE_SOURCE_URL": official_server,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        }
    )
    return values


def test_every_readme_command_runs_as_written(
    workdir: Path, env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(workdir)
    for command in readme_commands():
        if command.startswith("undesirable serve"):
            _serve(command, workdir, env)
            continue
        for args, stdin in _steps(command):
            _run_in_process(command, args, stdin, env)
    assert (workdir / "growth.svg").exists() and (workdir / "proof.json").exists()


def test_the_shell_forms_are_read_as_a_shell_reads_them() -> None:
    steps = _steps("echo 'a «b» (c)… d' | undesirable scan - && undesirable diff --json")
    assert steps == [(["scan", "-"], "a «b» (c)… d\n"), (["diff", "--json"], None)]
    with pytest.raises(AssertionError, match="shell form"):
        _steps("undesirable check x > out.txt")


def _steps(command: str) -> list[tuple[list[str], str | None]]:
    """The ``undesirable`` invocations of one README line, in order, each with its standard input."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars="|&;<>")
    lexer.whitespace_split = True
    words, steps = list(lexer), []
    while words:
        part = words[: words.index("&&")] if "&&" in words else words
        words = words[len(part) + 1 :]
        stdin = None
        if "|" in part:
            source, part = part[: part.index("|")], part[part.index("|") + 1 :]
            assert source[:1] == ["echo"], f"{command}: shell form not understood"
            stdin = " ".join(source[1:]) + "\n"
        operators = [w for w in part if w and set(w) <= set("|&;<>")]
        assert part[:1] == ["undesirable"] and not operators, f"{command}: shell form not understood"
        steps.append((part[1:], stdin))
    return steps


def _run_in_process(command: str, args: list[str], stdin: str | None, env: dict[str, str]) -> None:
    from typer.testing import CliRunner

    from undesirable.cli import app
    from undesirable.settings import load_settings

    done = CliRunner().invoke(app, args, input=stdin, obj=load_settings(env))
    if done.exception is not None and not isinstance(done.exception, SystemExit):
        raise AssertionError(command) from done.exception
    assert done.exit_code == 0, f"{command}\n{done.stdout}\n{done.stderr}"


def _serve(command: str, workdir: Path, env: dict[str, str]) -> None:
    """Start ``serve`` (on a free port rather than 8000, which may be taken), wait for it, stop it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        ["bash", "-c", f"exec {command} --port {port} --quiet"], cwd=workdir, env=env, start_new_session=True
    )
    try:
        deadline = time.monotonic() + SERVE_START_SECONDS
        while True:
            assert process.poll() is None, f"{command} exited with {process.returncode}"
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, f"{command} did not start"
            time.sleep(0.2)
        assert "<h1" in httpx.get(f"http://127.0.0.1:{port}/", timeout=10).text
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)

"""The register commands, run as a user runs them: in-process through the CLI's own entry point.

``run`` invokes the Typer app with settings built the way the command line builds them (the
environment, plus the test's store); one test below runs the installed command in a real process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import sample_row, write_sample_xlsx


@dataclass(frozen=True)
class Done:
    """What a finished command left: its exit code and its two output streams."""

    returncode: int
    stdout: str
    stderr: str


def run(args: list[str], *, database_url: str, autoload: str = "0", stdin: str | None = None) -> Done:
    """Run ``undesirable ARGS`` in this process; an unexpected exception fails the test with its traceback."""
    from undesirable.cli import app
    from undesirable.settings import load_settings

    env = {**os.environ, "UNDESIRABLE_DATABASE_URL": database_url, "UNDESIRABLE_AUTOLOAD": autoload}
    result = CliRunner().invoke(app, args, input=stdin, obj=load_settings(env))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Done(result.exit_code, result.stdout, result.stderr)


def run_process(args: list[str], *, database_url: str, autoload: str = "0") -> subprocess.CompletedProcess[str]:
    """Run the installed ``python -m undesirable ARGS`` in a real process."""
    env = {**os.environ, "UNDESIRABLE_DATABASE_URL": database_url, "UNDESIRABLE_AUTOLOAD": autoload}
    command = [sys.executable, "-m", "undesirable", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_the_installed_command_runs_reads_its_environment_and_exits_with_the_right_codes(database_url: str) -> None:
    done = run_process(["check", "Bellingcat", "--json"], database_url=database_url, autoload="1")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["matches"][0]["organization"]["name_en"].startswith(("Stichting", "Bellingcat"))
    bad = run_process(["list", "--as-of", "45500.5"], database_url=database_url)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and len(bad.stderr.splitlines()) == 1


def test_import_list_show_diff_snapshots_json(tmp_path: Path, database_url: str) -> None:
    first = write_sample_xlsx(tmp_path / "a.xlsx")
    done = run(["import", str(first), "--json"], database_url=database_url)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) >= {"snapshot", "diff"}
    assert set(result["snapshot"]) >= {"id", "actuality", "sha256", "rows", "new"}
    assert result["snapshot"]["new"] is True and result["snapshot"]["rows"] == 4
    assert set(result["diff"]) >= {"added", "removed", "changed"}

    again = json.loads(run(["import", str(first), "--json"], database_url=database_url).stdout)
    assert again["snapshot"]["new"] is False

    second = write_sample_xlsx(
        tmp_path / "b.xlsx", rows=[sample_row(i) for i in range(1, 6)], actuality=datetime(2024, 10, 1)
    )
    assert run(["import", str(second)], database_url=database_url).returncode == 0

    listed = json.loads(run(["list", "--as-of", "2020-01-10", "--json"], database_url=database_url).stdout)
    assert listed["count"] == 5 and len(listed["organizations"]) == 5
    assert listed["as_of"] == "2020-01-10"
    org = listed["organizations"][0]
    contract = {
        "id",
        "name_ru",
        "name_en",
        "aliases",
        "acronyms",
        "former_names",
        "country",
        "country_code",
        "category",
        "domains",
        "gp_decision_date",
        "inclusion_date",
        "inclusion_order",
        "exclusion_date",
        "exclusion_order",
        "status",
        "designated",
        "sources",
    }
    assert contract <= set(org)
    assert org["inclusion_date"] == "2020-01-10" and org["designated"] is True
    before = json.loads(run(["list", "--as-of", "09.01.2020", "--json"], database_url=database_url).stdout)
    assert before["count"] == 0

    shown = json.loads(run(["show", "101-r/2020-01-10", "--json"], database_url=database_url).stdout)
    assert shown["organization"]["name_en"] == "The National Endowment for Democracy"
    assert [e["kind"] for e in shown["events"]] == ["designated", "included"]

    diff = json.loads(run(["diff", "--json"], database_url=database_url).stdout)
    assert diff["diff"]["added"] == ["ru-undesirable-105-r-2020-01-10"]
    snaps = json.loads(run(["snapshots", "--json"], database_url=database_url).stdout)
    assert [s["rows"] for s in snaps["snapshots"]] == [4, 5]
    human = run(["list"], database_url=database_url)
    assert "5 organizations" in human.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["list", "--as-of", "yesterday"], 2, "--as-of: not a date"),
        (["show", "ru-undesirable-999-r-2001-01-01"], 1, "no organization"),
        (["import", "/nonexistent/file.xlsx"], 1, "cannot read the file"),
        (["diff", "1", "77"], 1, "no snapshot"),
        (["frobnicate"], 2, "No such command"),
    ],
)
def test_errors_are_one_clear_line(tmp_path: Path, database_url: str, args: list[str], code: int, message: str) -> None:
    run(["import", str(write_sample_xlsx(tmp_path / "a.xlsx"))], database_url=database_url)
    done = run(args, database_url=database_url)
    assert done.returncode == code
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_bad_xlsx_names_the_cell_and_changes_nothing(tmp_path: Path, database_url: str) -> None:
    import openpyxl

    path = write_sample_xlsx(tmp_path / "a.xlsx")
    book = openpyxl.load_workbook(path)
    book["Лист 1"]["D5"] = "32.13.2020"
    book.save(path)
    done = run(["import", str(path)], database_url=database_url)
    assert done.returncode == 1
    assert f"{path}, row 5, column D: not a date" in done.stderr
    snaps = json.loads(run(["snapshots", "--json"], database_url=database_url).stdout)
    assert snaps["snapshots"] == []


def test_first_use_loads_the_bundled_reconstruction(database_url: str) -> None:
    done = run(["check", "Amnesty International", "--json"], database_url=database_url, autoload="1")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["snapshot"]["kind"] == "bundled"
    assert result["snapshot"]["official"] is False
    names = [m["organization"]["name_en"] for m in result["matches"]]
    assert any("Amnesty International" in n for n in names)
    assert all(m["organization"]["designated"] for m in result["matches"])


def test_import_screens_watchlists(tmp_path: Path, database_url: str) -> None:
    assert run(["watchlist", "add", "Open Society Foundations"], database_url=database_url).returncode == 0
    done = run(["import", str(write_sample_xlsx(tmp_path / "a.xlsx")), "--json"], database_url=database_url)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["notice_id"] is not None
    assert [(h["query"], h["org_id"]) for h in result["watchlist_hits"]] == [
        ("Open Society Foundations", "ru-undesirable-102-r-2020-01-10")
    ]
    later = write_sample_xlsx(tmp_path / "b.xlsx", actuality=datetime(2025, 1, 1))
    quiet = run(["import", str(later), "--json", "--no-notify"], database_url=database_url)
    assert json.loads(quiet.stdout)["notice_id"] is None

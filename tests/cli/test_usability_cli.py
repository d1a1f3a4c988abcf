"""The command line as a new user meets it: version, help, info, refusals, empty stores, bad settings."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.factories import write_sample_xlsx
from undesirable.cli import app
from undesirable.model import CATEGORIES


@pytest.fixture()
def cli(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run a command over a store holding the sample export (four entries); returns the click result."""
    monkeypatch.setenv("UNDESIRABLE_DATABASE_URL", database_url)
    monkeypatch.setenv("UNDESIRABLE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("UNDESIRABLE_AUTOLOAD", "0")
    runner = CliRunner()

    def invoke(*args: str) -> Any:
        return runner.invoke(app, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture()
def loaded_cli(cli: Any, tmp_path: Path) -> Any:
    assert cli("import", str(write_sample_xlsx(tmp_path / "export.xlsx")), "--no-notify").exit_code == 0
    return cli


def test_version_and_short_help(cli: Any) -> None:
    from undesirable import __version__

    assert cli("--version").output.strip() == f"undesirable {__version__}"
    short = cli("-h")
    assert short.exit_code == 0 and "Commands:" in short.output
    assert "--show-completion" in short.output  # shell completion is offered
    assert cli("list", "-h").output == cli("list", "--help").output


def every_command(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The path of every command and subcommand of a click group."""
    out = []
    for name, command in group.commands.items():
        out.append((*prefix, name))
        if hasattr(command, "commands"):
            out += every_command(command, (*prefix, name))
    return out


def test_flags_are_shown_as_flags(cli: Any) -> None:
    import typer.main

    commands = every_command(typer.main.get_command(app))
    assert len(commands) > 20
    for path in commands:
        text = cli(*path, "--help").output
        assert "<bool>" not in text, path
    assert "--json" in cli("list", "--help").output


def test_unknown_filter_values_are_refused_with_the_valid_list(loaded_cli: Any) -> None:
    done = loaded_cli("list", "--category", "medai")
    assert done.exit_code == 2
    assert "medai" in done.output and all(c in done.output for c in CATEGORIES)
    done = loaded_cli("list", "--country", "XX")
    assert done.exit_code == 2 and "XX" in done.output
    known = loaded_cli("list", "--json")
    codes = {o["country_code"] for o in json.loads(known.output)["organizations"] if o["country_code"]}
    assert codes and all(code in done.output for code in codes)


def test_no_data_is_an_error_never_no_match(cli: Any) -> None:
    for args in (["check", "Meduza"], ["list"], ["scan", "-"], ["stats"], ["explain", "Meduza", "--role", "donor"]):
        done = cli(*args)
        assert done.exit_code == 1, args
        assert "no data" in done.output and "No match" not in done.output, args


@pytest.mark.parametrize(
    ("name", "value"),
    [("UNDESIRABLE_DATA_DIR", "/dev/null/store"), ("UNDESIRABLE_DATABASE_URL", "not a url")],
)
def test_a_bad_setting_is_one_line_not_a_traceback(
    cli: Any, monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.delenv("UNDESIRABLE_DATABASE_URL")
    monkeypatch.setenv(name, value)
    done = cli("check", "Meduza")
    assert done.exit_code == 1
    assert "Traceback" not in done.output
    assert done.output.startswith("undesirable: ") and done.output.count("\n") == 1


def test_info_says_where_the_store_is_what_it_holds_and_how_to_reset(
    loaded_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNDESIRABLE_HMAC_KEY", "very-secret-key")
    monkeypatch.setenv("UNDESIRABLE_AUTOLAOD", "0")  # a typo
    text = loaded_cli("info").output
    assert "Official list of the Justice Ministry as of" in text
    assert "Reset:" in text
    assert "very-secret-key" not in text and "UNDESIRABLE_HMAC_KEY: set" in text
    assert "UNDESIRABLE_AUTOLAOD: not a setting" in text
    info = json.loads(loaded_cli("info", "--json").output)
    assert info["data"]["snapshots"] == 1 and info["data"]["current"]["rows"] == 4
    if info["store"]["kind"] == "sqlite":
        assert Path(info["store"]["path"]).exists() and info["store"]["bytes"] > 0
        assert info["store"]["path"] in info["reset"]


def test_explain_shows_its_caveats_once_and_the_notice_once(loaded_cli: Any) -> None:
    org = json.loads(loaded_cli("list", "--json").output)["organizations"][0]["id"]
    result = json.loads(loaded_cli("explain", org, "--role", "donor", "--date", "2024-01-01", "--json").output)
    assert result["caveats"]
    for lang in ("en", "ru"):
        output = loaded_cli("explain", org, "--role", "donor", "--date", "2024-01-01", "--lang", lang).output
        text = " ".join(output.split())  # the terminal wraps long lines
        assert text.count(result[f"notice_{lang}"]) == 1
        for caveat in result["caveats"]:
            assert text.count(" ".join(caveat[lang].split())) == 1
        assert "caveats" not in text


def test_every_written_file_gets_the_same_mode(loaded_cli: Any, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        names = tmp_path / "names.csv"
        names.write_text("name\nMeduza\n", encoding="utf-8")
        assert loaded_cli("screen", str(names), "--column", "name").exit_code == 0
        assert loaded_cli("export", "--format", "json", "--output", str(tmp_path / "out.json")).exit_code == 0
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "names.screened.csv", tmp_path / "out.json")}
    assert set(modes.values()) == {0o644}, modes


def test_notify_add_without_a_secret_makes_one_and_list_says_when_empty(loaded_cli: Any) -> None:
    assert "No subscriptions" in loaded_cli("notify", "list").output
    done = loaded_cli("notify", "add", "https://example.org/hook")
    assert done.exit_code == 0, done.output
    assert "Signing secret (shown once" in done.output
    assert "example.org/hook" in loaded_cli("notify", "list").output

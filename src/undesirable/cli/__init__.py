"""The command line: thin commands that parse options, call one operation and print.

Tables for people, ``--json`` for programs; exit 1 on a failed operation, 2 on bad usage, 3 when
``screen`` wrote every row but could not screen some (``row_status=failed``). The
settings are read from the environment once, in the callback below, and reach every command
through the context (``cli.common.open_registry``); a caller that already holds settings (a test,
a program embedding the CLI) passes them as ``obj`` and the environment is not read at all.
"""

from __future__ import annotations

import typer

from undesirable import __version__

app = typer.Typer(
    name="undesirable",
    help="The open register of organizations declared 'undesirable' in Russia: check, screen, follow.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    # plain click help: flags read as flags (``--json``), never ``--json <bool>``
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"undesirable {__version__}")
        raise typer.Exit()


@app.callback()
def read_settings(
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", "-V", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """The open register of organizations declared 'undesirable' in Russia: check, screen, follow.

    Run `undesirable info` to see where the data lives and which version of the list it holds.
    """
    from undesirable.cli.common import SETTINGS

    if ctx.obj is None:
        from undesirable.settings import load_settings

        ctx.obj = load_settings()
    SETTINGS.set(ctx.obj)


# Each command module registers its commands on ``app`` when imported.
from undesirable.cli import registry_commands
from undesirable.cli import law_commands
from undesirable.cli import screen_commands
from undesirable.cli import serve_commands
from undesirable.cli import scan_commands
from undesirable.cli import follow_commands
from undesirable.cli import notify_commands
from undesirable.cli import proof_commands
from undesirable.cli import info_commands


def main() -> None:
    """Entry point of the ``undesirable`` command."""
    app()

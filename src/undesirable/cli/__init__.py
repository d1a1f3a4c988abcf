"""The command line: thin commands that parse options, call one operation and print.

Tables for people, ``--json`` for programs; exit 1 on a failed operation, 2 on bad usage. The
settings are read from the environment once, in the callback below, and reach every command
through the context (``cli.common.open_registry``); a caller that already holds settings (a test,
a program embedding the CLI) passes them as ``obj`` and the environment is not read at all.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="undesirable",
    help="The open register of organizations declared 'undesirable' in Russia: check, screen, follow.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def read_settings(ctx: typer.Context) -> None:
    """The open register of organizations declared 'undesirable' in Russia: check, screen, follow."""
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


def main() -> None:
    """Entry point of the ``undesirable`` command."""
    app()

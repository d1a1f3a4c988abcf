"""The command line: thin commands that parse options, call one library function and print.

Tables for people, ``--json`` for programs; exit 1 on a failed operation, 2 on bad usage.
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

"""What every command shares: opening the registry, dates, JSON and table output, errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from undesirable.errors import UndesirableError

if TYPE_CHECKING:
    from undesirable.registry.registry import Registry
    from undesirable.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])

PIPE_WIDTH = 200  # columns for tables when the output is not a terminal
JSON_OPTION = typer.Option(False, "--json", help="Print JSON for programs instead of tables.")


SETTINGS: ContextVar[Settings | None] = ContextVar("undesirable_cli_settings", default=None)
"""The settings of the command being run, set once by the app's callback (``cli.read_settings``)."""


def command_group(help_text: str, **options: Any) -> typer.Typer:
    """A group of subcommands (``notify add``...) with the same plain help as the main command."""
    return typer.Typer(help=help_text, rich_markup_mode=None, **options)


def current_settings() -> Settings:
    """The settings the command line was started with (read once, in ``cli.read_settings``)."""
    settings = SETTINGS.get()
    if settings is None:
        from undesirable.settings import load_settings

        settings = load_settings()  # a command function called directly, outside the app
    return settings


@contextmanager
def open_registry(*, needs_data: bool = False) -> Iterator[Registry]:
    """The registry over the store the settings name; with ``needs_data`` an empty store is an error (exit 1)."""
    from undesirable.registry.registry import Registry

    registry = Registry.open(settings=current_settings())
    say_what_was_autoloaded(registry)
    try:
        if needs_data:
            registry.require_data()
        yield registry
    finally:
        registry.close()


def say_what_was_autoloaded(registry: Registry) -> None:
    """One line on standard error when opening the store added this version's bundled data beside an older one."""
    loaded = registry.autoloaded
    if loaded is None or not loaded.new or len(registry.snapshots()) == 1:
        return  # nothing loaded, or the first use of an empty store (the usual case, said by `info`)
    sys.stderr.write(
        f"undesirable: note: added this version's bundled data to the store (snapshot {loaded.snapshot.id}: "
        f"{loaded.snapshot.describe()}); the data stored before is kept (`undesirable snapshots`)\n"
    )


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_json_line(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def console() -> Any:
    from rich.console import Console

    width = None if sys.stdout.isatty() else PIPE_WIDTH
    return Console(highlight=False, width=width)


def fail(message: str, *, code: int = 1) -> None:
    """One clear line on standard error, then exit with ``code``."""
    sys.stderr.write(f"undesirable: {message}\n")
    raise typer.Exit(code)


def handles_errors(func: F) -> F:
    """Turn the project's errors into one line and the error's exit code (no traceback)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UndesirableError as exc:
            fail(exc.message, code=exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", code=130)
        except OSError as exc:  # a file or folder the user named (or a setting points at) is unusable
            where = f": {exc.filename}" if exc.filename else ""
            fail(f"{exc.strerror or exc}{where}")
        return None

    return wrapper  # type: ignore[return-value]

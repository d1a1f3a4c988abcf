"""What every command shares: opening the registry, dates, JSON and table output, errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar

import typer

from undesirable.errors import UndesirableError

F = TypeVar("F", bound=Callable[..., Any])

PIPE_WIDTH = 200  # columns for tables when the output is not a terminal
JSON_OPTION = typer.Option(False, "--json", help="Print JSON for programs instead of tables.")


@contextmanager
def open_registry() -> Iterator[Any]:
    from undesirable.registry.registry import Registry

    registry = Registry.open()
    try:
        yield registry
    finally:
        registry.close()


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
        return None

    return wrapper  # type: ignore[return-value]

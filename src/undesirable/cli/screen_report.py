"""What ``screen`` says when a file is done: the report, the audit record and the exit code.

A row the matcher raised on is written but NOT screened (``row_status=failed``,
``match_level=unscreened``): the report counts those rows and names their lines, the audit record
never counts them as clean, and ``screen`` then exits with ``UNSCREENED_EXIT`` (the output is
complete row for row, but its answer is incomplete).
"""

from __future__ import annotations

import getpass
import sys
from datetime import date
from pathlib import Path
from typing import Any

import typer

from undesirable.cli.common import console, print_json

UNSCREENED_EXIT = 3
"""Exit code of ``screen`` when every row was written but some could not be screened (1: the
operation failed, nothing usable; 2: bad usage)."""

ROWS_LISTED = 20
"""Malformed or unscreened rows listed by line in the report (the output file flags every one)."""

LINES_AUDITED = 100
"""Lines of unscreened rows kept in a batch's audit record (all of them are counted)."""


def finish_batch(summary: dict[str, Any], snapshot: Any, *, as_json: bool) -> None:
    """Print the report of a screened file (``--json``: its JSON), then exit non-zero if rows were not screened."""
    if as_json:
        print_json({**summary, "snapshot": snapshot.to_json() if snapshot else None})
    else:
        print_report(summary, snapshot)
    failed = summary["failed"]
    if failed:
        lines = ", ".join(str(item["line"]) for item in failed[:ROWS_LISTED])
        more = f" and {len(failed) - ROWS_LISTED} more" if len(failed) > ROWS_LISTED else ""
        sys.stderr.write(
            f"undesirable: {len(failed)} rows were NOT screened (row_status=failed in {summary['output']}): "
            f"lines {lines}{more}\n"
        )
        raise typer.Exit(UNSCREENED_EXIT)


def audit_batch_file(
    registry: Any, summary: dict[str, Any], *, column: str, as_of: date | None, threshold: float
) -> None:
    """One audit record for the whole file: what was screened, against which snapshot, and the counts.

    The verdict is ``match`` when a row matched; else ``incomplete`` when a row could not be
    screened (never ``no_match``: that row was not looked at); else ``no_match``.
    """
    from undesirable.proof.audit import record_screening

    hits = summary["strong"] + summary["possible"]
    failed = summary["failed"]
    verdict = "match" if hits else ("incomplete" if failed else "no_match")
    result = {"verdict": verdict, **{k: v for k, v in summary.items() if k not in ("malformed", "failed")}}
    result["malformed_rows"] = len(summary["malformed"])
    result["failed_rows"] = len(failed)
    result["failed_lines"] = [item["line"] for item in failed[:LINES_AUDITED]]
    query = f"{summary['input']} (column {column!r})"
    record_screening(
        registry, who=getpass.getuser(), query=query, result=result, kind="batch", threshold=threshold, as_of=as_of
    )


def print_report(summary: dict[str, Any], snapshot: Any) -> None:
    out = console()
    rate = summary["rows"] / summary["seconds"] if summary["seconds"] else 0.0
    out.print(
        f"Screened {summary['rows']} rows in {summary['seconds']:.1f}s ({rate:,.0f} rows/s): "
        f"{summary['strong']} strong, {summary['possible']} possible matches, {summary['empty']} empty names."
    )
    out.print(
        f"Distinct names scored: {summary['distinct_names_scored']}; repeats reused: {summary['repeated_names']}."
    )
    _print_rows(summary["malformed"], "[yellow]{count} malformed rows kept and flagged (row_status=malformed):[/]")
    _print_rows(
        summary["failed"],
        "[bold red]{count} rows were NOT screened (the matcher failed on them; row_status=failed, "
        "match_level=unscreened): they were not checked against the register; screen them again or check them "
        "by hand:[/]",
    )
    searched = summary.get("coverage") or (snapshot.provenance() if snapshot else "no data imported")
    out.print(f"Written to {summary['output']}. Searched: {searched}")


def _print_rows(rows: list[dict[str, Any]], heading: str) -> None:
    if not rows:
        return
    from rich.markup import escape

    out = console()
    out.print(heading.format(count=len(rows)))
    for item in rows[:ROWS_LISTED]:
        out.print(f"  line {item['line']}: {escape(item['error'])}")
    if len(rows) > ROWS_LISTED:
        out.print(f"  … and {len(rows) - ROWS_LISTED} more")


class progress_bar:
    """A progress bar with rate and ETA on standard error, when it is a terminal."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.progress: Any = None

    def __enter__(self) -> Any:
        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn

        self.progress = Progress(
            TextColumn("screening"),
            BarColumn(),
            TextColumn("{task.percentage:>3.0f}%"),
            TransferSpeedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.progress.start()
        task = self.progress.add_task("screen", total=None)

        def advance(done: int, total: int) -> None:
            self.progress.update(task, completed=done, total=total)

        return advance

    def __exit__(self, *_exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

"""Screening names: ``check`` (one name, or one per line from standard input) and ``screen`` (a file)."""

from __future__ import annotations

import getpass
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import typer

from undesirable.cli import app
from undesirable.cli.common import (
    JSON_OPTION,
    console,
    handles_errors,
    open_registry,
    print_json,
    print_json_line,
)
from undesirable.cli.screen_report import (
    ROWS_LISTED,
    UNSCREENED_EXIT,
    audit_batch_file,
    finish_batch,
    progress_bar,
)
from undesirable.dates import describe_status
from undesirable.errors import UndesirableError, UsageError
from undesirable.matching.match import POSSIBLE_THRESHOLD
from undesirable.operations.dates import parse_date
from undesirable.operations.screening import coverage_json

THRESHOLD_HELP = "Lowest score reported, 0-1 (default 0.7 'possible'; 0.9 is 'strong')."
OUTPUT_HELP = "Where to write (default INPUT.screened.<same format>; with --dask a folder of part files)."
PARTITION_HELP = "With --dask: bytes per partition, e.g. 64MB (default 64MiB)."
DASK_HELP = "Screen CSV or Parquet on a Dask cluster: 'local' or a scheduler address (tcp://host:8786)."
WORKERS_HELP = (
    "Processes to screen with (default: every core for inputs of 2 MB or more, else 1); the output is the same."
)


@app.command("check")
@handles_errors
def check_command(
    name: str = typer.Argument(
        ...,
        help="An organization's name in any script, or - to read one name per line (a name that cannot be "
        "screened is said so, the others go on, and the run exits with code 3).",
    ),
    as_of: str | None = typer.Option(None, "--as-of", help="Report designation as of this date (default today)."),
    threshold: float | None = typer.Option(None, "--threshold", help=THRESHOLD_HELP),
    limit: int = typer.Option(10, "--limit", help="Most matches per name."),
    certificate: Path | None = typer.Option(None, "--certificate", help="Write a signed certificate (JSON + HTML)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Is this name on the register? Ranked matches, each with why it matched."""
    from undesirable.operations.screening import certify_check, check_name

    day = parse_date(as_of, name="--as-of")
    if certificate is not None and name == "-":
        raise UsageError("--certificate certifies one name, not names read from standard input")
    _check_threshold(threshold)
    if limit < 1:
        raise UsageError("--limit must be at least 1")
    who = getpass.getuser()
    with open_registry(needs_data=True) as registry:
        # a certificate is its own audit record
        audited_by = who if registry.settings.audit and certificate is None else None
        options: dict[str, Any] = {"as_of": day, "threshold": threshold, "limit": limit, "who": audited_by}
        if name == "-":
            _check_lines(registry, options, as_json=as_json)
            return
        check = check_name(registry, name, **options)
        if certificate is not None:
            _write_certificate(certify_check(registry, check, who=who), certificate)
        if as_json:
            print_json(check.to_json())
        else:
            _print_matches(name, check, day=day, threshold=threshold)


def _check_lines(registry: Any, options: dict[str, Any], *, as_json: bool) -> None:
    """``check -``: each name of standard input (blank lines skipped). A name the matcher fails on is
    said NOT screened (a JSON line ``{"query", "status": "failed", "error"}``, without ``matches``)
    and the others go on; then the run exits with ``UNSCREENED_EXIT``."""
    from rich.markup import escape

    from undesirable.operations.screening import check_name
    from undesirable.screening import describe_failure

    failed: list[int] = []
    for number, line in enumerate(sys.stdin, start=1):
        query = line.rstrip("\r\n")
        if not query.strip():
            continue
        try:
            check = check_name(registry, query, **options)
        except UndesirableError:
            raise
        except Exception as exc:  # one name must not stop the others, nor pass for "no match"
            failed.append(number)
            error = describe_failure(exc)
            if as_json:
                print_json_line({"query": query, "status": "failed", "error": error})
            else:
                console().print(f"[bold red]NOT screened[/] {escape(repr(query))}: {escape(error)}")
            continue
        if as_json:
            print_json_line(check.to_json())
        else:
            _print_matches(query, check, day=options["as_of"], threshold=options["threshold"])
    if failed:
        lines = ", ".join(map(str, failed[:ROWS_LISTED])) + (" …" if len(failed) > ROWS_LISTED else "")
        sys.stderr.write(f"undesirable: {len(failed)} names were NOT screened (lines {lines})\n")
        raise typer.Exit(UNSCREENED_EXIT)


def _write_certificate(document: dict[str, Any], target: Path) -> None:
    from undesirable.proof.certificates import write_certificate

    json_path, html_path = write_certificate(document, target)
    sys.stderr.write(f"Certificate written: {json_path} and {html_path}\n")


def _print_matches(query: str, check: Any, *, day: date | None, threshold: float | None) -> None:
    from rich.markup import escape

    out = console()
    searched = check.coverage.text if check.coverage is not None else "no data imported"
    if not check.matches:
        lowest = POSSIBLE_THRESHOLD if threshold is None else threshold
        out.print(f"No match for {escape(repr(query))} at score {lowest:.2f} or above. Searched: {escape(searched)}")
    else:
        out.print(f"[bold]{query}[/]")
        _print_match_lines(list(check.matches), day=day)
    if check.namesakes:
        out.print("Named after this person, below the threshold (the name alone may mean the person):")
        _print_match_lines(list(check.namesakes), day=day)
    if check.matches and check.coverage is not None:
        out.print(f"[dim]Searched: {escape(searched)}[/]")


def _print_match_lines(matches: list[Any], *, day: date | None) -> None:
    from rich.markup import escape

    from undesirable.matching.match import match_level

    out = console()
    for match in matches:
        org = match.organization
        colour = "red" if org.is_designated_on(day) else "yellow"
        status = escape(describe_status(org, day))
        level = match_level(match.score)
        out.print(f"  {match.score:.2f} {level:8} [{colour}]{status}[/]  {org.display_name}  [dim]{org.id}[/]")
        out.print(f"       matched {match.matched_name!r}: {'; '.join(match.explanation)}")


@app.command("screen")
@handles_errors
def screen_command(
    input_file: Path = typer.Argument(..., help="CSV (any encoding and delimiter), XLSX, Parquet or JSON lines."),
    column: str = typer.Option(..., "--column", help="The column that holds the names."),
    output: Path | None = typer.Option(None, "--output", help=OUTPUT_HELP),
    as_of: str | None = typer.Option(None, "--as-of", help="Report designation as of this date."),
    threshold: float | None = typer.Option(None, "--threshold", help=THRESHOLD_HELP),
    dask: str | None = typer.Option(None, "--dask", help=DASK_HELP),
    partition_size: str | None = typer.Option(None, "--partition-size", help=PARTITION_HELP),
    workers: int | None = typer.Option(None, "--workers", min=1, help=WORKERS_HELP),
    as_json: bool = JSON_OPTION,
) -> None:
    """Screen every name of a file; writes every input column plus the best match and why.

    Every row is written. A row the matcher fails on is kept and marked NOT screened
    (row_status=failed, match_level=unscreened); the run goes on, lists those lines and exits
    with code 3 (1: the run failed; 2: bad usage).
    """
    from undesirable.matching.match import POSSIBLE_THRESHOLD
    from undesirable.screening import RESULT_COLUMNS, Screener
    from undesirable.screening_processes import default_workers, screen_table_on_cores
    from undesirable.sources.table_writers import open_table_writer
    from undesirable.sources.tables import open_table

    day = parse_date(as_of, name="--as-of")
    _check_threshold(threshold)
    if dask is not None or partition_size is not None:
        if dask is None:
            raise UsageError("--partition-size needs --dask")
        threshold = POSSIBLE_THRESHOLD if threshold is None else threshold
        _screen_on_dask(input_file, output, column, dask, partition_size, day=day, threshold=threshold, as_json=as_json)
        return
    target = output or input_file.with_name(f"{input_file.stem}.screened{input_file.suffix or '.csv'}")
    if target.resolve() == input_file.resolve():
        raise UsageError("--output must not be the input file")
    reader = open_table(input_file, column=column)
    for warning in getattr(reader, "warnings", ()):
        sys.stderr.write(f"undesirable: warning: {warning}\n")
    started = time.perf_counter()
    with open_registry(needs_data=True) as registry:
        screener = Screener(registry.match_index(), threshold=POSSIBLE_THRESHOLD if threshold is None else threshold)
        cores = workers or default_workers(input_file.stat().st_size)
        writer = open_table_writer(target, [*reader.columns, *RESULT_COLUMNS])
        try:
            with progress_bar(input_file) as advance:
                report = screen_table_on_cores(
                    reader, writer, column=column, screener=screener, as_of=day, workers=cores, on_progress=advance
                )
        finally:
            writer.close()
        snapshot, searched = registry.current_snapshot(), registry.sources()
        elapsed = time.perf_counter() - started
        summary = {"input": str(input_file), "output": str(target), **report.to_json(), "seconds": round(elapsed, 3)}
        summary.update(coverage_json(searched))
        if registry.settings.audit:
            audit_batch_file(registry, summary, column=column, as_of=day, threshold=screener.threshold)
    finish_batch(summary, snapshot, as_json=as_json)


def _screen_on_dask(
    input_file: Path,
    output: Path | None,
    column: str,
    address: str,
    partition_size: str | None,
    *,
    day: date | None,
    threshold: float,
    as_json: bool,
) -> None:
    """``screen --dask``: partitions screened by the workers of a cluster into a folder of part files."""
    from undesirable.screening_dask import (
        check_dask_address,
        choose_output_folder,
        connect_dask,
        open_dask_input,
        parse_partition_size,
        screen_on_dask,
    )

    check_dask_address(address)
    size = parse_partition_size(partition_size)
    target = choose_output_folder(input_file, output)
    source = open_dask_input(input_file, column=column)
    started = time.perf_counter()
    with open_registry() as registry:
        index, snapshot, searched = registry.match_index(), registry.current_snapshot(), registry.sources()
    with connect_dask(address) as client, progress_bar(input_file) as advance:
        report = screen_on_dask(
            client,
            source,
            target,
            column=column,
            index=index,
            as_of=day,
            threshold=threshold,
            partition_size=size,
            on_progress=advance,
        )
    elapsed = time.perf_counter() - started
    summary = {"input": str(input_file), "output": str(target), **report.to_json(), "seconds": round(elapsed, 3)}
    summary.update(coverage_json(searched))
    with open_registry() as registry:  # opened again: a long run does not hold a database connection
        if registry.settings.audit:
            audit_batch_file(registry, summary, column=column, as_of=day, threshold=threshold)
    finish_batch(summary, snapshot, as_json=as_json)


def _check_threshold(threshold: float | None) -> None:
    if threshold is not None and not 0.0 <= threshold <= 1.0:
        raise UsageError(f"--threshold must be between 0 and 1, got {threshold}")

"""``scan``: find the register's organizations mentioned in a text, Markdown, HTML or DOCX file."""

from __future__ import annotations

import getpass
import re
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any, BinaryIO

import typer

from undesirable.cli import app
from undesirable.cli.common import JSON_OPTION, console, handles_errors, open_registry, print_json
from undesirable.errors import NotFoundError, UsageError
from undesirable.operations.dates import parse_date

CONTEXT_CHARS = 40
"""Characters of context printed on each side of a mention."""
_SPACES = re.compile(r"\s+")


@dataclass
class _Summary:
    mentions: Counter[str] = field(default_factory=Counter)
    orgs: dict[str, Any] = field(default_factory=dict)


@app.command("scan")
@handles_errors
def scan_command(
    file: str = typer.Argument("-", help="A text, Markdown, HTML or DOCX file; - (the default) reads standard input."),
    as_of: str | None = typer.Option(None, "--as-of", help="Report designation as of this date (default today)."),
    text_format: str | None = typer.Option(
        None, "--format", help="text, markdown, html or docx (default: told from the file name and content)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Which organizations of the register a text names or links, and where (character offsets)."""
    from undesirable.operations.screening import scan_document
    from undesirable.sources.text_inputs import TEXT_FORMATS, read_text_chunks

    day = parse_date(as_of, name="--as-of")
    if text_format is not None and text_format not in TEXT_FORMATS:
        raise UsageError(f"--format: one of {', '.join(TEXT_FORMATS)}, not {text_format!r}")
    with _open_input(file) as stream:
        chunks = list(read_text_chunks(stream, name=file, text_format=text_format).chunks)
    with open_registry(needs_data=True) as registry:
        who = getpass.getuser() if registry.settings.audit else None
        result = scan_document(registry, [(c.offset, c.text) for c in chunks], as_of=day, who=who)
    if as_json:
        print_json(result.to_json())
        return
    out = console()
    summary = _Summary()
    line = 1
    for chunk in chunks:
        end = chunk.offset + len(chunk.text)
        mentions = [
            replace(m, start=m.start - chunk.offset, end=m.end - chunk.offset)
            for m in result.mentions
            if chunk.offset <= m.start < end
        ]
        for _, same_span in groupby(mentions, key=lambda m: (m.start, m.end)):
            group = list(same_span)
            at = line + chunk.text.count("\n", 0, group[0].start)
            _print_mention(out, chunk.text, group, line=at, offset=chunk.offset, day=day)
            for mention in group:
                summary.mentions[mention.organization.id] += 1
                summary.orgs[mention.organization.id] = mention.organization
        line += chunk.text.count("\n")
    _print_summary(out, summary, day=day, coverage=result.coverage)


@contextmanager
def _open_input(file: str) -> Iterator[BinaryIO]:
    if file == "-":
        yield sys.stdin.buffer
        return
    path = Path(file)
    if not path.exists():
        raise NotFoundError(f"no such file: {file}")
    if path.is_dir():
        raise UsageError(f"{file} is a directory; give a file")
    with path.open("rb") as stream:
        yield stream


def _print_mention(out: Any, text: str, group: list[Any], *, line: int, offset: int, day: date | None) -> None:
    """One place in the text, with its context, and each organization it names."""
    from rich.markup import escape

    first = group[0]
    left = _SPACES.sub(" ", text[max(0, first.start - CONTEXT_CHARS) : first.start]).lstrip()
    right = _SPACES.sub(" ", text[first.end : first.end + CONTEXT_CHARS]).rstrip()
    shown = _SPACES.sub(" ", first.text)
    out.print(
        f"line {line}, chars {first.start + offset}-{first.end + offset}: "
        f"…{escape(left)}[bold]{escape(shown)}[/]{escape(right)}…"
    )
    for mention in group:
        org = mention.organization
        status = "[red]designated[/]" if mention.designated else f"[green]{org.status_on(day).replace('_', ' ')}[/]"
        out.print(
            f"    {escape(org.display_name)} ({escape(org.id)}), {status}; "
            f"matched {escape(repr(mention.matched_name))}, confidence {mention.confidence:.2f}"
        )


def _print_summary(out: Any, summary: _Summary, *, day: date | None, coverage: Any) -> None:
    from rich.markup import escape
    from rich.table import Table

    on = (day or date.today()).strftime("%d.%m.%Y")
    searched = f"Searched: {escape(coverage.text)}" if coverage is not None else "The register is empty."
    if not summary.mentions:
        out.print(f"No organization of the register is mentioned. {searched}")
        return
    table = Table("organization", "id", f"on {on}", "mentions")
    for org_id, count in summary.mentions.most_common():
        org = summary.orgs[org_id]
        table.add_row(escape(org.display_name), org_id, org.status_on(day).replace("_", " "), str(count))
    out.print()
    out.print(f"{len(summary.mentions)} organizations mentioned:")
    out.print(table)
    out.print(searched)

"""What a designation means (``explain``) and how the list grew (``stats``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from undesirable.cli import app
from undesirable.cli.common import JSON_OPTION, console, handles_errors, open_registry, print_json
from undesirable.errors import UsageError
from undesirable.operations.dates import parse_date

LANGUAGES = ("en", "ru")


@app.command("explain")
@handles_errors
def explain_command(
    org: str = typer.Argument(..., help="An organization id (ru-undesirable-1076-r-2015-07-29) or a name."),
    role: str = typer.Option(..., "--role", help="participant, organizer, financer, reposter, donor, employee, ..."),
    on: str | None = typer.Option(None, "--date", help="The date of the act (default today)."),
    prior_penalty: bool = typer.Option(False, "--prior-penalty", help="An earlier administrative penalty exists."),
    lang: str = typer.Option("en", "--lang", help="The language of the text: en or ru."),
    as_json: bool = JSON_OPTION,
) -> None:
    """What taking part in an organization's activity means for ROLE on DATE (information, not legal advice)."""
    from undesirable.law import list_roles
    from undesirable.operations.law import explain_organization

    day = parse_date(on, name="--date")
    if role not in list_roles():
        raise UsageError(f"--role: unknown role {role!r} (one of: {', '.join(list_roles())})")
    if lang not in LANGUAGES:
        raise UsageError(f"--lang: unknown language {lang!r} (one of: {', '.join(LANGUAGES)})")
    with open_registry(needs_data=True) as registry:
        result = explain_organization(registry, org, role=role, on=day, prior_penalty=prior_penalty)
    if as_json:
        print_json(result)
        return
    print_exposure(result, lang=lang)


def print_exposure(result: dict[str, Any], *, lang: str) -> None:
    """The summary in one language, then its caveats, then the notice (once)."""
    out = console()
    notice = result[f"notice_{lang}"]
    for line in result[f"summary_{lang}"].split("\n"):
        if line != notice:
            out.print(line, markup=False)
    for caveat in result["caveats"]:
        out.print(f"  - {caveat.get(lang) or caveat['id']}", markup=False)
    out.print()
    out.print(f"[dim]{notice}[/]")


@app.command("stats")
@handles_errors
def stats_command(
    as_of: str | None = typer.Option(None, "--as-of", help="Count the register as it stood on this date."),
    plot: Path | None = typer.Option(None, "--plot", help="Also draw the charts to FILE.png or FILE.svg."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Designations per year, cumulative size, by category and country, days from decision to inclusion."""
    from undesirable.operations.stats import register_stats

    day = parse_date(as_of, name="--as-of")
    if plot is not None and plot.suffix.lower() not in (".png", ".svg"):
        raise UsageError("--plot: the file must end in .png or .svg")
    with open_registry(needs_data=True) as registry:
        stats = register_stats(registry, as_of=day)
    if plot is not None:
        from undesirable.charts import render_stats_chart

        render_stats_chart(stats, plot)
    if as_json:
        print_json(stats)
        return
    _print_stats(stats, plot)


def _print_stats(stats: dict[str, Any], plot: Path | None) -> None:
    from rich.table import Table

    out = console()
    table = Table("year", "decisions (Prosecutor General)", "inclusions (Justice Ministry)")
    decided, included = stats["by_decision_year"], stats["by_inclusion_year"]
    for year in sorted(set(decided) | set(included)):
        table.add_row(year, str(decided.get(year, 0)), str(included.get(year, 0)))
    out.print(table)
    out.print("By category: " + ", ".join(f"{k} {v}" for k, v in stats["by_category"].items()))
    out.print("By country: " + ", ".join(f"{k} {v}" for k, v in stats["by_country"].items()))
    median = stats.get("median_days_decision_to_inclusion")
    if median is not None:
        out.print(f"Median days from decision to inclusion: {median}")
    out.print(stats["source"])
    if plot is not None:
        out.print(f"Chart written to {plot}")

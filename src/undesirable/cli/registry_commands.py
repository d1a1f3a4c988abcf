"""Commands over the register itself: import, snapshots, diff, list, show (``check`` is in screen_commands)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.markup import escape

from undesirable.cli import app
from undesirable.cli.common import (
    JSON_OPTION,
    console,
    handles_errors,
    open_registry,
    print_json,
)
from undesirable.dates import describe_status, format_date
from undesirable.operations.dates import parse_date


@app.command("import")
@handles_errors
def import_command(
    file: Path = typer.Argument(..., help="The official xlsx export, or the project's JSON/CSV export."),
    notify: bool = typer.Option(True, "--notify/--no-notify", help="Screen watchlists and send notices."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Import a version of the list as a snapshot (a known file is a no-op that says so)."""
    from undesirable.cli.follow_commands import make_transport
    from undesirable.operations.snapshots import import_snapshot_file

    with open_registry() as registry:
        imported = import_snapshot_file(registry, file, notify=notify, transport=make_transport())
    if as_json:
        print_json(imported.to_json())
        return
    result, hits, deliveries = imported.result, imported.hits, imported.deliveries
    out = console()
    snap = result.snapshot
    if not result.new:
        out.print(f"Already imported as snapshot {snap.id} ({snap.describe()}); nothing changed.")
        return
    out.print(f"Imported snapshot {snap.id}: {snap.describe()}, sha256 {snap.sha256[:12]}…")
    if snap.same_actuality_as:
        out.print(f"[yellow]Note: snapshot {snap.same_actuality_as} has the same actuality date but other content.[/]")
    for warning in result.warnings:
        out.print(f"[yellow]warning:[/] {warning}")
    diff = result.diff
    out.print(f"Added {len(diff.added)}, removed {len(diff.removed)}, changed {len(diff.changed)}.")
    for hit in hits:
        out.print(f"[red]Watchlist {hit.watchlist}:[/] {hit.query!r} -> {hit.org_name} ({hit.org_id}, {hit.score:.2f})")
    failed = [d for d in deliveries if not d.attempt.ok]
    if deliveries:
        out.print(f"Notices: {len(deliveries) - len(failed)} delivered, {len(failed)} to retry (notify send).")


@app.command("snapshots")
@handles_errors
def snapshots_command(as_json: bool = JSON_OPTION) -> None:
    """List the imported versions of the list."""
    from rich.table import Table

    with open_registry() as registry:
        snapshots = registry.snapshots()
        current = registry.current_snapshot()
    if as_json:
        print_json({"current": current.id if current else None, "snapshots": [s.to_json() for s in snapshots]})
        return
    table = Table("id", "actuality", "kind", "rows", "sha256", "source", "imported")
    for snap in snapshots:
        marker = " (current)" if current and snap.id == current.id else ""
        flag = f" (same date as {snap.same_actuality_as})" if snap.same_actuality_as else ""
        table.add_row(
            f"{snap.id}{marker}",
            snap.actuality.strftime("%d.%m.%Y %H:%M") + flag,
            snap.kind,
            str(snap.row_count),
            snap.sha256[:12],
            snap.source,
            snap.imported_at.strftime("%Y-%m-%d %H:%M"),
        )
    console().print(table)


@app.command("diff")
@handles_errors
def diff_command(
    old: int | None = typer.Argument(None, help="Older snapshot id (default: the one before NEW)."),
    new: int | None = typer.Argument(None, help="Newer snapshot id (default: the current one)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """What changed between two snapshots: added, removed, changed field by field."""
    with open_registry() as registry:
        base, target, diff = registry.diff(old, new)
        names = {o.id: o.display_name for o in registry.all_organizations()}
        if base is not None:
            names.update({k: v.display_name for k, v in registry.snapshot_organizations(base.id).items()})
    if as_json:
        print_json({"old": base.to_json() if base else None, "new": target.to_json(), "diff": diff.to_json()})
        return
    out = console()
    out.print(
        f"From {base.describe() if base else 'nothing'} (id {base.id if base else '-'}) "
        f"to {target.describe()} (id {target.id}):"
    )
    for org_id in diff.added:
        out.print(f"[green]+ {org_id}[/] {names.get(org_id, '')}")
    for org_id in diff.removed:
        out.print(f"[red]- {org_id}[/] {names.get(org_id, '')}")
    for org_id, changes in diff.changed.items():
        out.print(f"[yellow]~ {org_id}[/] {names.get(org_id, '')}")
        for change in changes:
            out.print(f"    {change.field}: {change.old!r} -> {change.new!r}")
    if diff.is_empty:
        out.print("No changes.")


@app.command("list")
@handles_errors
def list_command(
    as_of: str | None = typer.Option(None, "--as-of", help="The date to list the register for (default today)."),
    category: str | None = typer.Option(None, "--category", help="Only this category (media, human_rights, ...)."),
    country: str | None = typer.Option(None, "--country", help="Only this country (ISO alpha-2, e.g. US)."),
    pending: bool = typer.Option(False, "--pending", help="Also list decided entries pending inclusion."),
    as_json: bool = JSON_OPTION,
) -> None:
    """The register as it stood on a date: designated by then and not excluded."""
    from rich.table import Table

    from undesirable.operations.organizations import list_organizations

    day = parse_date(as_of, name="--as-of")
    with open_registry(needs_data=True) as registry:
        found = list_organizations(registry, as_of=day, category=category, country=country, include_pending=pending)
    if as_json:
        print_json(found.to_json())
        return
    orgs, uncertain = found.organizations, found.uncertain
    table = Table("id", "name", "country", "category", "decided", "included", "status")
    for org in orgs:
        table.add_row(
            org.id,
            org.display_name,
            org.country_code or org.country or "",
            org.category or "",
            _day(org, "gp_decision_date"),
            _day(org, "inclusion_date"),
            org.status_on(day),
        )
    out = console()
    out.print(table)
    doubt = ""
    if uncertain:
        doubt = (
            f" {len(uncertain)} more uncertain on that day (not counted): "
            + "; ".join(f"{o.display_name} ({o.status_reason(day)})" for o in uncertain)
            + "."
        )
    out.print(f"{len(orgs)} organizations.{doubt} Data: {found.coverage}")


@app.command("show")
@handles_errors
def show_command(
    org: str = typer.Argument(..., help="An organization id (ru-undesirable-1076-r-2015-07-29) or an exact name."),
    as_of: str | None = typer.Option(None, "--as-of", help="Report the status as of this date."),
    as_json: bool = JSON_OPTION,
) -> None:
    """One organization: its names, events and sources."""
    day = parse_date(as_of, name="--as-of")
    with open_registry(needs_data=True) as registry:
        history = registry.history(registry.resolve(org).id)
        snapshot = registry.current_snapshot()
    if as_json:
        print_json(history.to_json(as_of=day))
        return
    print_organization(history.organization, day=day)
    out = console()
    out.print("[bold]Events[/]")
    for event in history.events:
        order = f" order {event.order_no}" if event.order_no else ""
        detail = f" ({event.detail})" if event.detail else ""
        when = event.date_text() or "date unknown"
        out.print(f"  {when}  {event.kind}{order}{detail}")
    out.print(f"Listed in snapshots: {', '.join(map(str, history.snapshot_ids))}. {_footer(snapshot)}")


def print_organization(org: Any, *, day: Any = None) -> None:
    out = console()
    status = org.status_on(day)
    colour = {"designated": "red", "cancelled": "red", "pending": "yellow", "uncertain": "yellow"}.get(status, "green")
    out.print(f"[bold]{org.display_name}[/]  [{colour}]{escape(describe_status(org, day))}[/]  ({org.id})")
    register_label = "As written in the register" if org.basis == "official" else "Name compiled from reporting"
    for label, value in (
        ("Russian name", org.name_ru),
        ("Latin name", org.name_en),
        ("Aliases", "; ".join(org.aliases)),
        ("Acronyms", ", ".join(org.acronyms)),
        ("Former names", "; ".join(f.name for f in org.former_names)),
        ("Country", " ".join(x for x in (org.country, f"({org.country_code})" if org.country_code else "") if x)),
        ("Category", org.category),
        ("Domains", ", ".join(org.domains)),
        ("Decision (Prosecutor General)", _day(org, "gp_decision_date")),
        ("Inclusion order", f"{org.inclusion_order or ''} of {_day(org, 'inclusion_date')}".strip()),
        ("Exclusion", f"{org.exclusion_order or ''} {_day(org, 'exclusion_date')}".strip()),
        ("Cancellation (Prosecutor General)", _day(org, "gp_cancel_date")),
        (register_label, org.raw_name),
        ("Former ids", ", ".join(org.former_ids)),
        ("Notes", org.notes),
    ):
        if value and value.strip() != "of":
            out.print(f"  {label}: {value}")
    for url in org.sources:
        out.print(f"  Source: {url}")


def _day(org: Any, name: str) -> str:
    """A date field as precise as it is known (``07.2025`` for a month), blank when unknown."""
    return format_date(org, name) if getattr(org, name) else ""


def _footer(snapshot: Any) -> str:
    if snapshot is None:
        return "No snapshot imported."
    return f"Data: {snapshot.provenance()}"

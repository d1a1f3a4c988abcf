"""Following the official list: update, watch, review, watchlist, notify."""

from __future__ import annotations

import getpass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer

from undesirable.cli import app
from undesirable.cli.common import JSON_OPTION, command_group, console, handles_errors, open_registry, print_json
from undesirable.errors import UsageError

URL_OPTION = typer.Option(None, "--url", help="Where to download the export (default UNDESIRABLE_SOURCE_URL).")
CA_OPTION = typer.Option(None, "--ca-bundle", help="PEM file of extra CA certificates to trust.")
PROXY_OPTION = typer.Option(None, "--proxy", help="HTTP(S) proxy URL.")
TIMEOUT_OPTION = typer.Option(60.0, "--timeout", help="Seconds the whole download may take, retries included.")
LIST_OPTION = typer.Option("default", "--list", help="The watchlist's name.")
BY_OPTION = typer.Option(None, "--by", help="Who reviews (default: your user name).")

review_app = command_group("Review what the parser flagged or a new snapshot changed.", invoke_without_command=True)
watchlist_app = command_group("Names to hear about the day the register lists them.", no_args_is_help=True)
app.add_typer(review_app, name="review")
app.add_typer(watchlist_app, name="watchlist")


def make_transport() -> Any:
    """The HTTP transport for downloads and webhooks (None: the network); tests replace it."""
    return None


@app.command("update")
@handles_errors
def update_command(
    url: str | None = URL_OPTION,
    ca_bundle: Path | None = CA_OPTION,
    proxy: str | None = PROXY_OPTION,
    timeout: float = TIMEOUT_OPTION,
    source: str = typer.Option(
        "auto", "--source", help="xlsx (the export), rest (the REST service), auto (the export, else REST)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Download the official list and import it if it is a new version; then notify."""
    from undesirable.following.download import DownloadOptions
    from undesirable.following.updater import update_registry

    if source not in ("auto", "xlsx", "rest"):
        raise UsageError(f"--source must be auto, xlsx or rest, not {source!r}")
    options = DownloadOptions(url=url, ca_bundle=ca_bundle, proxy=proxy, timeout=timeout, transport=make_transport())
    with open_registry() as registry:
        result = update_registry(registry, options, source=source)  # type: ignore[arg-type]
    if as_json:
        print_json(result.to_json())
        return
    out = console()
    snap, diff = result.imported.snapshot, result.imported.diff
    if not result.imported.new:
        out.print(f"Already imported as snapshot {snap.id} ({snap.describe()}); nothing changed.")
        return
    out.print(f"Imported snapshot {snap.id}: {snap.describe()}, sha256 {snap.sha256[:12]}…")
    out.print(f"Added {len(diff.added)}, removed {len(diff.removed)}, changed {len(diff.changed)}.")
    for hit in result.hits:
        out.print(f"[red]Watchlist {hit.watchlist}:[/] {hit.query!r} -> {hit.org_name} ({hit.org_id}), {hit.status}")
    failed = [d for d in result.deliveries if not d.attempt.ok]
    if result.deliveries:
        out.print(f"Notices: {len(result.deliveries) - len(failed)} delivered, {len(failed)} failed (retried later).")


@app.command("watch")
@handles_errors
def watch_command(
    every: str = typer.Option("6h", "--every", help="How often: 6h, 30m, 1d, 1h30m."),
    url: str | None = URL_OPTION,
    ca_bundle: Path | None = CA_OPTION,
    proxy: str | None = PROXY_OPTION,
    timeout: float = TIMEOUT_OPTION,
    rounds: int | None = typer.Option(None, "--rounds", hidden=True, help="Stop after this many rounds."),
) -> None:
    """Run update on a schedule, for a service manager (one log line per round)."""
    from undesirable.following.download import DownloadOptions
    from undesirable.following.schedule import Round, parse_interval, watch

    span = parse_interval(every)
    out = console()

    def report(outcome: Round) -> None:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        out.print(f"{stamp} {'ok' if outcome.ok else 'FAILED'}: {outcome.message}")

    options = DownloadOptions(url=url, ca_bundle=ca_bundle, proxy=proxy, timeout=timeout, transport=make_transport())
    with open_registry() as registry:
        watch(registry, options, every=span, on_round=report, rounds=rounds)


@review_app.callback()
@handles_errors
def review_command(ctx: typer.Context, as_json: bool = JSON_OPTION) -> None:
    """List what waits for review (run `review correct` or `review accept` to clear it)."""
    if ctx.invoked_subcommand is not None:
        return
    from undesirable.operations.review import review_queue

    with open_registry() as registry:
        items = review_queue(registry)
    if as_json:
        print_json({"count": len(items), "items": [i.to_json() for i in items]})
        return
    out = console()
    for item in items:
        org = item.organization
        out.print(f"[bold]{org.id}[/]  {org.display_name}")
        out.print(f"    as written: {org.raw_name}")
        out.print(f"    parsed: ru={org.name_ru!r} en={org.name_en!r} aliases={list(org.aliases)}")
        for reason in item.reasons:
            out.print(f"    [yellow]{reason}[/]")
    out.print(f"{len(items)} to review.")


@review_app.command("correct")
@handles_errors
def review_correct_command(
    org: str = typer.Argument(..., help="The organization's id (or an exact name)."),
    name_ru: str | None = typer.Option(None, "--name-ru", help="The right primary Russian name."),
    name_en: str | None = typer.Option(None, "--name-en", help="The right primary Latin name."),
    alias: list[str] = typer.Option([], "--alias", help="Another name it is known by (repeatable)."),
    category: str | None = typer.Option(None, "--category", help="media, human_rights, ..."),
    note: str | None = typer.Option(None, "--note", help="A note for other reviewers."),
    by: str | None = BY_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Correct an organization's names; the correction survives later snapshots."""
    _review(org, "correct", by, as_json, name_ru=name_ru, name_en=name_en, aliases=alias, category=category, notes=note)


@review_app.command("accept")
@handles_errors
def review_accept_command(
    org: str = typer.Argument(..., help="The organization's id (or an exact name)."),
    by: str | None = BY_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Accept an organization as parsed (it leaves the queue)."""
    _review(org, "accept", by, as_json)


def _review(org: str, action: Any, by: str | None, as_json: bool, **changes: Any) -> None:
    from undesirable.operations.review import record_review

    with open_registry() as registry:
        org_id = registry.resolve(org).id
        review = record_review(registry, org_id, reviewer=by or getpass.getuser(), action=action, **changes)
        current = registry.get(org_id)
    if as_json:
        print_json({"review": review.to_json(), "organization": current.to_json()})
        return
    console().print(f"Recorded ({review.action} by {review.reviewer}): {current.display_name} ({current.id}).")


@watchlist_app.command("add")
@handles_errors
def watchlist_add_command(
    name_or_file: str = typer.Argument(..., help="A name, or a file of names (one per line, or a CSV's first column)."),
    list_name: str = LIST_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Watch a name (or a file of names); prints the ones the register lists already."""
    from undesirable.following.watchlists import add_to_watchlist, read_names_file

    path = Path(name_or_file)
    names = read_names_file(path) if path.is_file() else [name_or_file]
    with open_registry() as registry:
        fresh, hits = add_to_watchlist(registry, names, list_name=list_name)
    if as_json:
        print_json({"watchlist": list_name, "added": fresh, "hits": [h.to_json() for h in hits]})
        return
    out = console()
    out.print(f"Watchlist {list_name}: {len(fresh)} added, {len(names) - len(fresh)} already watched.")
    for hit in hits:
        out.print(f"[red]Already listed:[/] {hit.query!r} -> {hit.org_name} ({hit.org_id}), {hit.status}")


@watchlist_app.command("show")
@handles_errors
def watchlist_show_command(
    list_name: str | None = typer.Option(None, "--list", help="Only this watchlist."),
    as_json: bool = JSON_OPTION,
) -> None:
    """The watchlists, their names and every hit so far."""
    from undesirable.following.watchlists import read_watchlists

    with open_registry() as registry:
        lists = read_watchlists(registry, list_name=list_name)
    if as_json:
        print_json({"watchlists": [w.to_json() for w in lists]})
        return
    out = console()
    for watchlist in lists:
        out.print(f"[bold]{watchlist.name}[/]: {len(watchlist.items)} names, {len(watchlist.hits)} hits")
        for hit in watchlist.hits:
            when = hit.found_at.strftime("%Y-%m-%d")
            out.print(f"  [red]{when}[/] {hit.query!r} -> {hit.org_name} ({hit.org_id}), {hit.status}")
    if not lists:
        out.print("No watchlist yet: undesirable watchlist add NAME_OR_FILE")


@watchlist_app.command("remove")
@handles_errors
def watchlist_remove_command(
    name: str | None = typer.Argument(None, help="The name to stop watching."),
    list_name: str = LIST_OPTION,
    whole: bool = typer.Option(False, "--all", help="Remove the whole watchlist."),
) -> None:
    """Stop watching a name, or (--all) remove a whole watchlist."""
    from undesirable.errors import UsageError
    from undesirable.following.watchlists import delete_watchlist, remove_from_watchlist

    if whole == (name is not None):
        raise UsageError("give a NAME, or --all to remove the whole watchlist")
    with open_registry() as registry:
        if whole:
            delete_watchlist(registry, list_name)
        else:
            assert name is not None
            remove_from_watchlist(registry, name, list_name=list_name)
    console().print(f"Removed {'watchlist ' + list_name if whole else repr(name) + ' from ' + list_name}.")

"""Notices of new versions of the list: ``notify add|list|remove|send|log``."""

from __future__ import annotations

import typer

from undesirable.cli import app, follow_commands
from undesirable.cli.common import JSON_OPTION, command_group, console, handles_errors, open_registry, print_json
from undesirable.following.outbound import redact_url

SECRET_BYTES = 32

notify_app = command_group("Webhooks and e-mails on every new version of the list.", no_args_is_help=True)
app.add_typer(notify_app, name="notify")


@notify_app.command("add")
@handles_errors
def notify_add_command(
    target: str = typer.Argument(..., help="A webhook URL (https://...) or an e-mail address."),
    secret: str | None = typer.Option(
        None,
        "--secret",
        help="The webhook's signing secret (default: UNDESIRABLE_WEBHOOK_KEY, else a new one, shown once).",
    ),
    list_name: str | None = typer.Option(None, "--list", help="Only notify of this watchlist's hits."),
) -> None:
    """Subscribe a webhook or an e-mail address to notices of new versions of the list."""
    import secrets

    from undesirable.following.subscriptions import add_subscription

    made = None
    with open_registry() as registry:
        is_webhook = target.strip().startswith(("https://", "http://"))
        if secret is None and is_webhook and not registry.settings.webhook_key:
            made = secrets.token_urlsafe(SECRET_BYTES)
        sub = add_subscription(registry, target, secret=secret or made, list_name=list_name)
    out = console()
    out.print(
        f"Subscription {sub.id}: {sub.kind} {sub.shown_target}"
        + (f" (watchlist {sub.watchlist})" if sub.watchlist else "")
    )
    if made is not None:
        out.print(f"Signing secret (shown once; the receiver checks signatures with it): {made}")


@notify_app.command("list")
@handles_errors
def notify_list_command(as_json: bool = JSON_OPTION) -> None:
    """The subscriptions (secrets are never shown)."""
    from undesirable.following.subscriptions import read_subscriptions

    with open_registry() as registry:
        subs = read_subscriptions(registry)
    if as_json:
        print_json({"subscriptions": [s.to_json() for s in subs]})
        return
    if not subs:
        console().print("No subscriptions. Add one with: undesirable notify add URL-or-e-mail")
    for sub in subs:
        scope = f"watchlist {sub.watchlist}" if sub.watchlist else "every new version"
        console().print(f"{sub.id}  {sub.kind:7} {sub.shown_target}  ({scope})")


@notify_app.command("remove")
@handles_errors
def notify_remove_command(subscription: int = typer.Argument(..., help="The subscription's id.")) -> None:
    """Cancel a subscription."""
    from undesirable.following.subscriptions import remove_subscription

    with open_registry() as registry:
        remove_subscription(registry, subscription)
    console().print(f"Removed subscription {subscription}.")


@notify_app.command("send")
@handles_errors
def notify_send_command(as_json: bool = JSON_OPTION) -> None:
    """Deliver the notices still pending (failed deliveries are retried)."""
    from undesirable.following.notify import deliver_pending

    with open_registry() as registry:
        deliveries = deliver_pending(registry, transport=follow_commands.make_transport())
    if as_json:
        print_json({"deliveries": [d.to_json() for d in deliveries]})
        return
    if not deliveries:
        console().print("Nothing to deliver: no notice is pending.")
        return
    for d in deliveries:
        console().print(
            f"notice {d.notice_id} -> {redact_url(d.target)}: {'delivered' if d.attempt.ok else d.attempt.error}"
        )
    console().print(f"{len(deliveries)} deliveries attempted.")


@notify_app.command("log")
@handles_errors
def notify_log_command(
    limit: int = typer.Option(50, "--limit", min=1, help="How many entries."), as_json: bool = JSON_OPTION
) -> None:
    """The delivery log, newest first."""
    from undesirable.following.notify import read_deliveries

    with open_registry() as registry:
        entries = read_deliveries(registry, limit=limit)
    if as_json:
        print_json({"deliveries": entries})
        return
    if not entries:
        console().print("No deliveries yet.")
    for e in entries:
        outcome = "ok" if e["ok"] else f"failed: {e['error']}"
        console().print(
            f"{e['at']}  notice {e['notice']} -> {redact_url(e['target'])} attempt {e['attempt']}: {outcome}"
        )

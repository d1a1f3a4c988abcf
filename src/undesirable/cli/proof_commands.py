"""Feeding other systems and proving what was checked: ``export``, ``verify``, ``audit``.

``check --certificate FILE`` (in ``screen_commands``) writes the signed certificates ``verify`` reads.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from undesirable.cli import app
from undesirable.cli.common import (
    JSON_OPTION,
    console,
    fail,
    handles_errors,
    open_registry,
    print_json,
)
from undesirable.operations.dates import parse_date

FORMAT_HELP = "compliance-csv, csv, json, xlsx or ftm."


@app.command("export")
@handles_errors
def export_command(
    format: str = typer.Option(..., "--format", help=FORMAT_HELP),
    as_of: str | None = typer.Option(None, "--as-of", help="The list as it stood on this date (default today)."),
    output: str | None = typer.Option(None, "--output", help="File or folder to write (default: here); - for stdout."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Export the register for other systems; json, csv and xlsx can be imported back."""
    from undesirable.exports import STDOUT, render_export, write_export

    day = parse_date(as_of, name="--as-of")
    with open_registry(needs_data=True) as registry:
        export = render_export(registry, format=format, as_of=day)
    path = write_export(export, output)
    report = sys.stderr if output == STDOUT else sys.stdout
    if as_json and output != STDOUT:
        print_json(export.to_json(path=str(path)))
        return
    report.write(f"Wrote {export.count} organizations ({export.format}) to {path or 'standard output'}.\n")
    report.write(f"Data: {export.snapshot.describe()}, sha256 {export.snapshot.sha256[:12]}….\n")
    if export.warnings:
        report.write(f"{len(export.warnings)} characters outside Windows-1251 were replaced:\n")
        report.writelines(f"  {line}\n" for line in export.warnings)


@app.command("verify")
@handles_errors
def verify_command(
    file: Path = typer.Argument(..., help="A screening certificate: its JSON file or its HTML page."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Check a screening certificate's signature (and whether this store knows its snapshot)."""
    from undesirable.proof.certificates import verify_certificate_file

    with open_registry() as registry:
        check = verify_certificate_file(file, key=registry.settings.hmac_key)
        document = check.document
        known = _known_snapshot(registry, document) if check.valid else None
    body = document.get("certificate", {})
    if as_json:
        print_json({"valid": check.valid, "reason": check.reason, "snapshot_in_store": known, "certificate": body})
    elif check.valid:
        snap, result = body["snapshot"], body["result"]
        out = console()
        out.print(f"[green]Valid[/]: certificate {body['id']}, signed with key {document['signature']['key_id']}.")
        out.print(f"  {body['query']!r} checked {body['issued_at']} by {body['issued_by']}, as of {body['as_of']}:")
        out.print(f"  {result['verdict']} ({result['count']} matches) against {snap['description']}")
        out.print(f"  sha256 {snap['sha256']} ({'known' if known else 'not found'} in this store)")
    if not check.valid:
        fail(f"certificate NOT valid: {check.reason}")


@app.command("audit")
@handles_errors
def audit_command(
    limit: int = typer.Option(50, "--limit", min=1, help="How many records, newest first."),
    who: str | None = typer.Option(None, "--who", help="Only this person's screenings."),
    as_json: bool = JSON_OPTION,
) -> None:
    """The screening audit log, and a check that no record was altered, removed or cut off."""
    from undesirable.proof.audit import check_audit_trail, read_audit_log

    with open_registry() as registry:
        records = read_audit_log(registry, limit=limit, who=who)
        check = check_audit_trail(registry)
    if as_json:
        print_json({"chain": check.to_json(), "records": [r.to_json() for r in records]})
    else:
        out = console()
        for r in records:
            out.print(
                f"{r.id:>6} {r.at:%Y-%m-%d %H:%M:%S} {r.who:12} {r.kind:6} {r.query!r} -> {r.result.get('verdict')}"
                f" ({r.result.get('count', 0)}) snapshot {r.snapshot_id} {(r.snapshot_sha256 or '')[:12]}"
            )
        if check.intact:
            head = f", head matches the signed checkpoint of {check.checkpoint['at']}" if check.checkpoint else ""
            out.print(f"Keyed hash chain intact over {check.records} records{head}.")
            if check.unkeyed:
                out.print(f"{check.unkeyed} early records predate the keyed chain (plain sha256).")
    if not check.intact:
        fail("the audit log is NOT intact: " + "; ".join(check.problems))


def _known_snapshot(registry: Any, document: dict[str, Any]) -> bool:
    sha = document["certificate"]["snapshot"]["sha256"]
    return any(s.sha256 == sha for s in registry.snapshots())

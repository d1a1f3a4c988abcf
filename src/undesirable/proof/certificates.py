"""Screening certificates: signed proof of what was checked, against which version, when, with what result.

A certificate is a JSON document ``{"certificate": {...}, "signature": {...}}``. The certificate
states the query, the as-of date, when and by whom it was checked, the method and threshold, the
exact snapshot (id, actuality date, sha256, source), everything that was searched (``coverage``,
one line, and ``sources``: the current snapshot and the entries known only from another source)
and the result; it also names the audit log record written for it. The signature is HMAC-SHA256
over the certificate's canonical JSON (keys sorted, no spaces, UTF-8) under
``UNDESIRABLE_HMAC_KEY`` (at least 32 characters, and a key used for nothing else: see
:mod:`undesirable.proof.keys`); ``key_id`` (the first 16 hex digits of the key's sha256) tells
which key signed it. A one-page HTML rendering is written beside the JSON, with the signed document
embedded; verifying the page checks the signature of the embedded document *and* that the page is
exactly the rendering of that document, so no visible word of it can be changed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from undesirable.errors import Location, NotFoundError, SourceError, UsageError
from undesirable.files import write_file_whole
from undesirable.proof.audit import record_screening, searched_json, summarize_matches
from undesirable.proof.keys import certificate_key
from undesirable.registry.clock import naive_utc

if TYPE_CHECKING:
    from undesirable.model import Snapshot
    from undesirable.registry.registry import Registry
    from undesirable.registry.state import Coverage

FORMAT = "undesirable-screening-certificate"
VERSION = 1
ALGORITHM = "HMAC-SHA256"
TEMPLATE = "certificate.html"
_EMBEDDED = re.compile(r'<script type="application/json" id="undesirable-certificate">(.*?)</script>', re.S)


@dataclass(frozen=True)
class Verification:
    """The outcome of checking a certificate's signature."""

    valid: bool
    reason: str
    document: dict[str, Any]


def issue_certificate(
    registry: Registry,
    *,
    query: str,
    matches: Iterable[Any],
    who: str,
    method: str = "exact name",
    as_of: date | None = None,
    threshold: float | None = None,
    now: datetime | None = None,
    coverage: Coverage | None = None,
) -> dict[str, Any]:
    """Record the screening in the audit log and return the signed certificate.

    ``matches`` are organizations or matcher results (anything with ``organization``, ``score``
    and ``matched_name``), as the screening returned them.

    Raises:
        UsageError: no ``UNDESIRABLE_HMAC_KEY``.
        NotFoundError: no snapshot imported.
    """
    key = certificate_key(registry.settings)
    snapshot = registry.current_snapshot()
    if snapshot is None:
        raise NotFoundError("no snapshot has been imported: nothing to certify against")
    moment = naive_utc(now)
    day = as_of or moment.date()
    result = summarize_matches(matches, as_of=day)
    coverage = coverage or registry.sources()
    record = record_screening(
        registry,
        who=who,
        query=query,
        result=result,
        kind="check",
        threshold=threshold,
        as_of=day,
        now=moment,
        coverage=coverage,
    )
    body = {
        "format": FORMAT,
        "version": VERSION,
        "id": str(uuid.uuid4()),
        "query": query,
        "as_of": day.isoformat(),
        "issued_at": moment.isoformat(timespec="seconds"),
        "issued_by": who,
        "method": method,
        "threshold": threshold,
        "snapshot": _snapshot_json(snapshot),
        **searched_json(coverage),
        "result": result,
        "audit": {"id": record.id, "hash": record.hash},
    }
    return {"certificate": body, "signature": sign_certificate(body, key)}


def _snapshot_json(snapshot: Snapshot) -> dict[str, Any]:
    """The version of the list a certificate names: id, actuality, sha256, source, kind, description."""
    return {
        "id": snapshot.id,
        "actuality": snapshot.actuality.isoformat(),
        "sha256": snapshot.sha256,
        "source": snapshot.source,
        "kind": snapshot.kind,
        "description": snapshot.provenance(),
    }


def sign_certificate(body: Mapping[str, Any], key: str) -> dict[str, str]:
    """The signature block for ``body`` under ``key``."""
    digest = hmac.new(key.encode("utf-8"), canonical_json(body), hashlib.sha256).hexdigest()
    return {"algorithm": ALGORITHM, "key_id": key_id(key), "value": digest}


def canonical_json(body: Mapping[str, Any]) -> bytes:
    """The bytes that are signed: keys sorted, no spaces, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def key_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def verify_certificate(document: Mapping[str, Any], *, key: str | None) -> Verification:
    """Check the signature of a certificate document."""
    if not key:
        raise UsageError("certificates are signed: set UNDESIRABLE_HMAC_KEY")
    secret = key
    body, signature = document.get("certificate"), document.get("signature")
    if not isinstance(body, dict) or not isinstance(signature, dict) or body.get("format") != FORMAT:
        return Verification(False, "not a screening certificate", dict(document))
    if signature.get("algorithm") != ALGORITHM:
        return Verification(False, f"unknown signature algorithm {signature.get('algorithm')!r}", dict(document))
    expected = sign_certificate(body, secret)
    if not hmac.compare_digest(str(signature.get("value", "")), expected["value"]):
        if signature.get("key_id") != expected["key_id"]:
            return Verification(False, "signed with another key (key id differs)", dict(document))
        return Verification(False, "the signature does not match: the certificate was altered", dict(document))
    return Verification(True, "signature valid", dict(document))


def read_certificate_file(path: Path) -> dict[str, Any]:
    """A certificate from its JSON file or from the HTML page that embeds it."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(f"cannot read: {exc}", location=Location(str(path))) from exc
    embedded = _EMBEDDED.search(text)
    try:
        document = json.loads(embedded.group(1) if embedded else text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise SourceError(f"not a certificate (JSON or HTML): {exc}", location=Location(str(path))) from exc
    if not isinstance(document, dict):
        raise SourceError("not a certificate", location=Location(str(path)))
    return document


def verify_certificate_file(path: Path, *, key: str | None) -> Verification:
    """Check a certificate file: the signature, and for an HTML page also that the page is exactly
    the rendering of the signed document it embeds (no visible word changed)."""
    document = read_certificate_file(path)
    check = verify_certificate(document, key=key)
    text = path.read_text("utf-8")
    if check.valid and _EMBEDDED.search(text) and not _renders_as(document, text):
        reason = "the HTML page does not say what the signed certificate says: it was altered"
        return Verification(False, reason, check.document)
    return check


def _renders_as(document: Mapping[str, Any], page: str) -> bool:
    try:
        return render_certificate_html(document) == page
    except Exception:  # a document the template cannot render is not the page's source
        return False


def write_certificate(document: Mapping[str, Any], path: Path) -> tuple[Path, Path]:
    """Write the JSON and the HTML page (``x.json`` + ``x.html``, whichever ``path`` names)."""
    json_path = path if path.suffix.lower() != ".html" else path.with_suffix(".json")
    html_path = path if path.suffix.lower() == ".html" else path.with_suffix(".html")
    if json_path == html_path:
        html_path = path.with_name(path.name + ".html")
    _write_whole(json_path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    _write_whole(html_path, render_certificate_html(document))
    return json_path, html_path


def render_certificate_html(document: Mapping[str, Any]) -> str:
    """The one-page HTML rendering (``data/certificate.html``), with the document embedded."""
    import jinja2

    source = resources.files("undesirable.data").joinpath(TEMPLATE).read_text("utf-8")
    template = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(source)
    embedded = json.dumps(document, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return template.render(c=document["certificate"], signature=document["signature"], embedded=embedded)


def _write_whole(path: Path, text: str) -> None:
    if not path.parent.is_dir():
        raise UsageError(f"--certificate: no folder {path.parent}")
    write_file_whole(path, text.encode("utf-8"))


def _key(key: str | None) -> str:
    if not key:
        raise UsageError("certificates are signed: set UNDESIRABLE_HMAC_KEY")
    return key

"""Fetch the official export and import it: ``undesirable update``.

The download is streamed with a size cap, retried with a growing pause on timeouts, broken
connections and 5xx answers, and checked to be an xlsx of the official layout before anything is
written. A TLS failure is not retried: it names the fix (the ministry's server sends an
incomplete certificate chain, so pass the missing certificates with ``--ca-bundle`` or
``UNDESIRABLE_CA_BUNDLE``). Every failure is one :class:`DownloadError` line and leaves the store
untouched. A file already imported (same sha256) is a no-op; a new one is imported, then
watchlists are screened and subscribers notified (``following.notify``).

When the export fails, ``update`` tries the ministry's REST service beside it
(``following.rest_update``); ``--source rest`` uses it directly, ``--source xlsx`` never.

Redirects are followed only within the original host (an export URL must not lead the server to
an internal address); the whole download, retries included, has one deadline
(``limits.download_seconds``), checked as each piece arrives, so a server that sends a byte every
few seconds cannot hold ``update`` forever; a gzip-encoded answer is decoded and its length
checked against what was sent on the wire.

The HTTP transport, the clock and ``sleep`` are passed in, so tests never touch the network.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from undesirable.errors import DownloadError, SourceError, UsageError
from undesirable.following.download import DownloadOptions, Retryable, fetch_following_redirects
from undesirable.following.notify import Delivery, follow_import
from undesirable.following.outbound import redact_url
from undesirable.following.watchlists import WatchHit
from undesirable.registry.clock import naive_utc
from undesirable.registry.importer import ImportResult
from undesirable.settings import Settings
from undesirable.sources.official_xlsx import read_official_xlsx_bytes
from undesirable.sources.rows import SourceFile

if TYPE_CHECKING:
    from undesirable.registry.registry import Registry

log = logging.getLogger("undesirable.update")

ATTEMPTS = 3
BACKOFF_SECONDS = 5.0
"""The pause after the first failed attempt; it doubles after each further one."""
Channel = Literal["auto", "xlsx", "rest"]


@dataclass(frozen=True)
class Download:
    """A downloaded, validated export, not yet imported."""

    url: str
    source: SourceFile
    size: int
    fetched_at: datetime
    attempts: int


@dataclass(frozen=True)
class UpdateResult:
    """What ``update`` did: the import, the new watchlist hits, the notice and its deliveries."""

    download: Download
    imported: ImportResult
    notice_id: int | None = None
    hits: tuple[WatchHit, ...] = ()
    deliveries: tuple[Delivery, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            **self.imported.to_json(),
            "download": {
                "url": redact_url(self.download.url),
                "bytes": self.download.size,
                "fetched_at": self.download.fetched_at.isoformat(),
                "attempts": self.download.attempts,
            },
            "notice": self.notice_id,
            "watchlist_hits": [h.to_json() for h in self.hits],
            "deliveries": [d.to_json() for d in self.deliveries],
        }


def update_registry(
    registry: Registry, options: DownloadOptions | None = None, *, source: Channel = "auto"
) -> UpdateResult:
    """Download the official list, import it, screen watchlists and notify subscribers.

    ``source``: ``xlsx`` (the export), ``rest`` (the REST service, see ``following.rest_update``) or
    ``auto`` (the export, and the REST service beside it when the export fails).
    """
    options = options or DownloadOptions()
    download = _download(registry.settings, source, options)
    origin = redact_url(download.url)  # stored and shown: no password or token from the URL
    imported = registry.import_source(download.source, origin=origin, fetched_at=naive_utc(download.fetched_at))
    notice_id, hits, deliveries = follow_import(
        registry, imported, transport=options.transport, sleep=options.sleep, now=options.clock()
    )
    return UpdateResult(download, imported, notice_id, tuple(hits), tuple(deliveries))


def _download(settings: Settings, source: Channel, options: DownloadOptions) -> Download:
    from undesirable.following.rest_update import download_rest_values, rest_values_url

    if source == "rest":
        return download_rest_values(settings, options)
    try:
        return download_official_export(settings, options)
    except DownloadError as exc:
        rest_url = rest_values_url(options.url or settings.source_url)
        if source == "xlsx" or rest_url is None:
            raise
        log.warning("the xlsx export failed (%s); trying the REST service %s", exc.message, rest_url)
        try:
            return download_rest_values(settings, replace(options, url=rest_url))
        except DownloadError as rest_exc:
            raise DownloadError(f"{exc.message}; the REST service failed too: {rest_exc.message}") from rest_exc


def download_official_export(settings: Settings, options: DownloadOptions | None = None) -> Download:
    """Fetch and validate the export (``options.url`` or ``settings.source_url``); write nothing.

    Raises:
        DownloadError: offline, refused, TLS failure, an error answer, a body that is too big,
            truncated, HTML or not the official layout.
        UsageError: a bad URL, proxy, timeout or CA bundle.
    """
    options = options or DownloadOptions()
    target = options.url or settings.source_url
    if urlsplit(target).scheme not in ("http", "https"):
        raise UsageError(f"--url: not an http(s) URL: {target!r}")
    client = options.client(settings)
    deadline = options.deadline(settings)
    with client:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                data = fetch_following_redirects(client, target, max_bytes=options.cap(settings), deadline=deadline)
                break
            except Retryable as exc:
                if attempt == ATTEMPTS:
                    raise DownloadError(f"{exc} (gave up after {ATTEMPTS} attempts)") from exc
                pause = BACKOFF_SECONDS * 2 ** (attempt - 1)
                log.info("download attempt %d failed: %s; retrying in %.0f s", attempt, exc, pause)
                deadline.check(urlsplit(target).hostname or target, after=pause)
                options.sleep(pause)
    fetched_at = options.clock()
    return Download(target, _validate(data, target), len(data), fetched_at, attempt)


def _validate(data: bytes, url: str) -> SourceFile:
    host = urlsplit(url).hostname or url
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in head:
        raise DownloadError(
            f"{host} sent an HTML page instead of the xlsx export (a block, captcha or "
            "maintenance page?); nothing imported"
        )
    if not data:
        raise DownloadError(f"{host} sent an empty body; nothing imported")
    try:
        return read_official_xlsx_bytes(data, name=redact_url(url))
    except SourceError as exc:
        raise DownloadError(f"the download is not the official export: {exc.message}") from exc

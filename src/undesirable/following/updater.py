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
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urljoin, urlsplit

import httpx

from undesirable import __version__
from undesirable.errors import DownloadError, SourceError, UsageError
from undesirable.following.notify import Delivery, follow_import
from undesirable.following.outbound import redact_url
from undesirable.following.watchlists import WatchHit
from undesirable.registry.clock import Clock, naive_utc, utc_now
from undesirable.registry.importer import ImportResult
from undesirable.settings import Settings
from undesirable.sources.official_xlsx import read_official_xlsx_bytes
from undesirable.sources.rows import SourceFile

if TYPE_CHECKING:
    from undesirable.registry.registry import Registry

log = logging.getLogger("undesirable.update")

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""The export was 43 KB for 390 rows (Aug 2026); anything near this cap is not the list."""
DEFAULT_TIMEOUT = 60.0
ATTEMPTS = 3
BACKOFF_SECONDS = 5.0
"""The pause after the first failed attempt; it doubles after each further one."""
Channel = Literal["auto", "xlsx", "rest"]
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
CHUNK_BYTES = 64 * 1024
MAX_REDIRECTS = 5


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


TLS_MARKERS = ("CERTIFICATE_VERIFY_FAILED", "SSL", "TLS")
DNS_MARKERS = ("NAME OR SERVICE NOT KNOWN", "NAME RESOLUTION", "NODENAME NOR SERVNAME", "GETADDRINFO FAILED")
"""How a failed connection's message says the certificate check or the name lookup failed (neither is worth
another attempt)."""


class _Retryable(Exception):
    """A failure worth another attempt (its message is the user's line)."""


def update_registry(
    registry: Registry,
    *,
    url: str | None = None,
    ca_bundle: Path | None = None,
    proxy: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Clock = utc_now,
    source: Channel = "auto",
) -> UpdateResult:
    """Download the official list, import it, screen watchlists and notify subscribers.

    ``source``: ``xlsx`` (the export), ``rest`` (the REST service, see ``following.rest_update``) or
    ``auto`` (the export, and the REST service beside it when the export fails).
    """
    options: dict[str, Any] = {
        "url": url,
        "ca_bundle": ca_bundle,
        "proxy": proxy,
        "timeout": timeout,
        "max_bytes": max_bytes,
        "transport": transport,
        "sleep": sleep,
        "clock": clock,
    }
    download = _download(registry.settings, source, options)
    origin = redact_url(download.url)  # stored and shown: no password or token from the URL
    imported = registry.import_source(download.source, origin=origin, fetched_at=naive_utc(download.fetched_at))
    notice_id, hits, deliveries = follow_import(registry, imported, transport=transport, sleep=sleep, now=clock())
    return UpdateResult(download, imported, notice_id, tuple(hits), tuple(deliveries))


def _download(settings: Settings, source: Channel, options: dict[str, Any]) -> Download:
    from undesirable.following.rest_update import download_rest_values, rest_values_url

    if source == "rest":
        return download_rest_values(settings, **options)
    try:
        return download_official_export(settings, **options)
    except DownloadError as exc:
        rest_url = rest_values_url(options["url"] or settings.source_url)
        if source == "xlsx" or rest_url is None:
            raise
        log.warning("the xlsx export failed (%s); trying the REST service %s", exc.message, rest_url)
        try:
            return download_rest_values(settings, **{**options, "url": rest_url})
        except DownloadError as rest_exc:
            raise DownloadError(f"{exc.message}; the REST service failed too: {rest_exc.message}") from rest_exc


def download_official_export(
    settings: Settings,
    *,
    url: str | None = None,
    ca_bundle: Path | None = None,
    proxy: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Clock = utc_now,
) -> Download:
    """Fetch and validate the export (``url`` or ``settings.source_url``); write nothing.

    Raises:
        DownloadError: offline, refused, TLS failure, an error answer, a body that is too big,
            truncated, HTML or not the official layout.
        UsageError: a bad URL, proxy, timeout or CA bundle.
    """
    target = url or settings.source_url
    if urlsplit(target).scheme not in ("http", "https"):
        raise UsageError(f"--url: not an http(s) URL: {target!r}")
    if timeout <= 0:
        raise UsageError("--timeout must be positive")
    client = _client(ca_bundle or settings.ca_bundle, proxy=proxy, timeout=timeout, transport=transport)
    deadline = _Deadline(settings.limits.download_seconds)
    with client:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                data = _fetch(
                    client, target, max_bytes=min(max_bytes, settings.limits.download_bytes), deadline=deadline
                )
                break
            except _Retryable as exc:
                if attempt == ATTEMPTS:
                    raise DownloadError(f"{exc} (gave up after {ATTEMPTS} attempts)") from exc
                pause = BACKOFF_SECONDS * 2 ** (attempt - 1)
                log.info("download attempt %d failed: %s; retrying in %.0f s", attempt, exc, pause)
                deadline.check(urlsplit(target).hostname or target, after=pause)
                sleep(pause)
    fetched_at = clock()
    return Download(target, _validate(data, target), len(data), fetched_at, attempt)


def _client(
    ca_bundle: Path | None, *, proxy: str | None, timeout: float, transport: httpx.BaseTransport | None
) -> httpx.Client:
    verify: ssl.SSLContext | bool = True
    if ca_bundle is not None:
        verify = ssl.create_default_context()
        try:
            verify.load_verify_locations(cafile=str(ca_bundle))
        except (OSError, ssl.SSLError) as exc:
            raise UsageError(f"--ca-bundle: cannot load {ca_bundle}: {exc}") from exc
    try:
        return httpx.Client(
            transport=transport,
            verify=verify,
            proxy=proxy,
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            headers={"User-Agent": f"undesirable/{__version__}"},
        )
    except (ValueError, httpx.InvalidURL) as exc:
        raise UsageError(f"--proxy: {exc}") from exc


class _Deadline:
    """The one deadline of a whole download (``limits.download_seconds``)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def check(self, host: str, *, after: float = 0.0) -> None:
        if time.monotonic() + after > self.end:
            raise DownloadError(
                f"the download from {host} takes longer than {self.seconds:g} s (limits.download_seconds); stopped"
            )


def _fetch(client: httpx.Client, url: str, *, max_bytes: int, deadline: _Deadline) -> bytes:
    host = urlsplit(url).hostname or url
    current = url
    try:
        for _ in range(MAX_REDIRECTS + 1):
            with client.stream("GET", current) as response:
                if response.is_redirect:
                    current = _same_host_redirect(response, current, host)
                    continue
                _check_status(response, host)
                declared = _declared_length(response)
                if declared is not None and declared > max_bytes:
                    raise DownloadError(f"{host} announces {_mb(declared)}, over the {_mb(max_bytes)} cap")
                data = _read_capped(response, host, max_bytes=max_bytes, deadline=deadline)
                encoded = response.headers.get("content-encoding", "identity").lower() not in ("", "identity")
                on_wire = response.num_bytes_downloaded if encoded else len(data)
                break
        else:
            raise DownloadError(f"{host} redirected more than {MAX_REDIRECTS} times; stopped")
    except httpx.TimeoutException as exc:
        raise _Retryable(f"{host} did not answer in time ({exc.__class__.__name__})") from exc
    except httpx.ConnectError as exc:
        raise connect_failure(exc, host) from exc
    except httpx.TransportError as exc:
        raise _Retryable(f"the connection to {host} failed: {exc}") from exc
    if declared is not None and on_wire != declared:  # Content-Length counts the bytes sent, gzip or not
        raise _Retryable(f"truncated download from {host}: {on_wire} of {declared} bytes")
    return data


def _same_host_redirect(response: httpx.Response, current: str, host: str) -> str:
    target = urljoin(current, str(response.headers.get("location", "")))
    parts = urlsplit(target)
    if parts.hostname != host or parts.scheme not in ("http", "https"):
        raise DownloadError(
            f"{host} redirected to {parts.hostname or target!r}; redirects to another host are not followed"
        )
    return target


def _check_status(response: httpx.Response, host: str) -> None:
    if response.status_code == 200:
        return
    message = f"{host} answered {response.status_code} {response.reason_phrase}".rstrip()
    if response.status_code in RETRY_STATUSES:
        raise _Retryable(message)
    raise DownloadError(message)


def _declared_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.isdigit() else None


def _read_capped(response: httpx.Response, host: str, *, max_bytes: int, deadline: _Deadline) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():  # as the bytes arrive (a chunk size would wait to fill it)
        deadline.check(host)
        size += len(chunk)
        if size > max_bytes:
            raise DownloadError(f"the download from {host} exceeds the {_mb(max_bytes)} cap; stopped")
        chunks.append(chunk)
    return b"".join(chunks)


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


def connect_failure(exc: httpx.ConnectError, host: str) -> Exception:
    """What a failed connection means: a TLS or name failure is final at once, anything else is retried."""
    if _is_caused_by(exc, ssl.SSLError, TLS_MARKERS):
        return DownloadError(
            f"TLS certificate check failed for {host}: {exc}. The server may send an incomplete "
            "chain: pass the missing certificates with --ca-bundle PEM (or UNDESIRABLE_CA_BUNDLE)"
        )
    if _is_caused_by(exc, socket.gaierror, DNS_MARKERS):
        return DownloadError(f"cannot resolve {host}: {exc} (is the name right, and is this machine online?)")
    return _Retryable(f"cannot connect to {host}: {exc}")


def _is_caused_by(exc: BaseException, kind: type[BaseException], markers: tuple[str, ...]) -> bool:
    cause: BaseException | None = exc
    seen: set[int] = set()
    while cause is not None and id(cause) not in seen:  # a re-raised exception can chain to itself
        seen.add(id(cause))
        if isinstance(cause, kind):
            return True
        cause = cause.__cause__ or cause.__context__
    text = str(exc).upper()
    return any(marker in text for marker in markers)


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"

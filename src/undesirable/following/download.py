"""Fetching over HTTP for ``update``: one client, one deadline, capped bodies, same-host redirects.

Shared by both channels (``following.updater`` for the xlsx export, ``following.rest_update`` for
the REST service). A timeout, a broken connection or a 5xx answer is :class:`Retryable`; a failed
certificate check or a name that does not resolve is final at once (a :class:`DownloadError`
naming the fix); redirects are followed only within the original host; the whole download has one
deadline, checked as each piece arrives.
"""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from undesirable import __version__
from undesirable.errors import DownloadError, UsageError
from undesirable.registry.clock import Clock, utc_now
from undesirable.settings import Settings

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""The export was 43 KB for 390 rows (Aug 2026); anything near this cap is not the list."""
DEFAULT_TIMEOUT = 60.0

RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_REDIRECTS = 5
TLS_MARKERS = ("CERTIFICATE_VERIFY_FAILED", "SSL", "TLS")
DNS_MARKERS = ("NAME OR SERVICE NOT KNOWN", "NAME RESOLUTION", "NODENAME NOR SERVNAME", "GETADDRINFO FAILED")
"""How a failed connection's message says the certificate check or the name lookup failed (neither is worth
another attempt)."""


@dataclass(frozen=True)
class DownloadOptions:
    """How ``update`` downloads, the same for both channels (the xlsx export and the REST service).

    ``url`` (else ``settings.source_url``), ``ca_bundle`` (else ``settings.ca_bundle``), ``proxy``,
    ``timeout`` (seconds per request, and for the whole download with its retries, at most
    ``limits.download_seconds``), ``max_bytes`` (at most ``limits.download_bytes``); the transport,
    ``sleep`` and the clock are passed in so tests never touch the network or wait.
    """

    url: str | None = None
    ca_bundle: Path | None = None
    proxy: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    transport: httpx.BaseTransport | None = None
    sleep: Callable[[float], None] = time.sleep
    clock: Clock = utc_now

    def client(self, settings: Settings) -> httpx.Client:
        """The one HTTP client of a download (see :func:`http_client`); a timeout must be positive."""
        if self.timeout <= 0:
            raise UsageError("--timeout must be positive")
        return http_client(
            self.ca_bundle or settings.ca_bundle, proxy=self.proxy, timeout=self.timeout, transport=self.transport
        )

    def deadline(self, settings: Settings) -> Deadline:
        """The deadline of the whole download, retries included."""
        return Deadline(self.timeout, settings.limits.download_seconds)

    def cap(self, settings: Settings) -> int:
        """The most bytes one body may have."""
        return min(self.max_bytes, settings.limits.download_bytes)


class Retryable(Exception):
    """A failure worth another attempt (its message is the user's line)."""


def http_client(
    ca_bundle: Path | None, *, proxy: str | None, timeout: float, transport: httpx.BaseTransport | None
) -> httpx.Client:
    """The one HTTP client of a download: no redirects of its own, an optional CA bundle and proxy."""
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


class Deadline:
    """The one deadline of a whole download, retries included: ``--timeout`` or ``limits.download_seconds``,
    whichever is shorter."""

    def __init__(self, timeout: float, limit: float) -> None:
        self.seconds = min(timeout, limit)
        self.end = time.monotonic() + self.seconds

    def check(self, host: str, *, after: float = 0.0) -> None:
        if time.monotonic() + after > self.end:
            raise DownloadError(
                f"the download from {host} takes longer than {self.seconds:g} s (--timeout, at most "
                "limits.download_seconds); stopped"
            )


def fetch_following_redirects(client: httpx.Client, url: str, *, max_bytes: int, deadline: Deadline) -> bytes:
    """GET ``url`` (redirects only within its host), the body capped at ``max_bytes`` and checked against its length."""
    host = urlsplit(url).hostname or url
    current = url
    try:
        for _ in range(MAX_REDIRECTS + 1):
            with client.stream("GET", current) as response:
                if response.is_redirect:
                    current = _same_host_redirect(response, current, host)
                    continue
                check_status(response, host)
                declared = _declared_length(response)
                if declared is not None and declared > max_bytes:
                    raise DownloadError(f"{host} announces {mb(declared)}, over the {mb(max_bytes)} cap")
                data = read_capped(response, host, max_bytes=max_bytes, deadline=deadline)
                encoded = response.headers.get("content-encoding", "identity").lower() not in ("", "identity")
                on_wire = response.num_bytes_downloaded if encoded else len(data)
                break
        else:
            raise DownloadError(f"{host} redirected more than {MAX_REDIRECTS} times; stopped")
    except httpx.TimeoutException as exc:
        raise Retryable(f"{host} did not answer in time ({exc.__class__.__name__})") from exc
    except httpx.ConnectError as exc:
        raise connect_failure(exc, host) from exc
    except httpx.TransportError as exc:
        raise Retryable(f"the connection to {host} failed: {exc}") from exc
    if declared is not None and on_wire != declared:  # Content-Length counts the bytes sent, gzip or not
        raise Retryable(f"truncated download from {host}: {on_wire} of {declared} bytes")
    return data


def _same_host_redirect(response: httpx.Response, current: str, host: str) -> str:
    target = urljoin(current, str(response.headers.get("location", "")))
    parts = urlsplit(target)
    if parts.hostname != host or parts.scheme not in ("http", "https"):
        raise DownloadError(
            f"{host} redirected to {parts.hostname or target!r}; redirects to another host are not followed"
        )
    return target


def check_status(response: httpx.Response, host: str) -> None:
    """Pass a 200; a passing failure (5xx, 429, 408) is :class:`Retryable`, any other a :class:`DownloadError`."""
    if response.status_code == 200:
        return
    message = f"{host} answered {response.status_code} {response.reason_phrase}".rstrip()
    if response.status_code in RETRY_STATUSES:
        raise Retryable(message)
    raise DownloadError(message)


def _declared_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.isdigit() else None


def read_capped(response: httpx.Response, host: str, *, max_bytes: int, deadline: Deadline) -> bytes:
    """The body as it arrives, stopped at ``max_bytes`` or at the deadline."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():  # as the bytes arrive (a chunk size would wait to fill it)
        deadline.check(host)
        size += len(chunk)
        if size > max_bytes:
            raise DownloadError(f"the download from {host} exceeds the {mb(max_bytes)} cap; stopped")
        chunks.append(chunk)
    return b"".join(chunks)


def connect_failure(exc: httpx.ConnectError, host: str) -> Exception:
    """What a failed connection means: a TLS or name failure is final at once, anything else is retried."""
    if _is_caused_by(exc, ssl.SSLError, TLS_MARKERS):
        return DownloadError(
            f"TLS certificate check failed for {host}: {exc}. The server may send an incomplete "
            "chain: pass the missing certificates with --ca-bundle PEM (or UNDESIRABLE_CA_BUNDLE)"
        )
    if _is_caused_by(exc, socket.gaierror, DNS_MARKERS):
        return DownloadError(f"cannot resolve {host}: {exc} (is the name right, and is this machine online?)")
    return Retryable(f"cannot connect to {host}: {exc}")


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


def mb(size: int) -> str:
    """A byte count in megabytes, for messages."""
    return f"{size / 1024 / 1024:.1f} MB"

"""Rules for calls the server makes to addresses others chose: webhook targets, the download URL.

- :func:`private_target_problem`: a webhook URL whose host resolves to a private, loopback,
  link-local, multicast, reserved or unspecified address (``http://169.254.169.254/`` is the cloud
  metadata service; ``127.0.0.1`` is the server itself) is refused, unless the operator allows it
  (``UNDESIRABLE_ALLOW_PRIVATE_WEBHOOKS=1``). Every address the name resolves to is checked; a
  name that does not resolve is left to the HTTP client, which cannot connect to it either.
- :class:`PublicOnlyTransport`: the same rule again when the connection is made, on the addresses
  the connection uses. A name checked once and resolved again to connect could answer a public
  address to the check and a private one to the connection (DNS rebinding); this transport
  resolves once, checks every address and connects to a checked one (TLS still verifies the
  name).
- :func:`redact_url`: a URL as it may be printed: the password of ``user:password@`` and the
  values of query parameters (tokens often travel there) become ``***``.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpcore
import httpx

Resolver = Callable[[str], list[str]]
ALLOW_SETTING = "UNDESIRABLE_ALLOW_PRIVATE_WEBHOOKS=1"


def resolve_host(host: str) -> list[str]:
    """The addresses ``host`` resolves to (IPv4 and IPv6); empty when it does not resolve."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, OSError):
        return []
    return sorted({str(info[4][0]) for info in infos})


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local or ip.is_loopback)


def private_target_problem(url: str, *, allow_private: bool, resolve: Resolver = resolve_host) -> str | None:
    """Why a call to ``url`` is refused, or None when it may be made."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"not an http(s) URL: {redact_url(url)}"
    if allow_private:
        return None
    host = parts.hostname
    addresses = [host] if _is_ip_literal(host) else resolve(host)
    private = [a for a in addresses if not is_public_address(a)]
    if private:
        return (
            f"refused: {host} is a private, loopback or link-local address ({', '.join(private)}); "
            f"set {ALLOW_SETTING} to allow it"
        )
    return None


class PublicOnlyTransport(httpx.HTTPTransport):
    """An HTTP transport that connects only to addresses ``allowed`` (public ones), checked on the
    addresses it connects to (see the module docstring). Proxies from the environment are the
    client's, not this transport's."""

    def __init__(self, *, resolve: Resolver = resolve_host, allowed: Callable[[str], bool] = is_public_address) -> None:
        super().__init__()
        # httpx takes no network backend; its pool is rebuilt with one that checks each address
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=_CheckedBackend(resolve, allowed)
        )


class _CheckedBackend(httpcore.NetworkBackend):
    def __init__(self, resolve: Resolver, allowed: Callable[[str], bool]) -> None:
        self._inner = httpcore.SyncBackend()
        self._resolve = resolve
        self._allowed = allowed

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = [host] if _is_ip_literal(host) else self._resolve(host)
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}")
        refused = [a for a in addresses if not self._allowed(a)]
        if refused:
            raise httpcore.ConnectError(
                f"refused: {host} resolves to a private, loopback or link-local address ({', '.join(refused)}) "
                f"when connecting; set {ALLOW_SETTING} to allow it"
            )
        failure: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for address in addresses:
            try:
                return self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("a Unix socket is not a webhook target")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def redact_url(url: str) -> str:
    """``url`` without secrets: ``https://user:***@host/path?token=***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "***"
    netloc = parts.netloc
    if parts.password is not None:
        user = parts.username or ""
        host = netloc.rpartition("@")[2]
        netloc = f"{user}:***@{host}"
    query = parts.query
    if query:
        query = urlencode([(key, "***") for key, _ in parse_qsl(query, keep_blank_values=True)], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True

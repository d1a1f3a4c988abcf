"""Rules for calls the server makes to addresses others chose: webhook targets, the download URL.

- :func:`private_target_problem`: a webhook URL whose host resolves to a private, loopback,
  link-local, multicast, reserved or unspecified address (``http://169.254.169.254/`` is the cloud
  metadata service; ``127.0.0.1`` is the server itself) is refused, unless the operator allows it
  (``UNDESIRABLE_ALLOW_PRIVATE_WEBHOOKS=1``). Every address the name resolves to is checked; a
  name that does not resolve is left to the HTTP client, which cannot connect to it either.
- :func:`redact_url`: a URL as it may be printed: the password of ``user:password@`` and the
  values of query parameters (tokens often travel there) become ``***``.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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

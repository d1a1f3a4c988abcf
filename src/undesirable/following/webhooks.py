"""Webhook deliveries: a JSON POST signed with HMAC-SHA256, retried on timeouts and server errors.

The receiver checks the ``X-Undesirable-Signature-256`` header, ``sha256=`` followed by the hex
HMAC-SHA256 of the raw request body under the shared secret (:func:`verify_signature` does it),
exactly as GitHub signs its webhooks. ``X-Undesirable-Delivery`` identifies the delivery, so a
receiver can ignore a repeat. Any 2xx answer is a success; a timeout, a broken connection, 408,
425, 429 or a 5xx is retried with a growing pause; any other answer fails at once.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from undesirable import __version__
from undesirable.following.outbound import PublicOnlyTransport, private_target_problem
from undesirable.limits import DEFAULT_LIMITS

SIGNATURE_HEADER = "X-Undesirable-Signature-256"
EVENT_HEADER = "X-Undesirable-Event"
DELIVERY_HEADER = "X-Undesirable-Delivery"
TIMEOUT_SECONDS = 10.0
ATTEMPTS = 3
BACKOFF_SECONDS = 2.0
"""The pause after the first failed attempt; it doubles after each further one."""
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
MAX_ERROR_CHARS = 300


@dataclass(frozen=True)
class Attempt:
    """One try at delivering a notice, as the delivery log records it."""

    number: int
    ok: bool
    status_code: int | None = None
    error: str | None = None


def sign_body(body: bytes, secret: str) -> str:
    """The signature header's value for ``body``: ``sha256=<hex HMAC-SHA256>``."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, secret: str, header: str | None) -> bool:
    """Whether ``header`` is the right signature of ``body`` (constant-time comparison)."""
    return header is not None and hmac.compare_digest(sign_body(body, secret), header)


def post_webhook(
    url: str,
    body: bytes,
    *,
    secret: str,
    event: str,
    delivery_id: str,
    on_attempt: Callable[[Attempt], None],
    transport: httpx.BaseTransport | None = None,
    timeout: float = TIMEOUT_SECONDS,
    attempts: int = ATTEMPTS,
    backoff: float = BACKOFF_SECONDS,
    sleep: Callable[[float], None] = time.sleep,
    allow_private: bool = False,
    max_response_bytes: int = DEFAULT_LIMITS.webhook_response_bytes,
) -> Attempt:
    """POST ``body`` to ``url`` until it is accepted or the attempts run out.

    Every attempt is passed to ``on_attempt`` (to be logged) before the next one starts. A target
    on a private, loopback or link-local address is refused without a call unless
    ``allow_private``, and again when connecting (a name that resolves to another address the
    second time is caught there); at most ``max_response_bytes`` of an answer are read.

    Returns:
        The last attempt: ``ok`` when the receiver answered 2xx.
    """
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": f"undesirable/{__version__}",
        SIGNATURE_HEADER: sign_body(body, secret),
        EVENT_HEADER: event,
        DELIVERY_HEADER: delivery_id,
    }
    refused = private_target_problem(url, allow_private=allow_private)
    if refused is not None:
        attempt = Attempt(1, False, error=_short(refused))
        on_attempt(attempt)
        return attempt
    attempt = Attempt(0, False, error="not attempted")
    if transport is None and not allow_private:
        transport = PublicOnlyTransport()  # the addresses are checked again when connecting
    with httpx.Client(transport=transport, timeout=timeout, follow_redirects=False) as client:
        for number in range(1, attempts + 1):
            attempt, retry = _post_once(client, url, body, headers, number, max_response_bytes)
            on_attempt(attempt)
            if attempt.ok or not retry or number == attempts:
                break
            sleep(backoff * 2 ** (number - 1))
    return attempt


def _post_once(
    client: httpx.Client, url: str, body: bytes, headers: dict[str, str], number: int, max_response_bytes: int
) -> tuple[Attempt, bool]:
    try:
        with client.stream("POST", url, content=body, headers=headers) as response:
            read = 0
            # the answer is not used: read a bounded part, then hang up (a test's answer may be read already)
            for chunk in () if response.is_stream_consumed else response.iter_raw():
                read += len(chunk)
                if read >= max_response_bytes:
                    break
    except httpx.TimeoutException:
        return Attempt(number, False, error="timed out"), True
    except httpx.TransportError as exc:
        return Attempt(number, False, error=_short(f"{exc.__class__.__name__}: {exc}")), True
    if response.is_success:
        return Attempt(number, True, response.status_code), False
    error = _short(f"answered {response.status_code} {response.reason_phrase}".strip())
    return Attempt(number, False, response.status_code, error), response.status_code in RETRY_STATUSES


def _short(text: str) -> str:
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"

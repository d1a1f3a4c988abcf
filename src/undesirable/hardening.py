"""What every response and connection gets, whatever the route: security headers and timeouts.

- Security headers on every answer (pages where the token is typed included): a Content Security
  Policy that allows only the server's own scripts and styles and no framing, ``X-Frame-Options``,
  ``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: no-referrer``.
- A request's headers must arrive within ``limits.header_seconds`` of the connection opening (or
  of the previous answer on a kept-alive connection), else the connection is closed: a client that
  sends its headers a byte at a time (slowloris) holds a connection for seconds, not forever.
- A request body must keep arriving: each piece within ``limits.body_seconds``, else 408.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from undesirable.limits import DEFAULT_LIMITS

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        b"form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)


class SecurityHeadersMiddleware:
    """Add :data:`SECURITY_HEADERS` to every HTTP response (unless a route set its own)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {key.lower() for key, _ in headers}
                headers.extend((key, value) for key, value in SECURITY_HEADERS if key not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTimeoutMiddleware:
    """Answer 408 when a request body stops arriving for ``seconds``."""

    def __init__(self, app: ASGIApp, *, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def timed_receive() -> Message:
            try:
                return await asyncio.wait_for(receive(), self.seconds)
            except TimeoutError:
                from starlette.exceptions import HTTPException

                # the rest of the body may still come: the connection cannot carry another request
                message = f"the request body stopped arriving ({self.seconds:g} s)"
                raise HTTPException(408, message, headers={"Connection": "close"}) from None

        await self.app(scope, timed_receive, send)


class HeaderTimeoutProtocol(H11Protocol):
    """uvicorn's h11 protocol, closing a connection whose request headers take over ``seconds``.

    Module-level, so that worker processes (spawned, with the config pickled) can import it.
    """

    seconds: float = DEFAULT_LIMITS.header_seconds
    header_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm_header_deadline()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm_header_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.header_deadline is not None:
            self.header_deadline.cancel()
        super().connection_lost(exc)

    def _arm_header_deadline(self) -> None:
        if self.header_deadline is not None:
            self.header_deadline.cancel()
        self.header_deadline = self.loop.call_later(self.seconds, self._on_header_deadline)

    def _on_header_deadline(self) -> None:
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()


def make_header_timeout_protocol(seconds: float) -> type[HeaderTimeoutProtocol]:
    """:class:`HeaderTimeoutProtocol` with a deadline of ``seconds`` (the class itself for the default)."""
    if seconds == HeaderTimeoutProtocol.seconds:
        return HeaderTimeoutProtocol
    return type("HeaderTimeoutProtocol", (HeaderTimeoutProtocol,), {"seconds": seconds})

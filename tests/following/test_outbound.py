"""Outbound calls to addresses others chose (issue item 8): webhook targets on private, loopback
or link-local addresses are refused unless allowed, secrets in URLs are never printed, and a
receiver's answer is read only up to a limit."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import httpx
import pytest

from tests.following.test_notify import Receiver
from undesirable.errors import UsageError
from undesirable.following.outbound import PublicOnlyTransport, is_public_address, private_target_problem, redact_url
from undesirable.following.subscriptions import add_subscription, read_subscriptions
from undesirable.following.webhooks import Attempt, post_webhook

SECRET = "webhook-secret-0123456789abcdefghijkl"


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:8000/hook",
        "http://[::1]/hook",
        "http://10.0.0.5/hook",
        "http://192.168.1.1/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://0.0.0.0/hook",
        "http://internal.example/hook",  # resolves (here, by the injected resolver) to a private address
    ],
)
def test_private_targets_are_refused_unless_allowed(url: str) -> None:
    def resolve(host: str) -> list[str]:
        return ["10.1.2.3"] if host == "internal.example" else []

    problem = private_target_problem(url, allow_private=False, resolve=resolve)
    assert problem is not None and "UNDESIRABLE_ALLOW_PRIVATE_WEBHOOKS=1" in problem
    assert private_target_problem(url, allow_private=True, resolve=resolve) is None


def test_public_targets_pass() -> None:
    url = "https://hooks.example.org/x"
    assert private_target_problem(url, allow_private=False, resolve=lambda host: ["93.184.215.14"]) is None
    assert is_public_address("93.184.215.14") and not is_public_address("169.254.169.254")


def test_a_private_subscription_is_refused_and_nothing_is_posted(registry: Any) -> None:
    with pytest.raises(UsageError, match=r"169\.254\.169\.254"):
        add_subscription(registry, "http://169.254.169.254/latest/meta-data/", secret=SECRET)
    calls: list[httpx.Request] = []
    attempts: list[Attempt] = []
    result = post_webhook(
        "http://127.0.0.1:9/hook",
        b"{}",
        secret=SECRET,
        event="snapshot.new",
        delivery_id="1",
        on_attempt=attempts.append,
        transport=httpx.MockTransport(lambda request: calls.append(request) or httpx.Response(200)),
    )
    assert not result.ok and "refused" in (result.error or "") and calls == []


def test_secrets_in_urls_are_never_listed(registry: Any) -> None:
    registry.settings = replace(registry.settings, allow_private_webhooks=True)
    add_subscription(registry, "https://alice:hunter2-password@hooks.example.org/x?token=s3cr3t&id=7", secret=SECRET)
    shown = read_subscriptions(registry)[0].to_json()["target"]
    assert "hunter2" not in shown and "s3cr3t" not in shown
    assert shown == "https://alice:***@hooks.example.org/x?token=***&id=***"
    assert redact_url("https://hooks.example.org/x") == "https://hooks.example.org/x"


def test_a_huge_answer_is_read_only_up_to_the_limit() -> None:
    served = 0

    def body() -> Iterator[bytes]:
        nonlocal served
        for _ in range(100_000):  # 6.5 GB if read to the end
            served += 65536
            yield b"x" * 65536

    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body()))
    result = post_webhook(
        "https://hooks.example.org/x",
        b"{}",
        secret=SECRET,
        event="snapshot.new",
        delivery_id="1",
        on_attempt=lambda attempt: None,
        transport=transport,
        allow_private=True,
        max_response_bytes=256 * 1024,
    )
    assert result.ok
    assert served <= 512 * 1024


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


def _post(url: str, transport: httpx.BaseTransport | None) -> list[Attempt]:
    attempts: list[Attempt] = []
    post_webhook(
        url,
        b"{}",
        secret=SECRET,
        event="e",
        delivery_id="1",
        on_attempt=attempts.append,
        transport=transport,
        attempts=1,
    )
    return attempts


def test_a_name_that_resolves_to_a_private_address_when_connecting_is_refused(receiver: Receiver) -> None:
    """DNS rebinding: the check before the call sees nothing private (here the name does not resolve
    at all for it), the connection's resolution answers loopback; nothing reaches the receiver."""
    port = receiver.server.server_address[1]
    transport = PublicOnlyTransport(resolve=lambda host: ["127.0.0.1"])
    attempts = _post(f"http://rebind.invalid:{port}/hook", transport)
    assert not attempts[-1].ok
    assert "refused: rebind.invalid resolves to a private" in (attempts[-1].error or "")
    assert receiver.received == []


def test_the_connection_goes_to_the_address_that_was_checked(receiver: Receiver) -> None:
    """The transport connects to the address it resolved and checked (the name stays the request's
    host), so a second resolution cannot send it elsewhere."""
    port = receiver.server.server_address[1]
    checked: list[str] = []

    def allowed(address: str) -> bool:
        checked.append(address)
        return True

    transport = PublicOnlyTransport(resolve=lambda host: ["127.0.0.1"], allowed=allowed)
    attempts = _post(f"http://hooks.invalid:{port}/hook", transport)
    assert attempts[-1].ok, attempts
    assert checked == ["127.0.0.1"]
    assert receiver.received[0][0]["Host"] == f"hooks.invalid:{port}"


def test_webhooks_connect_through_the_checking_transport_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[PublicOnlyTransport] = []
    original = PublicOnlyTransport.__init__

    def spy(self: PublicOnlyTransport, **kwargs: Any) -> None:
        original(self, resolve=lambda host: ["10.0.0.7"], **kwargs)
        made.append(self)

    monkeypatch.setattr(PublicOnlyTransport, "__init__", spy)
    attempts = _post("http://hooks.invalid/hook", None)
    assert len(made) == 1
    assert "refused: hooks.invalid resolves to a private" in (attempts[-1].error or "")

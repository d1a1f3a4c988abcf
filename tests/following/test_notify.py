from __future__ import annotations

import email.policy
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.factories import sample_row, write_sample_xlsx
from undesirable.errors import NotFoundError, UsageError
from undesirable.following.notify import MAX_ATTEMPTS, deliver_pending, follow_snapshot, read_deliveries
from undesirable.following.subscriptions import add_subscription, read_subscriptions, remove_subscription
from undesirable.following.watchlists import add_to_watchlist, read_watchlists
from undesirable.following.webhooks import SIGNATURE_HEADER, verify_signature
from undesirable.store import schema

SECRET = "receiver-secret"


class Receiver:
    """A real HTTP server on loopback that answers each POST as scripted and keeps what it got."""

    def __init__(self) -> None:
        self.script: list[int | float] = []  # status code, or seconds to stall before answering
        self.received: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((dict(self.headers), body))
                action = receiver.script.pop(0) if receiver.script else 200
                if isinstance(action, float):
                    time.sleep(action)
                    action = 200
                self.send_response(action)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def payloads(self) -> list[dict[str, Any]]:
        return [json.loads(body) for _, body in self.received]


@pytest.fixture(autouse=True)
def loopback_webhooks_allowed(registry: Any) -> None:
    """The test receivers listen on loopback, which webhooks refuse unless the operator allows it."""
    registry.settings = replace(registry.settings, allow_private_webhooks=True)


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    server.thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, _server: object, _session: object, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture()
def mailbox() -> Iterator[tuple[Mailbox, str]]:
    from aiosmtpd.controller import Controller

    box = Mailbox()
    port = _free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, f"smtp://127.0.0.1:{port}"
    finally:
        controller.stop()


def _import(registry: Any, tmp_path: Path, count: int, day: int) -> Any:
    rows = [sample_row(i) for i in range(1, count + 1)]
    path = write_sample_xlsx(tmp_path / f"{day}.xlsx", rows=rows, actuality=datetime(2024, 9, day))
    return registry.import_file(path)


def _new_snapshot(registry: Any, tmp_path: Path) -> int:
    """A first snapshot (2 organizations) then a second (4): returns the second's notice id."""
    _import(registry, tmp_path, 2, day=5)
    notice_id, _ = follow_snapshot(registry, _import(registry, tmp_path, 4, day=20))
    assert notice_id is not None
    return notice_id


def _log(registry: Any) -> list[tuple[int, bool, int | None]]:
    return [(d["attempt"], d["ok"], d["status_code"]) for d in reversed(read_deliveries(registry))]


def test_a_webhook_receives_the_signed_notice(registry: Any, tmp_path: Path, receiver: Receiver) -> None:
    add_subscription(registry, receiver.url, secret=SECRET)
    _new_snapshot(registry, tmp_path)
    (delivery,) = deliver_pending(registry, sleep=lambda _s: None)
    assert delivery.attempt.ok
    ((headers, body),) = receiver.received
    assert verify_signature(body, SECRET, headers[SIGNATURE_HEADER])
    assert not verify_signature(body, "another key", headers[SIGNATURE_HEADER])
    assert headers["X-Undesirable-Event"] == "snapshot.new"
    payload = json.loads(body)
    assert payload["counts"] == {"added": 2, "removed": 0, "changed": 0, "hits": 0}
    assert [a["id"] for a in payload["added"]] == ["ru-undesirable-103-r-2020-01-10", "ru-undesirable-104-r-2020-01-10"]
    assert payload["snapshot"]["date"] == "20.09.2024"
    assert _log(registry) == [(1, True, 200)]
    assert deliver_pending(registry) == []  # delivered once, never again


def test_a_receiver_answering_500_is_retried(registry: Any, tmp_path: Path, receiver: Receiver) -> None:
    add_subscription(registry, receiver.url, secret=SECRET)
    _new_snapshot(registry, tmp_path)
    receiver.script = [500, 503]
    pauses: list[float] = []
    (delivery,) = deliver_pending(registry, sleep=pauses.append)
    assert delivery.attempt.ok and delivery.attempt.number == 3
    assert pauses == [2.0, 4.0]
    assert _log(registry) == [(1, False, 500), (2, False, 503), (3, True, 200)]
    first, _, last = receiver.received
    assert first[0]["X-Undesirable-Delivery"] == last[0]["X-Undesirable-Delivery"]


def test_a_receiver_that_times_out_is_retried_later_until_given_up(
    registry: Any, tmp_path: Path, receiver: Receiver
) -> None:
    add_subscription(registry, receiver.url, secret=SECRET)
    _new_snapshot(registry, tmp_path)
    receiver.script = [1.0, 1.0, 1.0]
    (delivery,) = deliver_pending(registry, sleep=lambda _s: None, timeout=0.2)
    assert not delivery.attempt.ok
    assert delivery.attempt.error == "timed out"
    assert [a for a, _, _ in _log(registry)] == [1, 2, 3]
    receiver.script = [404]
    (delivery,) = deliver_pending(registry, sleep=lambda _s: None)
    assert delivery.attempt.status_code == 404  # a client error is not retried
    assert [a for a, _, _ in _log(registry)] == [1, 2, 3, 4]
    receiver.script = [500] * MAX_ATTEMPTS
    deliver_pending(registry, sleep=lambda _s: None)
    deliver_pending(registry, sleep=lambda _s: None)
    assert [a for a, _, _ in _log(registry)] == list(range(1, MAX_ATTEMPTS + 1))
    assert deliver_pending(registry) == []  # given up


def test_a_watchlist_subscription_hears_only_of_its_hits(registry: Any, tmp_path: Path, receiver: Receiver) -> None:
    _import(registry, tmp_path, 2, day=5)
    add_to_watchlist(registry, ["Amnesty International Limited"], list_name="partners")
    add_to_watchlist(registry, ["Some other name"], list_name="quiet")
    add_subscription(registry, receiver.url, secret=SECRET, list_name="partners")
    add_subscription(registry, receiver.url + "/quiet", secret=SECRET, list_name="quiet")
    notice_id, hits = follow_snapshot(registry, _import(registry, tmp_path, 4, day=20))
    assert [h.org_id for h in hits] == ["ru-undesirable-104-r-2020-01-10"]
    assert len(read_watchlists(registry, list_name="partners")[0].hits) == 1
    deliveries = deliver_pending(registry, sleep=lambda _s: None)
    assert [d.target for d in deliveries] == [receiver.url]
    (payload,) = receiver.payloads()
    assert payload["watchlist_hits"][0]["query"] == "Amnesty International Limited"
    assert payload["counts"]["hits"] == 1
    assert notice_id is not None


def test_an_email_is_sent_as_text_and_html(registry: Any, tmp_path: Path, mailbox: tuple[Mailbox, str]) -> None:
    box, url = mailbox
    registry.settings = replace(registry.settings, smtp_url=url, mail_from="alerts@example.org")
    _import(registry, tmp_path, 2, day=5)
    add_to_watchlist(registry, ["Limited liability company (SIA) «Medusa Project»"], list_name="media")
    add_subscription(registry, "officer@example.org")
    follow_snapshot(registry, _import(registry, tmp_path, 4, day=20))
    (delivery,) = deliver_pending(registry, sleep=lambda _s: None)
    assert delivery.attempt.ok
    ((recipients, message),) = box.messages
    assert recipients == ["officer@example.org"]
    assert message["From"] == "alerts@example.org"
    assert "list of 20.09.2024: 2 added, 0 removed, 0 changed, 1 watchlist hits" in message["Subject"]
    parts = {p.get_content_type(): p.get_payload(decode=True).decode() for p in message.walk() if not p.is_multipart()}
    assert set(parts) == {"text/plain", "text/html"}
    assert "ru-undesirable-103-r-2020-01-10" in parts["text/plain"]
    assert "&laquo;" not in parts["text/html"] and "«Medusa Project»" in parts["text/html"]
    assert "<h2" in parts["text/html"]


def test_html_in_names_is_escaped_in_emails(registry: Any, tmp_path: Path, mailbox: tuple[Mailbox, str]) -> None:
    box, url = mailbox
    registry.settings = replace(registry.settings, smtp_url=url)
    _import(registry, tmp_path, 1, day=5)
    add_subscription(registry, "officer@example.org")
    rows = [sample_row(1), sample_row(2, raw_name="<script>alert(1)</script> Fund (Фонд)")]
    path = write_sample_xlsx(tmp_path / "x.xlsx", rows=rows, actuality=datetime(2024, 9, 20))
    follow_snapshot(registry, registry.import_file(path))
    deliver_pending(registry, sleep=lambda _s: None)
    ((_, message),) = box.messages
    html = next(p for p in message.walk() if p.get_content_type() == "text/html").get_payload(decode=True).decode()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_an_unreachable_mail_server_is_retried_and_logged(registry: Any, tmp_path: Path) -> None:
    registry.settings = replace(registry.settings, smtp_url=f"smtp://127.0.0.1:{_free_port()}")
    add_subscription(registry, "officer@example.org")
    _new_snapshot(registry, tmp_path)
    pauses: list[float] = []
    (delivery,) = deliver_pending(registry, sleep=pauses.append, timeout=2.0)
    assert not delivery.attempt.ok
    assert "ConnectionRefusedError" in (delivery.attempt.error or "")
    assert pauses == [5.0, 10.0]
    assert _log(registry) == [(1, False, None), (2, False, None), (3, False, None)]


def test_a_known_or_older_snapshot_makes_no_notice(registry: Any, tmp_path: Path) -> None:
    first = _import(registry, tmp_path, 2, day=20)
    assert follow_snapshot(registry, first)[0] is not None
    again = registry.import_file(tmp_path / "20.xlsx")
    assert follow_snapshot(registry, again) == (None, [])
    older = _import(registry, tmp_path, 3, day=5)
    assert follow_snapshot(registry, older) == (None, [])
    with registry.store.reading() as conn:
        assert conn.execute(select(func.count()).select_from(schema.notices)).scalar_one() == 1


def test_a_subscriber_does_not_receive_older_notices(registry: Any, tmp_path: Path, receiver: Receiver) -> None:
    _new_snapshot(registry, tmp_path)
    add_subscription(registry, receiver.url, secret=SECRET)
    assert deliver_pending(registry) == []


@pytest.mark.parametrize(
    ("target", "kwargs", "error", "message"),
    [
        ("https://hooks.example.org/x", {}, UsageError, "pass --secret or set UNDESIRABLE_WEBHOOK_KEY"),
        ("officer@example.org", {}, UsageError, "set UNDESIRABLE_SMTP_URL"),
        ("not a target", {}, UsageError, "not a webhook URL or an e-mail address"),
        ("https://hooks.example.org/x", {"secret": "s", "list_name": "nope"}, NotFoundError, "no watchlist"),
    ],
)
def test_bad_subscriptions_are_refused(
    registry: Any, target: str, kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        add_subscription(registry, target, **kwargs)
    assert read_subscriptions(registry) == []


def test_subscriptions_are_listed_without_secrets_and_removed(registry: Any) -> None:
    registry.settings = replace(registry.settings, webhook_key="w" * 32)
    first = add_subscription(registry, "https://hooks.example.org/a", secret="own")
    add_subscription(registry, "https://hooks.example.org/b")
    listed = [s.to_json() for s in read_subscriptions(registry)]
    assert [s["signed_by"] for s in listed] == ["own secret", "UNDESIRABLE_WEBHOOK_KEY"]
    assert "own" not in json.dumps(listed).replace("own secret", "")
    remove_subscription(registry, first.id)
    assert [s.target for s in read_subscriptions(registry)] == ["https://hooks.example.org/b"]
    with pytest.raises(NotFoundError):
        remove_subscription(registry, first.id)

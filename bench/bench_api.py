"""Load benchmark of the HTTP API: the server on loopback with two workers, load from this process.

    python bench/bench_api.py                 # GET /api/match and POST /api/scan at concurrency 1, 16, 64
    python bench/bench_api.py --requests 500  # fewer requests per step

The server (``undesirable serve --workers 2`` over a fresh SQLite store with the bundled register)
runs in a child process on 127.0.0.1; this process sends a bounded number of requests over keep-alive
connections with a small asyncio client (a full HTTP client library would spend more of the machine's
two cores than the server) at each concurrency and prints requests/s, p50 and p99 latency and errors. Target: p99 under
50 ms for ``/api/match`` at concurrency 16, with zero errors. Nothing leaves the loopback interface.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx  # only to wait for the server

HOST = "127.0.0.1"
WORKERS = 2
CONCURRENCY = (1, 16, 64)
REQUESTS_PER_STEP = 2000
WARMUP_REQUESTS = 100
STEP_TIME_LIMIT_SECONDS = 60.0
SERVER_START_SECONDS = 60.0
MATCH_P99_TARGET_MS = 50.0
NAMES = (
    "Amnesty International", "Международная амнистия", "Bellingcat", "Meduza", "Open Society Foundations",
    "National Endowment for Democracy", "Radio Free Europe", "Acme Widgets Manufacturing", "Transparency International",
    "Фонд Открытое общество", "Медуза", "Greenpeace", "Free Russia Foundation", "Yale University",
)  # fmt: skip
TEXT = (
    "Сотрудники «Международной амнистии» и журналисты Bellingcat рассказали о расследовании. "
    "Материал также опубликовала «Медуза», а фонд «Открытое общество» не ответил на запрос. "
    "Шёл дождь, и медуза выбросилась на берег. "
) * 4


@dataclass
class Step:
    endpoint: str
    concurrency: int
    latencies: list[float]
    errors: int
    seconds: float

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=REQUESTS_PER_STEP, help="requests per endpoint and concurrency")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="undesirable-bench-") as tmp:
        port = _free_port()
        server = _start_server(Path(tmp), port)
        try:
            base = f"http://{HOST}:{port}"
            _wait_ready(base)
            steps = asyncio.run(_run_all(base, args.requests))
        finally:
            server.terminate()
            server.wait(timeout=30)
    return _report(steps)


def _start_server(folder: Path, port: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "UNDESIRABLE_DATABASE_URL": f"sqlite:///{folder / 'store.sqlite3'}",
        "UNDESIRABLE_AUTOLOAD": "1",
    }
    env.pop("UNDESIRABLE_API_TOKEN", None)
    command = [
        sys.executable, "-c", "from undesirable.cli import main; main()",
        "serve", "--host", HOST, "--port", str(port), "--workers", str(WORKERS), "--quiet",
    ]  # fmt: skip
    return subprocess.Popen(command, env=env)


def _wait_ready(base: str) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("the server did not start")


async def _run_all(base: str, requests: int) -> list[Step]:
    host, port = base.removeprefix("http://").split(":")
    target = (host, int(port))
    await _load(target, "match", WARMUP_REQUESTS, 8)  # both workers build their indexes
    await _load(target, "scan", WARMUP_REQUESTS, 8)
    steps = []
    for endpoint in ("match", "scan"):
        for concurrency in CONCURRENCY:
            steps.append(await _load(target, endpoint, requests, concurrency))
    return steps


def _requests(endpoint: str) -> list[bytes]:
    """The raw HTTP/1.1 requests of one endpoint (keep-alive), cycled through by the workers."""
    if endpoint == "match":
        return [f"GET /api/match?q={quote(name)} HTTP/1.1\r\nHost: {HOST}\r\n\r\n".encode() for name in NAMES]
    body = json.dumps({"text": TEXT}).encode()
    head = f"POST /api/scan HTTP/1.1\r\nHost: {HOST}\r\nContent-Type: application/json\r\n"
    return [(head + f"Content-Length: {len(body)}\r\n\r\n").encode() + body]


async def _load(target: tuple[str, int], endpoint: str, total: int, concurrency: int) -> Step:
    """``total`` requests over ``concurrency`` keep-alive connections (a small asyncio client, so the
    load generator spends little of the machine's two cores)."""
    latencies: list[float] = []
    errors = 0
    payloads = _requests(endpoint)
    counter = iter(range(total))
    deadline = time.monotonic() + STEP_TIME_LIMIT_SECONDS

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(*target)
        try:
            for i in counter:
                if time.monotonic() > deadline:
                    return
                started = time.perf_counter()
                writer.write(payloads[i % len(payloads)])
                status = await _read_response(reader)
                if status == 200:
                    latencies.append(time.perf_counter() - started)
                else:
                    errors += 1
        except (OSError, asyncio.IncompleteReadError, ValueError):
            errors += 1
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Step(endpoint, concurrency, latencies, errors, time.perf_counter() - started)


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one response (status line, headers, a Content-Length body); return its status."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = next((int(v) for k, _, v in (x.partition(":") for x in lines[1:]) if k.lower() == "content-length"), 0)
    await reader.readexactly(length)
    return status


def _report(steps: list[Step]) -> int:
    print(f"{'endpoint':<16}{'conc.':>6}{'requests':>10}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for step in steps:
        path = "GET /api/match" if step.endpoint == "match" else "POST /api/scan"
        print(
            f"{path:<16}{step.concurrency:>6}{len(step.latencies):>10}{step.rps:>10.0f}"
            f"{step.percentile(0.5):>9.1f}{step.percentile(0.99):>9.1f}{step.errors:>8}"
        )
    target = next(s for s in steps if s.endpoint == "match" and s.concurrency == 16)
    errors = sum(s.errors for s in steps)
    met = target.percentile(0.99) < MATCH_P99_TARGET_MS and errors == 0
    verdict = "met" if met else "NOT met"
    print(f"target p99 < {MATCH_P99_TARGET_MS:.0f} ms for /api/match at c=16 with zero errors: {verdict} "
          f"(p99 {target.percentile(0.99):.1f} ms, {errors} errors); "
          f"median latency {statistics.median(target.latencies) * 1000:.1f} ms")  # fmt: skip
    return 0 if met else 1


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


if __name__ == "__main__":
    raise SystemExit(main())

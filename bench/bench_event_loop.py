"""Latency of quick requests while large scans run: does anything wait behind a scan?

    python bench/bench_event_loop.py [--seconds 20] [--clients 4] [--workers auto 0 2]

Starts ``undesirable serve``'s app (one uvicorn worker) over a fresh store with the bundled register,
then lets ``--clients`` threads POST million-character texts to ``/api/scan`` in a loop while one
more client times ``GET /healthz`` and ``GET /api/match?q=...`` back to back. Prints the median and
p99 of each, with no scans running (the peer: the same server idle) and with them, for each value
of ``UNDESIRABLE_SCAN_WORKERS`` (``auto``, the default: one worker process per core for long texts;
``0``: every scan on a thread of the server). Target: p99 under 100 ms with the scans running, by
default. The machine's load average is printed with the numbers.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

TARGET_MS = 100.0
SENTENCE = "Сотрудники «Международной амнистии» и Bellingcat выступили с заявлением, а «Медуза» написала об этом. "
TEXT = (SENTENCE * (1_000_000 // len(SENTENCE) + 1))[:999_000]
QUICK = (("/healthz", {}), ("/api/match", {"q": "Meduza"}))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(folder: Path, workers: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "UNDESIRABLE_DATA_DIR": str(folder),
        "UNDESIRABLE_DATABASE_URL": f"sqlite:///{folder / 'bench.sqlite3'}",
        "UNDESIRABLE_AUTOLOAD": "1",
        "UNDESIRABLE_SCAN_WORKERS": workers,
    }
    app = "undesirable.api.app:create_app_from_environment"
    command = [sys.executable, "-m", "uvicorn", app, "--factory", "--port", str(port), "--log-level", "warning"]
    server = subprocess.Popen(command, env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return server, base
        except httpx.HTTPError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


def time_quick(base: str, seconds: float) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {path: [] for path, _ in QUICK}
    deadline = time.perf_counter() + seconds
    with httpx.Client(base_url=base, timeout=60) as client:
        while time.perf_counter() < deadline:
            for path, params in QUICK:
                started = time.perf_counter()
                client.get(path, params=params).raise_for_status()
                timings[path].append((time.perf_counter() - started) * 1000)
            time.sleep(0.02)
    return timings


def scan_loop(base: str, stop: threading.Event, done: list[float]) -> None:
    with httpx.Client(base_url=base, timeout=600) as client:
        while not stop.is_set():
            started = time.perf_counter()
            client.post("/api/scan", json={"text": TEXT}).raise_for_status()
            done.append(time.perf_counter() - started)


def report(label: str, timings: dict[str, list[float]]) -> None:
    for path, values in timings.items():
        values = sorted(values)
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        verdict = "meets" if p99 < TARGET_MS else "MISSES"
        print(
            f"  {label:14} {path:12} n={len(values):4}  median {statistics.median(values):7.1f} ms  "
            f"p99 {p99:7.1f} ms  ({verdict} the {TARGET_MS:.0f} ms target)"
        )


def run(workers: str, clients: int, seconds: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        server, base = start_server(Path(folder), workers)
        try:
            httpx.post(f"{base}/api/scan", json={"text": SENTENCE}, timeout=600).raise_for_status()  # indexes built
            httpx.get(f"{base}/api/match", params={"q": "Meduza"}, timeout=600).raise_for_status()
            load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
            print(f"UNDESIRABLE_SCAN_WORKERS={workers} (load average {load}):")
            report("idle", time_quick(base, min(seconds, 5)))
            stop, scans = threading.Event(), []
            threads = [threading.Thread(target=scan_loop, args=(base, stop, scans)) for _ in range(clients)]
            for thread in threads:
                thread.start()
            time.sleep(2)  # the scans are in flight
            loaded = time_quick(base, seconds)
            stop.set()
            for thread in threads:
                thread.join()
            report(f"{clients} scanning", loaded)
            if scans:
                median = statistics.median(scans)
                print(f"  scans of {len(TEXT):,} characters: {len(scans)} done, median {median:.1f} s")
        finally:
            server.terminate()
            server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", nargs="+", default=["auto", "0"])
    args = parser.parse_args()
    for workers in args.workers:
        run(workers, args.clients, args.seconds)


if __name__ == "__main__":
    main()

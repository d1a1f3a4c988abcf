"""End-to-end time of one ``undesirable check`` from the shell, and what its imports cost.

    python bench/bench_check.py [--runs 10]

Runs the installed command in a fresh data folder: the first run loads the bundled register and
builds the match index; later runs answer from the cached index. Target: under 300 ms warm.
Then the same checks with the audit log on (``UNDESIRABLE_AUDIT=1``: one record written per
check): target within 1.5x of the checks without it, since a record never invalidates the index.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

QUERIES = ("Amnesty International", "Международной амнистии", "Otkrytaya Rossiya")
TARGET_SECONDS = 0.300
AUDIT_RATIO = 1.5


def timed(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def import_cost(env: dict[str, str]) -> tuple[float, list[tuple[int, str]]]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import undesirable.cli"], env=env, capture_output=True, text=True
    )
    rows = []
    for line in done.stderr.splitlines():
        found = re.match(r"import time:\s+\d+ \|\s+(\d+) \|(\s*)(\S+)", line)
        if found and len(found[2]) <= 2:
            rows.append((int(found[1]), found[3]))
    total = sum(us for us, _ in rows) / 1e6
    return total, sorted(rows, reverse=True)[:8]


def compare_audit(command: list[str], env: dict[str, str], runs: int) -> None:
    """Median warm ``check`` with and without the audit log, and their ratio (target <= 1.5)."""
    audited = {**env, "UNDESIRABLE_AUDIT": "1"}
    timed([*command, QUERIES[0]], audited)  # the first audit record creates nothing the index needs
    plain = statistics.median(timed([*command, q], env) for q in QUERIES for _ in range(runs))
    logged = statistics.median(timed([*command, q], audited) for q in QUERIES for _ in range(runs))
    ratio = logged / plain
    verdict = "meets" if ratio <= AUDIT_RATIO else "MISSES"
    print(
        f"check without audit: median {plain * 1000:.0f} ms; with audit: median {logged * 1000:.0f} ms; "
        f"ratio {ratio:.2f} ({verdict} the {AUDIT_RATIO}x target)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "UNDESIRABLE_DATA_DIR": folder, "UNDESIRABLE_AUTOLOAD": "1"}
        env.pop("UNDESIRABLE_DATABASE_URL", None)
        # as installed: bytecode is written once and reused (a set PYTHONDONTWRITEBYTECODE would make
        # every run compile the project's modules again, which no installed copy does)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        command = [sys.executable, "-m", "undesirable", "check"]
        cold = timed([*command, QUERIES[0]], env)
        print(f"first check (loads the bundled register, builds and caches the index): {cold * 1000:.0f} ms")
        baseline = statistics.median(timed([sys.executable, "-c", "pass"], env) for _ in range(runs))
        print(f"python start-up alone: {baseline * 1000:.0f} ms")
        for query in QUERIES:
            times = [timed([*command, query], env) for _ in range(runs)]
            median, worst = statistics.median(times), max(times)
            verdict = "meets" if median < TARGET_SECONDS else "MISSES"
            timing = f"median {median * 1000:.0f} ms, worst {worst * 1000:.0f} ms"
            print(f"check {query!r}: {timing} ({verdict} the 300 ms target)")
        compare_audit(command, env, runs)
        total, heaviest = import_cost(env)
        print(f"import undesirable.cli: {total * 1000:.0f} ms of imports; heaviest top-level modules:")
        for micros, name in heaviest:
            print(f"  {micros / 1000:6.1f} ms  {name}")


if __name__ == "__main__":
    main()

"""Shared rate budget benchmark: 4 processes x 8 threads against one account's rate limit.

The fake API (``FakeFivetran(clock=RealClock())``, served over HTTP by this process) limits the account to
``limit`` requests per rolling ``window`` seconds and answers 429 beyond. Four worker processes, each with
eight threads (``fan_out(client.connections.get, ..., concurrency=8)``), share that account:

* once with one ``RedisRateStore`` (a redis-server this script starts on a free loopback port) behind
  every process's ``RateLimitGovernor``;
* once with per-process governors (the default in-process store), which only learn of each other through
  ``X-Rate-Limit-Remaining``.

Throughput counts the calls after the first window's burst, ``(total - limit) / elapsed``, as a share of
the allowed ``limit / window``; 429s are the fake's answers with that status, as a share of all answers.

Run alone: ``.venv/bin/python scripts/bench_budget.py [--quick]``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["BudgetSizes", "measure"]

SCRIPT = Path(__file__).resolve()


@dataclass(frozen=True)
class BudgetSizes:
    processes: int = 4
    threads: int = 8
    limit: int = 60
    window: float = 2.0
    windows: int = 6


QUICK = BudgetSizes(processes=2, threads=4, limit=20, window=1.0, windows=3)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server on a free loopback port (no persistence); yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed (apt-get install redis-server)")
    port = _free_port()
    with tempfile.TemporaryDirectory() as directory:
        command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        process = subprocess.Popen([*command, "--dir", directory], stdout=subprocess.DEVNULL)
        try:
            for _ in range(200):
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
                time.sleep(0.025)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.terminate()
            process.wait(timeout=10)


def worker(argv: list[str]) -> int:
    """One process: ``calls`` gets on ``threads`` threads; prints one JSON line with what happened."""
    base_url, redis_url, window, threads, calls = argv[0], argv[1], float(argv[2]), int(argv[3]), int(argv[4])
    from fivetran_ext import Fivetran, RateLimitGovernor, RedisRateStore, fan_out

    store = RedisRateStore(redis_url, namespace="bench-budget") if redis_url != "-" else None
    governor = RateLimitGovernor(window=window, store=store)
    ids = json.loads(os.environ["BENCH_CONNECTION_IDS"])
    key, secret = os.environ["BENCH_API_KEY"], os.environ["BENCH_API_SECRET"]
    with Fivetran(key, secret, base_url=base_url, rate_limit=governor, max_retries=10) as client:
        print("ready", flush=True)
        sys.stdin.readline()  # every worker starts at the "go", so imports are not measured
        started = time.time()
        outcomes = fan_out(client.connections.get, [ids[i % len(ids)] for i in range(calls)], concurrency=threads)
        ended = time.time()
    trips = governor._round_trips
    report = {
        "failures": sum(not o.ok for o in outcomes),
        "fallbacks": governor.fallbacks,
        "slowest": trips.slowest(governor.now()),
    }
    print(json.dumps({**report, "started": started, "ended": ended}))
    return 0


def run(sizes: BudgetSizes, shared: bool) -> dict[str, Any]:
    from fivetran_ext.testing import FakeFivetran, RealClock

    total = sizes.limit * sizes.windows
    per_process = total // sizes.processes
    with contextlib.ExitStack() as stack:
        redis_url = stack.enter_context(redis_server()) if shared else "-"
        if shared:
            from fivetran_ext import RedisRateStore

            RedisRateStore(redis_url, namespace="bench-budget").clear()
        fake = stack.enter_context(FakeFivetran(clock=RealClock()))
        base_url = stack.enter_context(fake.serve())
        group = fake.groups.create("analytics")
        ids = [fake.connections.create(group["id"], "postgres", f"warehouse_{i}")["id"] for i in range(50)]
        fake.faults.rate_limit(sizes.limit, window=sizes.window)
        env = {
            **os.environ,
            "BENCH_CONNECTION_IDS": json.dumps(ids),
            "BENCH_API_KEY": fake.api_key,
            "BENCH_API_SECRET": fake.api_secret,
        }
        arguments = [base_url, redis_url, str(sizes.window), str(sizes.threads), str(per_process)]
        command = [sys.executable, str(SCRIPT), "--worker", *arguments]
        # Start every worker, then let them go at once: imports are not part of the measurement.
        started = time.perf_counter()
        workers = [
            subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) for _ in range(sizes.processes)
        ]
        reports = [json.loads(process.communicate(timeout=600)[0].strip().splitlines()[-1]) for process in workers]
        elapsed = time.perf_counter() - started
        statuses = fake.status_counts
    return {
        "elapsed": elapsed,
        "calls": per_process * sizes.processes,
        "answers": sum(statuses.values()),
        "429": statuses.get(429, 0),
        "failures": sum(report["failures"] for report in reports),
        "fallbacks": sum(report["fallbacks"] for report in reports),
        "slowest": max(report["slowest"] for report in reports),
    }


def measure(quick: bool, section: Callable[..., Any], row: Callable[..., Any]) -> Any:
    """The ``budget`` section of ``make bench``."""
    sizes = QUICK if quick else BudgetSizes()
    allowed = sizes.limit / sizes.window
    who = f"{sizes.processes} processes x {sizes.threads} threads"
    result = section(f"One rate budget across processes ({who})")
    runs = {shared: run(sizes, shared) for shared in (True, False)}
    table = []
    for shared, outcome in runs.items():
        name = "one RedisRateStore" if shared else "per-process governors"
        share = (outcome["calls"] - sizes.limit) / outcome["elapsed"] / allowed
        rate_429 = outcome["429"] / max(outcome["answers"], 1)
        result.rows.append(
            row(
                f"throughput under {sizes.limit} req / {sizes.window:g} s, {who}, {name}",
                f"{(outcome['calls'] - sizes.limit) / outcome['elapsed']:.1f} req/s",
                f"allowed {allowed:g} req/s",
                f"{share:.1%}",
                ">= 90%" if shared else "",
                share >= 0.9 if shared else None,
            )
        )
        result.rows.append(
            row(
                f"429 answers, {who}, {name}",
                f"{outcome['429']} of {outcome['answers']} answers",
                "",
                f"{rate_429:.1%}",
                "< 1%" if shared else "",
                rate_429 < 0.01 if shared else None,
            )
        )
        table.append(
            [
                name,
                f"{outcome['elapsed']:.2f} s",
                str(outcome["calls"]),
                f"{share:.1%}",
                str(outcome["429"]),
                str(outcome["answers"]),
                str(outcome["failures"]),
                str(outcome["fallbacks"]),
                f"{outcome['slowest'] * 1000:.0f} ms",
            ]
        )
    result.details.append(
        "`FakeFivetran(clock=RealClock())` served over HTTP with "
        f"`fake.faults.rate_limit({sizes.limit}, window={sizes.window:g})` (real seconds). {sizes.processes} worker "
        f"processes, each `fan_out(client.connections.get, ..., concurrency={sizes.threads})` over "
        f"{sizes.limit * sizes.windows // sizes.processes} calls through `Fivetran(..., max_retries=10, "
        f"rate_limit=RateLimitGovernor(window={sizes.window:g}, store=...))`: one `RedisRateStore` on a "
        "redis-server started for the run, or none (per-process governors). Workers start, build their client, "
        "and wait for one \"go\"; elapsed runs from the first worker's first call to the last one's end. "
        "Throughput counts the calls after the first window's burst as a share of the allowed rate; 429s as a "
        "share of all answers. Load average of the machine at the start of the run: "
        f"{os.getloadavg()[0]:.1f} (other work shares the 2 cores: it weighs on throughput)."
    )
    result.details += [
        "",
        "| store | elapsed | calls | share of allowed rate | 429s | answers | failed calls | store fallbacks "
        "| slowest round trip (last window) |",
        "|---|---|---|---|---|---|---|---|---|",
        *("| " + " | ".join(cells) + " |" for cells in table),
    ]
    return result


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        return worker(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()

    @dataclass
    class Section:
        title: str
        rows: list[Any]
        details: list[str]

    @dataclass
    class Row:
        benchmark: str
        ours: str
        baseline: str
        ratio: str
        target: str = ""
        passed: bool | None = None

    result = measure(args.quick, lambda title: Section(title, [], []), Row)
    print(result.title)
    for line in result.rows:
        print(f"  {line.benchmark}: {line.ours} vs {line.baseline} -> {line.ratio} [{line.passed}]")
    print("\n".join(result.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())

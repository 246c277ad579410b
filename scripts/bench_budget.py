"""Shared rate budget benchmark: 4 processes x 8 threads against one account's rate limit.

The fake API (``FakeFivetran(clock=RealClock())``, served over HTTP by this process) limits the account to
``limit`` requests per rolling ``window`` seconds and answers 429 beyond. Four worker processes, each with
eight threads (``fan_out(client.connections.get, ..., concurrency=8)``), share that account:

* once with one ``RedisRateStore`` (a redis-server this script starts on a free loopback port) behind
  every process's ``RateLimitGovernor``;
* once with per-process governors (the default in-process store), which only learn of each other through
  ``X-Rate-Limit-Remaining``.

Every worker runs for the same ``windows`` windows from one start moment. Throughput counts the calls
completed after the first window, per second, as a share of the allowed ``limit / window``; 429s are the
fake's answers with that status, as a share of all answers.

Run alone: ``.venv/bin/python scripts/bench_budget.py [--quick]``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
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
    """One process: ``threads`` threads calling ``connections.get`` from the start time until the stop time.

    Prints one JSON line: when each call completed (wall clock, comparable across processes on one host),
    and what its governor saw.
    """
    base_url, redis_url, window, threads = argv[0], argv[1], float(argv[2]), int(argv[3])
    from fivetran_ext import Fivetran, RateLimitGovernor, RedisRateStore

    store = RedisRateStore(redis_url, namespace="bench-budget") if redis_url != "-" else None
    governor = RateLimitGovernor(window=window, store=store)
    ids = json.loads(os.environ["BENCH_CONNECTION_IDS"])
    key, secret = os.environ["BENCH_API_KEY"], os.environ["BENCH_API_SECRET"]
    completed: list[float] = []
    failures: list[str] = []
    with Fivetran(key, secret, base_url=base_url, rate_limit=governor, max_retries=10) as client:
        print("ready", flush=True)
        start, stop = (float(value) for value in sys.stdin.readline().split())
        time.sleep(max(0.0, start - time.time()))  # every worker starts at the same moment

        def loop(offset: int) -> None:
            index = offset
            while time.time() < stop:
                try:
                    client.connections.get(ids[index % len(ids)])
                    completed.append(time.time())
                except Exception as error:  # counted, reported: a benchmark keeps going
                    failures.append(type(error).__name__)
                index += threads

        pool = [threading.Thread(target=loop, args=(offset,)) for offset in range(threads)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
    trips = governor._round_trips
    report = {
        "completed": completed,
        "failures": len(failures),
        "fallbacks": governor.fallbacks,
        "slowest": trips.slowest(governor.now()),
    }
    print(json.dumps(report))
    return 0


def run(sizes: BudgetSizes, shared: bool) -> dict[str, Any]:
    """One run: every worker calls for ``windows`` windows; the first window's burst is left out."""
    from fivetran_ext.testing import FakeFivetran, RealClock

    with contextlib.ExitStack() as stack:
        redis_url = stack.enter_context(redis_server()) if shared else "-"
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
        command = [sys.executable, str(SCRIPT), "--worker", base_url, redis_url, str(sizes.window), str(sizes.threads)]
        workers = [
            subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            for _ in range(sizes.processes)
        ]
        for process in workers:
            assert process.stdout is not None
            if process.stdout.readline().strip() != "ready":
                raise RuntimeError("a benchmark worker did not start")
        # Start-up (imports, clients) is over for all: every worker starts at one moment, stops at another.
        start = time.time() + 0.5
        stop = start + sizes.window * sizes.windows
        for process in workers:
            assert process.stdin is not None
            process.stdin.write(f"{start} {stop}\n")
            process.stdin.flush()
        reports = [json.loads(process.communicate(timeout=600)[0].strip().splitlines()[-1]) for process in workers]
        statuses = fake.status_counts
    completed = sorted(moment for report in reports for moment in report["completed"])
    # The first window may take `limit` at once (a fresh rolling window); after it, no client can do better
    # than `limit` per window: the steady part is what is measured.
    steady_from = start + sizes.window
    steady = [moment for moment in completed if steady_from < moment <= stop]
    return {
        "steady_rate": len(steady) / (stop - steady_from),
        "calls": len(completed),
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
    load = os.getloadavg()[0]
    runs = {shared: run(sizes, shared) for shared in (True, False)}
    table = []
    for shared, outcome in runs.items():
        name = "one RedisRateStore" if shared else "per-process governors"
        share = outcome["steady_rate"] / allowed
        rate_429 = outcome["429"] / max(outcome["answers"], 1)
        result.rows.append(
            row(
                f"throughput under {sizes.limit} req / {sizes.window:g} s, {who}, {name}",
                f"{outcome['steady_rate']:.1f} req/s",
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
                f"{outcome['steady_rate']:.1f} req/s",
                f"{share:.1%}",
                str(outcome["calls"]),
                str(outcome["429"]),
                str(outcome["answers"]),
                str(outcome["failures"]),
                str(outcome["fallbacks"]),
                f"{outcome['slowest'] * 1000:.0f} ms",
            ]
        )
    result.details.append(
        "`FakeFivetran(clock=RealClock())` served over HTTP by the benchmark process with "
        f"`fake.faults.rate_limit({sizes.limit}, window={sizes.window:g})` (real seconds). {sizes.processes} worker "
        f"processes with {sizes.threads} threads each call `client.connections.get` in a loop through "
        f"`Fivetran(..., max_retries=10, rate_limit=RateLimitGovernor(window={sizes.window:g}, store=...))`: one "
        "`RedisRateStore` on a redis-server started for the run, or none (per-process governors, which only "
        "learn of each other through `X-Rate-Limit-Remaining` and 429s). All workers start at one moment (after "
        f"their start-up) and stop {sizes.windows} windows later. Throughput: calls completed after the first "
        "window (whose fresh rolling window admits `limit` at once) per second, as a share of the allowed rate; "
        "429s as a share of all answers, whole run. Load average of the machine at the start: "
        f"{load:.1f} (other work shares the 2 cores)."
    )
    result.details += [
        "",
        "| store | steady throughput | share of allowed | calls | 429s | answers | failed calls | store fallbacks "
        "| slowest round trip (last window) |",
        "|---|---|---|---|---|---|---|---|---|",
        *("| " + " | ".join(cells) + " |" for cells in table),
    ]
    return result


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        return worker(sys.argv[2:])
    # Standalone run: bench.py's own Row/Section types and printing, imported late (bench.py imports us).
    import bench

    return bench.run_alone(lambda quick: measure(quick, bench.Section, bench.Row))


if __name__ == "__main__":
    sys.exit(main())

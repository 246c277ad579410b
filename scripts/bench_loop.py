"""Event-loop stall benchmark: what a slow Redis costs the other tasks of an `AsyncFivetran`'s event loop.

One event loop, one `RateLimitGovernor` on a `RedisRateStore` (a redis-server this script starts on a free
loopback port). A ticker task sleeps 1 ms at a time and records how late each wake-up comes: the loop's
stall. Meanwhile requests are admitted one after another, each while Redis holds every client for
``pause_ms`` (``CLIENT PAUSE`` from a second connection: a far or failing-over Redis, made for real):

* through the blocking path (``governor.acquire()`` called on the loop: what `AsyncFivetran` did before);
* through the async path (``await governor.acquire_async()``: ``redis.asyncio``, what it does now).

Also measured, on a Redis that answers at once: the cost of one admission through each path.

Run alone: ``.venv/bin/python scripts/bench_loop.py [--quick]``.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import bench_budget  # the scripts folder is not a package: its redis-server helper

__all__ = ["LoopSizes", "measure"]


@dataclass(frozen=True)
class LoopSizes:
    rounds: int = 20
    pause_ms: int = 50
    admissions: int = 2000


QUICK = LoopSizes(rounds=3, pause_ms=50, admissions=200)


async def _stalls_while(work: Callable[[], Awaitable[None]]) -> list[float]:
    """Run ``work`` while a ticker sleeps 1 ms at a time; return how late each of its wake-ups was."""
    lateness: list[float] = []
    running = True

    async def ticker() -> None:
        while running:
            asked = time.perf_counter()
            await asyncio.sleep(0.001)
            lateness.append(time.perf_counter() - asked - 0.001)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.005)
    try:
        await work()
    finally:
        running = False
        await task
    return lateness


async def _paused_admissions(url: str, sizes: LoopSizes, blocking: bool) -> tuple[list[float], int]:
    import redis

    from fivetran_ext import RateLimitGovernor, RedisRateStore

    store = RedisRateStore(url, namespace=f"bench-loop-{'blocking' if blocking else 'async'}", timeout=5)
    governor = RateLimitGovernor(store=store, limit=10**6, max_wait=0)
    admin = redis.Redis.from_url(url, socket_timeout=10)
    # Connected and scripts loaded on both paths before measuring.
    governor.acquire()
    await governor.acquire_async()

    async def admit() -> None:
        for _ in range(sizes.rounds):
            admin.execute_command("CLIENT", "PAUSE", str(sizes.pause_ms), "ALL")  # type: ignore[no-untyped-call]
            if blocking:
                governor.acquire()
            else:
                await governor.acquire_async()
            await asyncio.sleep(0.01)  # the loop runs between admissions: a stall is one admission's

    lateness = await _stalls_while(admit)
    admin.ping()  # returns once the last pause is over
    admin.close()
    await store.aclose()
    return lateness, governor.fallbacks


async def _admission_cost(url: str, sizes: LoopSizes) -> dict[str, float]:
    from fivetran_ext import RateLimitGovernor, RedisRateStore

    store = RedisRateStore(url, namespace="bench-loop-cost")
    governor = RateLimitGovernor(store=store, limit=10**9, max_wait=0)
    governor.acquire()
    await governor.acquire_async()
    costs: dict[str, float] = {}
    for _ in range(2):  # interleaved rounds, best of two: the machine is shared
        started = time.perf_counter()
        for _ in range(sizes.admissions):
            governor.acquire()
        blocking = (time.perf_counter() - started) / sizes.admissions
        started = time.perf_counter()
        for _ in range(sizes.admissions):
            await governor.acquire_async()
        awaited = (time.perf_counter() - started) / sizes.admissions
        costs["blocking"] = min(costs.get("blocking", blocking), blocking)
        costs["async"] = min(costs.get("async", awaited), awaited)
    store.clear()
    await store.aclose()
    return costs


def measure(quick: bool, section: Callable[..., Any], row: Callable[..., Any]) -> Any:
    """The ``loop`` section of ``make bench``."""
    sizes = QUICK if quick else LoopSizes()
    result = section("Event loop and a slow Redis")
    load = os.getloadavg()[0]
    with bench_budget.redis_server() as url:
        blocking, blocking_fallbacks = asyncio.run(_paused_admissions(url, sizes, blocking=True))
        awaited, async_fallbacks = asyncio.run(_paused_admissions(url, sizes, blocking=False))
        costs = asyncio.run(_admission_cost(url, sizes))
    worst_blocking, worst_async = max(blocking), max(awaited)
    result.rows.append(
        row(
            f"longest event-loop stall, Redis held {sizes.pause_ms}+ ms per admission",
            f"{worst_async * 1000:.1f} ms",
            f"{worst_blocking * 1000:.1f} ms (blocking store call)",
            f"{worst_async / worst_blocking:.3f}x",
            f"< {sizes.pause_ms / 5:g} ms",
            worst_async * 1000 < sizes.pause_ms / 5,
        )
    )
    result.rows.append(
        row(
            "one admission through Redis, answered at once",
            f"{costs['async'] * 1e6:.0f} µs (redis.asyncio)",
            f"{costs['blocking'] * 1e6:.0f} µs (redis-py, blocking)",
            f"{costs['async'] / costs['blocking']:.2f}x",
        )
    )
    result.details.append(
        f"One asyncio loop; a ticker task sleeps 1 ms at a time and records how late each wake-up is. Meanwhile "
        f"{sizes.rounds} requests are admitted 10 ms apart by a `RateLimitGovernor` on a `RedisRateStore` "
        f"(a redis-server started for the run), each while Redis answers nobody for at least {sizes.pause_ms} ms "
        f"(`CLIENT PAUSE {sizes.pause_ms} ALL` from a second connection; the blocking stalls show how long Redis "
        "really held each admission). Blocking: `governor.acquire()` called on the loop (the "
        "redis-py client, what `AsyncFivetran` did before); async: `await governor.acquire_async()` "
        f"(`redis.asyncio`, what it does now). Ticks recorded: {len(blocking)} blocking, {len(awaited)} async; "
        f"store fallbacks: {blocking_fallbacks} blocking, {async_fallbacks} async. The per-admission cost is the "
        f"mean over {sizes.admissions} admissions in a row on a Redis that answers at once (best of two "
        f"interleaved rounds). Load average of the machine at the start: {load:.1f} (other work shares the "
        "2 cores)."
    )
    return result


def main() -> int:
    # Standalone run: bench.py's own Row/Section types and printing, imported late (bench.py imports us).
    import bench

    return bench.run_alone(lambda quick: measure(quick, bench.Section, bench.Row))


if __name__ == "__main__":
    sys.exit(main())

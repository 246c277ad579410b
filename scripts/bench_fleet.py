"""Fleet benchmark: ``sync_many`` vs one ``sync_and_wait`` per connection, all in parallel.

500 connections in 5 groups of the in-process `FakeFivetran`, each sync taking 30-120 s (seeded random),
on the fake's clock: simulated seconds pass only when a waiter sleeps, so a run that would take minutes
of real time takes seconds of CPU, and both sides see exactly the same syncs.

* ``sync_many``: ``client.connections.sync_many(ids, poll_interval=P)``, driven by the library itself
  (sleeping advances the fake's clock).
* ``sync_and_wait`` x N in parallel: N copies of the very plan ``client.connections.sync_and_wait`` runs,
  interleaved by a small discrete-event loop on the same clock: each waiter's sleep schedules its next
  step, and every step runs at its own simulated time. That is N concurrent waiters without N threads
  racing a shared fake clock.

Requests are what the fake answered (``fake.status_counts``), per completed sync; wall time is simulated
seconds from the first request to the last outcome.

Run alone: ``.venv/bin/python scripts/bench_fleet.py [--quick]`` (or ``scripts/bench.py --only fleet``).
"""

from __future__ import annotations

import heapq
import itertools
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fivetran_ext import SyncOutcome
from fivetran_ext._plans import Sleep
from fivetran_ext._resources.connections import _SYNC_CALLS
from fivetran_ext._sync_wait import SyncPolicy, plan_sync_and_wait
from fivetran_ext.testing import FakeFivetran

__all__ = ["FleetSizes", "measure"]


@dataclass(frozen=True)
class FleetSizes:
    groups: int = 5
    per_group: int = 100
    shortest: float = 30.0
    longest: float = 120.0
    poll_intervals: tuple[float, ...] = (10.0, 5.0, 3.0)
    seed: int = 13


_START = object()

QUICK = FleetSizes(groups=2, per_group=10, poll_intervals=(10.0,))


def _fleet(sizes: FleetSizes) -> tuple[FakeFivetran, list[str]]:
    fake = FakeFivetran(webhook_delivery="manual")
    rng = random.Random(sizes.seed)  # noqa: S311 - reproducible durations, not security
    ids = []
    for g in range(sizes.groups):
        group_id = fake.groups.create(f"fleet_{g}", id=f"fleet_{g}")["id"]
        for c in range(sizes.per_group):
            connection_id = f"conn_{g}_{c:03d}"
            fake.connections.create(group_id, "postgres", f"pg_{g}_{c}", id=connection_id)
            fake.connections.set_sync_behavior(connection_id, duration=rng.uniform(sizes.shortest, sizes.longest))
            ids.append(connection_id)
    return fake, ids


def _answers(fake: FakeFivetran) -> int:
    return sum(fake.status_counts.values())


def run_sync_many(sizes: FleetSizes, poll: float) -> dict[str, Any]:
    fake, ids = _fleet(sizes)
    with fake, fake.client() as client:
        start = fake.clock.now().timestamp()
        cpu = time.perf_counter()
        outcomes = list(
            client.connections.sync_many(
                ids, poll_interval=poll, sleep=fake.clock.advance, clock=lambda: fake.clock.now().timestamp()
            )
        )
        return _result(fake, outcomes, start, time.perf_counter() - cpu)


def run_parallel_sync_and_wait(sizes: FleetSizes, poll: float) -> dict[str, Any]:
    fake, ids = _fleet(sizes)
    policy = SyncPolicy(poll_interval=poll)
    with fake, fake.client() as client:

        def clock() -> float:
            return fake.clock.now().timestamp()

        start = clock()
        cpu = time.perf_counter()
        connections = client.connections
        order = itertools.count()
        # (when, tie-breaker, plan, reply to send): every waiter's next step, earliest first.
        queue: list[tuple[float, int, Any, Any]] = []
        for connection_id in ids:
            plan = plan_sync_and_wait(_SYNC_CALLS, connection_id, policy, clock)
            heapq.heappush(queue, (start, next(order), plan, _START))
        outcomes: list[SyncOutcome] = []
        while queue:
            when, _, plan, reply = heapq.heappop(queue)
            if when > clock():
                fake.clock.advance(when - clock())
            try:
                step = next(plan) if reply is _START else plan.send(None)  # a sleep's reply is None
                while not isinstance(step, Sleep):
                    step = plan.send(connections._run(step))
            except StopIteration as stop:
                outcomes.append(stop.value)
                continue
            heapq.heappush(queue, (clock() + step.seconds, next(order), plan, None))
        return _result(fake, outcomes, start, time.perf_counter() - cpu)


def _result(fake: FakeFivetran, outcomes: list[SyncOutcome], start: float, cpu: float) -> dict[str, Any]:
    completed = [o for o in outcomes if o.kind in ("succeeded", "failed")]
    return {
        "requests": _answers(fake),
        # Every request but the triggers is a status read (the fake's request log is bounded: count this way).
        "reads": _answers(fake) - sum(o.triggers for o in outcomes),
        "completed": len(completed),
        "kinds": {o.connection_id: o.kind.value for o in outcomes},
        "simulated": max((o.elapsed for o in outcomes), default=0.0),
        "wall_clock_end": fake.clock.now().timestamp() - start,
        "cpu": cpu,
        "429": fake.status_counts.get(429, 0),
    }


def measure(sizes_quick: bool, section: Callable[..., Any], row: Callable[..., Any]) -> Any:
    """The ``fleet`` section of ``make bench``: rows and details for bench.py's report."""
    sizes = QUICK if sizes_quick else FleetSizes()
    count = sizes.groups * sizes.per_group
    result = section(f"Fleet: {count} connections, sync_many vs {count} parallel sync_and_wait")
    table = []
    for poll in sizes.poll_intervals:
        many = run_sync_many(sizes, poll)
        each = run_parallel_sync_and_wait(sizes, poll)
        same = many["kinds"] == each["kinds"]
        per_many = many["requests"] / max(many["completed"], 1)
        per_each = each["requests"] / max(each["completed"], 1)
        fewer = per_each / per_many
        result.rows.append(
            row(
                f"requests per completed sync, {count} syncs of 30-120 s, poll {poll:g} s",
                f"{per_many:.2f} (sync_many)",
                f"{per_each:.2f} (sync_and_wait x {count})",
                f"{fewer:.1f}x fewer" + ("" if same else ", OUTCOMES DIFFER"),
                ">= 20x fewer, same outcomes",
                fewer >= 20 and same,
            )
        )
        table.append(
            [
                f"{poll:g} s",
                f"{many['requests']:,}",
                f"{each['requests']:,}",
                f"{per_many:.2f}",
                f"{per_each:.2f}",
                f"{fewer:.1f}x",
                f"{many['reads']:,} / {each['reads']:,}",
                f"{many['simulated']:.0f} s",
                f"{each['simulated']:.0f} s",
                "yes" if same else "NO",
                f"{many['cpu']:.1f} s / {each['cpu']:.1f} s",
            ]
        )
    result.details.append(
        f"`FakeFivetran` in-process, {sizes.groups} groups x {sizes.per_group} connections, each sync "
        f"{sizes.shortest:g}-{sizes.longest:g} s (uniform, seed {sizes.seed}). **Fake clock**: simulated "
        "seconds pass only when a waiter sleeps. `sync_many(ids, poll_interval=P)` against "
        f"{count} `sync_and_wait` waiters (the same plan the method runs) interleaved on the same clock by a "
        "discrete-event loop, i.e. all in parallel. Requests = answers the fake gave. Both read the watermark "
        f"and send one trigger per connection, so the {count} triggers bound what listing can save: "
        "`sync_and_wait` spends 2 + (sync time / poll interval) requests per sync, `sync_many` about 1. "
        "The 20x target is therefore met only at short poll intervals; the status reads alone (GETs: watermarks "
        "and polls, without the triggers) show what one list page per tick saves."
    )
    result.details += [
        "",
        "| poll interval | requests, sync_many | requests, sync_and_wait x N | per sync, sync_many "
        "| per sync, sync_and_wait | fewer | status reads (many / each) | simulated wall, sync_many "
        "| simulated wall, sync_and_wait | same outcomes | CPU time (many / each) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *("| " + " | ".join(cells) + " |" for cells in table),
    ]
    return result


def main() -> int:
    # Standalone run: bench.py's own Row/Section types and printing, imported late (bench.py imports us).
    import bench

    return bench.run_alone(lambda quick: measure(quick, bench.Section, bench.Row))


if __name__ == "__main__":
    sys.exit(main())

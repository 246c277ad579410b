"""One poll for many waiters: ``sync_many`` and ``wait_many`` as sans-I/O streaming plans.

Connection list items (``GET /v1/connections``, ``GET /v1/groups/{id}/connections``, up to 1000 per page)
carry the same ``status``, ``succeeded_at``, ``failed_at``, ``paused`` and ``schedule_type`` as the detail
call (API_FACTS), so one page answers every waiter on the connections it holds. Orchestrators that poll
one connection per request per tick are what burns an account's budget.

`ReadPlanner` decides, from what earlier reads taught it, the cheapest way to read a set of connections:
one detail ``GET`` each, the pages of their groups, or the account's pages; a list walk stops as soon as
every wanted connection has been seen. Every status read is judged by the same `advance` as ``check``
(through `settle`), for every waiter it concerns, due or not. Outcomes are emitted as they are decided.
Triggers, schedule switches and detail reads go out as `Batch` steps, with bounded concurrency.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from ._call import Call
from ._models import Connection
from ._pagination import MAX_PAGE_LIMIT, Page
from ._plans import Batch, Emit, Sleep
from ._run_claims import RunClaimStore, claim_effect, release_effect
from ._sync_run import SyncRun, SyncState, not_syncable, utc
from ._sync_status import SyncStatus
from ._sync_wait import SyncCalls, SyncOutcome, SyncPolicy, new_run, settle

__all__ = ["FleetCalls", "ReadPlanner", "plan_sync_many", "plan_wait_many"]

PAGE_SIZE = MAX_PAGE_LIMIT
"""The API's largest page: one list request answers up to this many waiters."""


@dataclass(frozen=True, slots=True)
class FleetCalls(SyncCalls):
    """`SyncCalls` plus one page of a connection list: ``page(group_id or None, cursor)``."""

    page: Callable[[str | None, str | None], Call[Page[Connection]]]


Strategy = (
    tuple[Literal["details"], tuple[str, ...]]
    | tuple[Literal["groups"], tuple[str, ...]]
    | tuple[Literal["account"], tuple[()]]
)


class ReadPlanner:
    """Chooses how to read a set of connections, learning group membership and list sizes as it reads.

    Costs are in requests: ``details`` costs one per connection; ``groups`` the known page count of each
    group involved (1 while unknown); ``account`` the known page count of the account list (1 while
    unknown, a lower bound until a walk reached the end). Ties go to details, then groups: the smaller
    answers. A wrong optimistic guess costs one walk, after which the planner knows better.
    """

    def __init__(self) -> None:
        self.group_of: dict[str, str] = {}
        self.group_pages: dict[str, int] = {}
        self.account_pages = 1
        self.requests = 0

    def choose(self, wanted: set[str]) -> Strategy:
        """The cheapest way to read ``wanted`` (connection ids)."""
        options: list[tuple[int, int, Strategy]] = [(len(wanted), 0, ("details", tuple(sorted(wanted))))]
        if wanted and all(connection_id in self.group_of for connection_id in wanted):
            groups = tuple(sorted({self.group_of[connection_id] for connection_id in wanted}))
            options.append((sum(self.group_pages.get(group, 1) for group in groups), 1, ("groups", groups)))
        options.append((self.account_pages, 2, ("account", ())))
        return min(options, key=lambda option: option[:2])[2]

    def learn(self, item: Connection) -> None:
        group_id = getattr(item, "group_id", None)
        if isinstance(group_id, str) and isinstance(item.id, str):
            self.group_of[item.id] = group_id


def _statuses(page: object) -> Page[Connection]:
    if not isinstance(page, Page):  # the drivers send back what the call returned
        raise TypeError(f"expected a Page, got {type(page).__name__}")
    return page


def read_statuses(
    calls: FleetCalls, planner: ReadPlanner, wanted: set[str], concurrency: int
) -> Generator[Any, Any, dict[str, SyncStatus]]:
    """Read the statuses of ``wanted`` (and of every other connection the pages read happen to hold)."""
    found: dict[str, SyncStatus] = {}
    if not wanted:
        return found
    kind, targets = planner.choose(wanted)
    if kind == "account":
        pages, complete = yield from _walk(calls, planner, None, wanted, found)
        planner.account_pages = max(planner.account_pages, pages) if not complete else pages
    elif kind == "groups":
        for group_id in targets:
            members = {connection_id for connection_id in wanted if planner.group_of.get(connection_id) == group_id}
            pages, complete = yield from _walk(calls, planner, group_id, members, found)
            known = planner.group_pages.get(group_id, 1)
            planner.group_pages[group_id] = pages if complete else max(known, pages)
    missing = sorted(wanted - found.keys())
    if missing:
        # Not in the lists read (another group, or just created): one detail read each.
        replies = yield Batch(tuple(calls.read(connection_id) for connection_id in missing), concurrency)
        planner.requests += len(missing)
        for connection_id, reply in zip(missing, replies, strict=True):
            status: SyncStatus = reply.unwrap()
            found[connection_id] = status
            if status.connection is not None:
                planner.learn(status.connection)
    return found


def _walk(
    calls: FleetCalls, planner: ReadPlanner, group_id: str | None, wanted: set[str], found: dict[str, SyncStatus]
) -> Generator[Any, Any, tuple[int, bool]]:
    """Walk a list's pages until every wanted id was seen; returns (pages read, whether it reached the end)."""
    cursor: str | None = None
    pages = 0
    while True:
        page = _statuses((yield calls.page(group_id, cursor)))
        pages += 1
        planner.requests += 1
        for item in page.items:
            planner.learn(item)
            if isinstance(item.id, str):
                found[item.id] = SyncStatus.from_connection(item)
        cursor = page.next_cursor
        if cursor is None:
            return pages, True
        if wanted <= found.keys():
            return pages, False


@dataclass
class _Waiter:
    run: SyncRun
    next_at: datetime
    polls: int = 0


def plan_wait_many(
    calls: FleetCalls,
    runs: Iterable[SyncRun],
    clock: Callable[[], float],
    concurrency: int,
    planner: ReadPlanner | None = None,
) -> Generator[Any, Any, None]:
    """Wait for every run, emitting each `SyncOutcome` as soon as it is decided."""
    started = clock()
    now = utc(started)
    waiters: dict[str, list[_Waiter]] = {}
    for run in runs:
        # The first read is due at once: a handle may come from a store, long after its trigger.
        waiters.setdefault(run.connection_id, []).append(_Waiter(run, now))
    yield from _wait(calls, planner or ReadPlanner(), waiters, clock, started, concurrency)


def _wait(
    calls: FleetCalls,
    planner: ReadPlanner,
    waiters: dict[str, list[_Waiter]],
    clock: Callable[[], float],
    started: float,
    concurrency: int,
) -> Generator[Any, Any, None]:
    try:
        while waiters:
            now = clock()
            soonest = min(waiter.next_at for group in waiters.values() for waiter in group)
            if soonest.timestamp() > now:
                yield Sleep(soonest.timestamp() - now)
                continue
            due = {cid for cid, group in waiters.items() if any(w.next_at.timestamp() <= now for w in group)}
            statuses = yield from read_statuses(calls, planner, due, concurrency)
            for connection_id, status in statuses.items():
                for waiter in list(waiters.get(connection_id, ())):
                    check = yield from settle(calls, waiter.run, status, clock)
                    waiter.run, waiter.polls = check.run, waiter.polls + 1
                    handed_off = check.state is SyncState.RESCHEDULED and check.run.on_reschedule == "handoff"
                    if check.done or handed_off:
                        waiters[connection_id].remove(waiter)
                        yield Emit(SyncOutcome.from_check(check, elapsed=clock() - started, polls=waiter.polls))
                    else:
                        assert check.next_check_at is not None  # a check that is not done always says when
                        waiter.next_at = check.next_check_at
                if not waiters.get(connection_id, True):
                    del waiters[connection_id]
    except GeneratorExit:
        raise
    except BaseException:
        # An error, Ctrl-C, or a consumer that stopped iterating: give back the schedules this plan took.
        # (An `Abandoned` re-raised here is what the streaming driver expects back.)
        yield from _restore_all([w.run for group in waiters.values() for w in group], calls, concurrency)
        raise


def _restore_all(runs: list[SyncRun], calls: SyncCalls, concurrency: int) -> Generator[Any, Any, None]:
    owed = [run for run in runs if run.restore_schedule is not None]
    if owed:
        yield Batch(
            tuple(calls.set_schedule(run.connection_id, run.restore_schedule or "auto") for run in owed), concurrency
        )


def plan_sync_many(
    calls: FleetCalls,
    connection_ids: Iterable[str],
    policy: SyncPolicy,
    clock: Callable[[], float],
    concurrency: int,
    claims: RunClaimStore | None = None,
) -> Generator[Any, Any, None]:
    """Read every watermark by listing, trigger with bounded concurrency, then `plan_wait_many`'s loop.

    With ``claims``, each connection is claimed first (as ``start_sync`` does): a connection another
    worker's run still covers is waited for under that run, without a trigger.
    """
    started = clock()
    ids = list(dict.fromkeys(connection_ids))
    planner = ReadPlanner()
    statuses = yield from read_statuses(calls, planner, set(ids), concurrency)
    runs: dict[str, SyncRun] = {}
    joined: dict[str, SyncRun] = {}
    for connection_id in ids:
        status = statuses[connection_id]
        now = utc(clock())
        run = new_run(connection_id, status, policy, now)
        if not status.can_sync:
            yield Emit(SyncOutcome.from_check(not_syncable(run, status), elapsed=clock() - started, polls=0))
            continue
        if claims is not None:
            candidate = replace(run, triggers=1)
            held: SyncRun = yield claim_effect(claims, candidate, status, now)
            if held != candidate:
                joined[connection_id] = held  # another worker's run covers it: no trigger, no schedule switch
                continue
        runs[connection_id] = run
    try:
        if policy.manage_schedule:
            switch = [cid for cid in runs if statuses[cid].schedule_type != "manual"]
            replies = yield Batch(tuple(calls.set_schedule(cid, "manual") for cid in switch), concurrency)
            for cid, reply in zip(switch, replies, strict=True):
                if reply.ok:
                    runs[cid] = replace(runs[cid], restore_schedule=statuses[cid].schedule_type or "auto")
            yield from _raise_first(replies, list(runs.values()), calls, concurrency)
        ordered = list(runs)
        replies = yield Batch(tuple(calls.trigger(cid, policy.force) for cid in ordered), concurrency)
        yield from _raise_first(replies, list(runs.values()), calls, concurrency)
    except GeneratorExit:
        raise
    except BaseException:
        if claims is not None:
            for run in runs.values():  # the triggers did not all go out: give the claims back
                yield release_effect(claims, replace(run, restore_schedule=None, triggers=1))
        raise
    now = utc(clock())
    waiters = {cid: [_Waiter(replace(runs[cid], triggers=1), runs[cid].next_check(now))] for cid in ordered}
    for cid, run in joined.items():
        waiters[cid] = [_Waiter(run, now)]
    yield from _wait(calls, planner, waiters, clock, started, concurrency)


def _raise_first(
    replies: list[Any], runs: list[SyncRun], calls: SyncCalls, concurrency: int
) -> Generator[Any, Any, None]:
    errors = [reply.error for reply in replies if not reply.ok]
    if errors:
        yield from _restore_all(runs, calls, concurrency)
        raise errors[0]


def check_concurrency(concurrency: int) -> int:
    """At most this many requests of one batch in flight: `fan_out`'s own rule (1..256)."""
    from ._fanout import _check_concurrency  # imported on use: _fanout imports anyio

    return _check_concurrency(concurrency)

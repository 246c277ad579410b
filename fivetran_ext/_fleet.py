"""One poll for many waiters: ``sync_many`` and ``wait_many`` as sans-I/O streaming plans.

Connection list items (``GET /v1/connections``, ``GET /v1/groups/{id}/connections``, up to 1000 per page)
carry the same ``status``, ``succeeded_at``, ``failed_at``, ``paused`` and ``schedule_type`` as the detail
call (API_FACTS), so one page answers every waiter on the connections it holds. Orchestrators that poll
one connection per request per tick are what burns an account's budget.

`ReadPlanner` decides, from what earlier reads taught it, the cheapest way to read a set of connections:
one detail ``GET`` each, the pages of their groups, or the account's pages; a list walk stops as soon as
every wanted connection has been seen. Every status read is judged by the same `advance` as ``check``
(as `settle` applies it), for every waiter it concerns, due or not. Outcomes are emitted as they are decided.
Triggers, schedule switches and detail reads go out as `Batch` steps, with bounded concurrency.

A request sent for one connection alone (its detail read, trigger, schedule switch or restore) that fails
after the transport's retries decides that connection only: an ``error`` outcome carrying the exception
(`owned_error` says which errors count), once the schedule the run took is restored; the others go on. A
failed list page answered for many connections: the walk stops and those it did not answer are read by
detail once, this tick, which is the same bounded read the planner makes for connections no list holds;
only a detail read that fails too decides its connection as ``error``. So every id gets exactly one
outcome, or the iteration raises (a 401, a closed client, anything that is not a `FivetranError`), after
the schedules taken are restored.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from ._call import Call
from ._errors import (
    AuthenticationError,
    ClientClosedError,
    FivetranError,
    OperationUnavailableError,
    RateLimitError,
)
from ._models import Connection
from ._pagination import MAX_PAGE_LIMIT, Page
from ._plans import Batch, Emit, Sleep, attempt
from ._run_claims import RunClaimStore, claim_effect, release_effect
from ._sync_run import SyncCheck, SyncRun, SyncState, advance, not_syncable, utc
from ._sync_status import SyncStatus
from ._sync_wait import (
    SCHEDULE_RESTORE,
    SCHEDULE_SWITCH,
    STATUS_READ,
    SYNC_TRIGGER,
    SyncCalls,
    SyncOutcome,
    SyncPolicy,
    new_run,
    verdict_requests,
)

__all__ = ["FleetCalls", "ReadPlanner", "owned_error", "plan_sync_many", "plan_wait_many"]

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


# Failures that are the account's or the client's, never one connection's (see `owned_error`).
_EVERYONES = (AuthenticationError, ClientClosedError, RateLimitError, OperationUnavailableError)


def owned_error(error: BaseException) -> FivetranError | None:
    """``error`` when it is the outcome of the one connection its request was for; None: raise it for all.

    Some failures concern every request alike, whichever connection it was for: a 401 (the credentials),
    a closed client (sends nothing), a rate limit that outlasted the retries or the governor's wait (the
    budget is the account's: reading every connection by detail next would only spend what is not there),
    and an operation missing from the generated client (`OperationUnavailableError`: every connection
    would fail alike). Anything that is not a `FivetranError` is a bug or an interruption. Everything else
    left after the transport's retries (a 404 for a deleted connection, a 403, a 5xx, a transport
    failure) is decided for that connection only.
    """
    if isinstance(error, FivetranError) and not isinstance(error, _EVERYONES):
        return error
    return None


def _failures(ids: list[str], replies: list[Any]) -> dict[str, FivetranError]:
    """The failed replies of a batch sent one per id, by id; raises the first error that is not owned."""
    failed: dict[str, FivetranError] = {}
    for connection_id, reply in zip(ids, replies, strict=True):
        if not reply.ok:
            error = owned_error(reply.error)
            if error is None:
                raise reply.error
            failed[connection_id] = error
    return failed


def _statuses(page: object) -> Page[Connection]:
    if not isinstance(page, Page):  # the drivers send back what the call returned
        raise TypeError(f"expected a Page, got {type(page).__name__}")
    return page


def read_statuses(
    calls: FleetCalls, planner: ReadPlanner, wanted: set[str], concurrency: int
) -> Generator[Any, Any, tuple[dict[str, SyncStatus], dict[str, FivetranError]]]:
    """Read the statuses of ``wanted`` (and of every other connection the pages read happen to hold).

    Returns the statuses read, and the wanted connections whose detail read failed (with its error).
    """
    found: dict[str, SyncStatus] = {}
    if not wanted:
        return found, {}
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
    if not missing:
        return found, {}
    # Not in the lists read (another group, just created, or a page that failed): one detail read each.
    replies = yield Batch(tuple(calls.read(connection_id) for connection_id in missing), concurrency)
    planner.requests += len(missing)
    failed = _failures(missing, replies)
    for connection_id, reply in zip(missing, replies, strict=True):
        if reply.ok:
            status: SyncStatus = reply.value
            found[connection_id] = status
            if status.connection is not None:
                planner.learn(status.connection)
    return found, failed


def _walk(
    calls: FleetCalls, planner: ReadPlanner, group_id: str | None, wanted: set[str], found: dict[str, SyncStatus]
) -> Generator[Any, Any, tuple[int, bool]]:
    """Walk a list's pages until every wanted id was seen; returns (pages read, whether it reached the end).

    A page that fails (after the transport's retries) ends the walk: the connections it did not answer
    are left to `read_statuses`'s detail reads, so a failed page costs at most one detail read per
    connection waited for, once per tick, and the walk is tried again next tick.
    """
    cursor: str | None = None
    pages = 0
    while True:
        reply = yield from attempt(calls.page(group_id, cursor))
        pages += 1
        planner.requests += 1
        if not reply.ok:
            if owned_error(reply.error) is None:
                raise reply.error
            return pages, False
        page = _statuses(reply.value)
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
    status: SyncStatus | None = None  # the last status read, for an `error` outcome


@dataclass(frozen=True, slots=True)
class _Broken:
    """A connection whose ``request`` failed with ``error``; ``run`` counts what was sent and what is owed."""

    run: SyncRun
    request: str
    error: FivetranError
    status: SyncStatus | None
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
    broken: Iterable[_Broken] = (),
    early: Iterable[SyncOutcome] = (),
) -> Generator[Any, Any, None]:
    unsaid = list(broken)  # decided before the wait (a trigger that failed), not yet yielded
    try:
        for outcome in early:  # decided before the triggers, holding nothing
            yield Emit(outcome)
        while unsaid:  # each leaves once its schedule is back, so an exit restores exactly the others
            outcome = yield from _end_broken(calls, unsaid[0], clock() - started)
            unsaid.pop(0)
            yield Emit(outcome)
        while waiters:
            now = clock()
            soonest = min(waiter.next_at for group in waiters.values() for waiter in group)
            if soonest.timestamp() > now:
                yield Sleep(soonest.timestamp() - now)
                continue
            due = {cid for cid, group in waiters.items() if any(w.next_at.timestamp() <= now for w in group)}
            statuses, failed = yield from read_statuses(calls, planner, due, concurrency)
            for connection_id, error in failed.items():
                group = waiters[connection_id]
                while group:  # each waiter leaves once its schedule is back, so an exit never restores twice
                    lost = _Broken(group[0].run, STATUS_READ, error, group[0].status, group[0].polls)
                    outcome = yield from _end_broken(calls, lost, clock() - started)
                    group.pop(0)
                    yield Emit(outcome)
                del waiters[connection_id]
            for connection_id, status in statuses.items():
                for waiter in list(waiters.get(connection_id, ())):
                    waiter.status = status
                    check = yield from _settle(calls, waiter.run, status, clock)
                    if isinstance(check, _Broken):
                        waiter.run = check.run  # what is owed now, should the restore below be interrupted
                        outcome = yield from _end_broken(
                            calls, replace(check, polls=waiter.polls + 1), clock() - started
                        )
                        waiters[connection_id].remove(waiter)
                        yield Emit(outcome)
                        continue
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
        owed = [each.run for each in unsaid] + [w.run for group in waiters.values() for w in group]
        yield from _restore_all(owed, calls, concurrency)
        raise


def _settle(
    calls: SyncCalls, run: SyncRun, status: SyncStatus, clock: Callable[[], float]
) -> Generator[Any, Any, SyncCheck | _Broken]:
    """`settle` for one waiter of many: a re-trigger or restore that fails is that connection's `_Broken`."""
    verdict = advance(run, status, utc(clock()))
    for request, call in verdict_requests(calls, verdict):
        reply = yield from attempt(call)
        if reply.ok:
            continue
        error = owned_error(reply.error)
        if error is None:
            raise reply.error
        if request == SYNC_TRIGGER:  # not sent after all; the schedule the run holds is still owed
            return _Broken(replace(verdict.check.run, triggers=verdict.check.run.triggers - 1), request, error, status)
        # The restore itself failed: the outcome's run says what is still owed.
        return _Broken(replace(verdict.check.run, restore_schedule=verdict.restore_schedule), request, error, status)
    return verdict.check


def _end_broken(calls: SyncCalls, broken: _Broken, elapsed: float) -> Generator[Any, Any, SyncOutcome]:
    """The ``error`` outcome of a broken connection, after giving back the schedule its run took."""
    run = broken.run
    if run.restore_schedule is not None and broken.request != SCHEDULE_RESTORE:  # not twice in a row
        reply = yield from attempt(calls.set_schedule(run.connection_id, run.restore_schedule))
        if reply.ok:
            run = replace(run, restore_schedule=None)
        elif owned_error(reply.error) is None:
            raise reply.error
    return SyncOutcome.from_error(
        run.connection_id,
        broken.error,
        request=broken.request,
        run=run,
        status=broken.status,
        elapsed=elapsed,
        polls=broken.polls,
    )


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
    worker's run still covers is waited for under that run, without a trigger. A connection whose read,
    schedule switch or trigger fails is not triggered (or not waited for) and ends ``error``. Outcomes
    decided before any trigger (``not_syncable``, an unreadable connection) are yielded once the triggers
    are out, so stopping the iteration at one never strands a claim on a connection nobody triggered.
    """
    started = clock()
    ids = list(dict.fromkeys(connection_ids))
    planner = ReadPlanner()
    statuses, unread = yield from read_statuses(calls, planner, set(ids), concurrency)
    runs: dict[str, SyncRun] = {}
    joined: dict[str, SyncRun] = {}
    # Decided before any trigger (unreadable, not syncable): yielded once the triggers are out, from the
    # wait's protected loop. Yielded here, a consumer stopping at one would leave the claims taken so far
    # on connections never triggered, and another worker would wait on a sync that never started.
    early: list[SyncOutcome] = []
    broken: list[_Broken] = []
    try:
        for connection_id in ids:
            if connection_id in unread:
                error = unread[connection_id]
                elapsed = clock() - started
                early.append(
                    SyncOutcome.from_error(
                        connection_id, error, request=STATUS_READ, run=None, status=None, elapsed=elapsed, polls=0
                    )
                )
                continue
            status = statuses[connection_id]
            now = utc(clock())
            run = new_run(connection_id, status, policy, now)
            if not status.can_sync:
                early.append(SyncOutcome.from_check(not_syncable(run, status), elapsed=clock() - started, polls=0))
                continue
            if claims is not None:
                candidate = replace(run, triggers=1)
                held: SyncRun = yield claim_effect(claims, candidate, status, now)
                if held != candidate:
                    joined[connection_id] = held  # another worker's run covers it: no trigger, no schedule switch
                    continue
            runs[connection_id] = run
        if policy.manage_schedule:
            switch = [cid for cid in runs if statuses[cid].schedule_type != "manual"]
            replies = yield Batch(tuple(calls.set_schedule(cid, "manual") for cid in switch), concurrency)
            for cid, reply in zip(switch, replies, strict=True):
                if reply.ok:
                    runs[cid] = replace(runs[cid], restore_schedule=statuses[cid].schedule_type or "auto")
            for cid, error in _failures(switch, replies).items():
                broken.append(_Broken(runs.pop(cid), SCHEDULE_SWITCH, error, statuses[cid]))
        ordered = list(runs)
        replies = yield Batch(tuple(calls.trigger(cid, policy.force) for cid in ordered), concurrency)
        for cid, error in _failures(ordered, replies).items():
            broken.append(_Broken(runs.pop(cid), SYNC_TRIGGER, error, statuses[cid]))
        if claims is not None:
            for each in broken:  # never triggered: the claim must not make another worker join nothing
                yield release_effect(claims, replace(each.run, restore_schedule=None, triggers=1))
    except GeneratorExit:
        raise
    except BaseException:
        # A request failed for everyone (a 401), a bug, Ctrl-C: the schedules taken go back, the claims too.
        yield from _restore_all([*runs.values(), *(each.run for each in broken)], calls, concurrency)
        if claims is not None:
            for run in [*runs.values(), *(each.run for each in broken)]:
                yield release_effect(claims, replace(run, restore_schedule=None, triggers=1))
        raise
    now = utc(clock())
    waiters = {
        cid: [_Waiter(replace(run, triggers=1), run.next_check(now), status=statuses[cid])] for cid, run in runs.items()
    }
    for cid, run in joined.items():
        waiters[cid] = [_Waiter(run, now, status=statuses[cid])]
    yield from _wait(calls, planner, waiters, clock, started, concurrency, broken, early)


def check_concurrency(concurrency: int) -> int:
    """At most this many requests of one batch in flight: `fan_out`'s own rule (1..256)."""
    from ._fanout import _check_concurrency  # imported on use: _fanout imports anyio

    return _check_concurrency(concurrency)

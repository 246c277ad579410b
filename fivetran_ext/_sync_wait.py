"""Plans over `SyncRun`: start a sync, check it once, wait for it, make sure a connection is fresh.

Every plan here is a generator that performs no I/O (see `_plans`): it yields a `Call` to run or a
`Sleep`, receives each result, and returns its result. The sync and async clients drive the very same
plans. None of them holds a rule of its own: `advance` (and through it `judge`, in `_sync_run`) decides,
these only sequence the reads, triggers and sleeps:

* `plan_start`: read the watermark, (optionally) switch the schedule to manual, trigger, return the
  `SyncRun`; a connection that cannot sync is decided before anything is sent.
* `plan_check`: exactly one read, then whatever `advance` asks for (a re-trigger, the schedule restore).
* `plan_sync_and_wait`: `plan_start`, then sleep until the check's ``next_check_at`` and check again,
  until the check is done. On any error or interruption the schedule is restored before re-raising.
* `plan_ensure_fresh`: one read; a young enough success ends it, otherwise `plan_sync_and_wait`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, get_args

from ._call import Call
from ._errors import APIError, FivetranError
from ._plans import Sleep
from ._run_claims import RunClaimStore, claim_effect, release_effect
from ._sync_run import (
    OnReschedule,
    SyncCheck,
    SyncOutcomeKind,
    SyncRun,
    SyncState,
    Verdict,
    advance,
    judge,
    not_syncable,
    utc,
)
from ._sync_status import SyncProblem, SyncStatus
from ._validation import check_seconds

__all__ = [
    "Sleep",
    "SyncCalls",
    "SyncOutcome",
    "SyncOutcomeKind",
    "SyncPolicy",
    "is_fresh",
    "judge",
    "max_age_seconds",
    "new_run",
    "plan_check",
    "plan_ensure_fresh",
    "plan_start",
    "plan_sync_and_wait",
    "settle",
    "verdict_requests",
]


# What each request of a sync is, as an `error` outcome's reason names it.
STATUS_READ = "status read"
SYNC_TRIGGER = "sync trigger"
SCHEDULE_SWITCH = "schedule switch"
SCHEDULE_RESTORE = "schedule restore"


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """How waiting for a sync ended (``sync_and_wait``, ``ensure_fresh``, ``sync_many``, ``wait_many``).

    Attributes:
        kind: How it ended (`SyncOutcomeKind`).
        status: The last `SyncStatus` read.
        elapsed: Seconds from the start of the call to the end (per the injected clock).
        polls: Status reads after the trigger (the read before the trigger is not counted).
        triggers: Sync requests sent: 0 when decided up front (not syncable, or already fresh), more than
            1 after re-triggers.
        baseline: ``max(succeeded_at, failed_at)`` read before triggering (None if it never synced).
        reason: For ``failed``: the first message of the connection's ``status.tasks`` (else of its
            ``status.warnings``), None if Fivetran gave none; for ``not_syncable``: ``"paused"``,
            ``"broken"`` or ``"setup_incomplete"``; for ``never_started``: what was missing; for ``error``:
            which request failed and how (``"sync trigger failed: 404 NotFound_Connection: ..."``).
        tasks: The connection's ``status.tasks`` at the end (`SyncProblem`: code, message, details).
        warnings: The connection's ``status.warnings`` at the end.
        connection_id: The connection.
        run: The `SyncRun` behind this outcome (None when nothing was triggered): under
            ``on_reschedule="handoff"`` a ``rescheduled`` outcome's run is what to ``check`` at
            ``rescheduled_for``.
        error: For ``error`` (``sync_many``/``wait_many`` only): the typed `FivetranError` the failed
            request raised (it pickles, credentials left behind); None for every other kind.

    Example:
        outcome = client.connections.sync_and_wait("decent_dropsy", timeout=3600)
        if outcome.kind == "succeeded":
            print("synced at", outcome.completed_at)
        elif outcome.kind == "failed":
            print("failed:", outcome.reason)
    """

    kind: SyncOutcomeKind
    status: SyncStatus
    elapsed: float
    polls: int
    triggers: int
    baseline: datetime | None
    reason: str | None = None
    tasks: tuple[SyncProblem, ...] = ()
    warnings: tuple[SyncProblem, ...] = ()
    connection_id: str | None = None
    run: SyncRun | None = field(default=None, repr=False, compare=False)
    error: FivetranError | None = field(default=None, repr=False, compare=False)

    @property
    def succeeded(self) -> bool:
        """Whether the sync completed successfully."""
        return self.kind is SyncOutcomeKind.SUCCEEDED

    @property
    def completed_at(self) -> datetime | None:
        """When the sync ended, for ``succeeded`` and ``failed``; None otherwise."""
        done = self.kind in (SyncOutcomeKind.SUCCEEDED, SyncOutcomeKind.FAILED)
        return self.status.last_sync_completed_at if done else None

    @property
    def rescheduled_for(self) -> datetime | None:
        """When the sync may run again, for ``rescheduled``; None otherwise."""
        return self.status.rescheduled_for if self.kind is SyncOutcomeKind.RESCHEDULED else None

    @classmethod
    def from_check(cls, check: SyncCheck, *, elapsed: float, polls: int) -> SyncOutcome:
        """The outcome a final (or handed-off) `SyncCheck` stands for."""
        run = check.run
        return cls(
            kind=SyncOutcomeKind(check.state.value),
            status=check.status,
            elapsed=elapsed,
            polls=polls,
            triggers=run.triggers,
            baseline=run.watermark,
            reason=check.reason,
            tasks=check.tasks,
            warnings=check.warnings,
            connection_id=run.connection_id,
            run=run if run.triggers else None,
        )

    @classmethod
    def from_error(
        cls,
        connection_id: str,
        error: FivetranError,
        *,
        request: str,
        run: SyncRun | None,
        status: SyncStatus | None,
        elapsed: float,
        polls: int,
    ) -> SyncOutcome:
        """The ``error`` outcome of a connection whose ``request`` (e.g. ``"sync trigger"``) failed.

        ``run`` is the connection's run as far as it got (None before any was made) and ``status`` the last
        status read (None if none was: the outcome then carries an empty `SyncStatus`).
        """
        if status is None:
            status = SyncStatus(connection_id=connection_id, setup_state=None, sync_state=None)
        return cls(
            kind=SyncOutcomeKind.ERROR,
            status=status,
            elapsed=elapsed,
            polls=polls,
            triggers=0 if run is None else run.triggers,
            baseline=status.last_sync_completed_at if run is None else run.watermark,
            reason=f"{request} failed: {_error_line(error)}",
            tasks=status.tasks,
            warnings=status.warnings,
            connection_id=connection_id,
            run=run if run is not None and run.triggers else None,
            error=error,
        )


def _error_line(error: FivetranError) -> str:
    # Fivetran's code and message, not str(error): that one also names the URL, which a reason need not carry.
    if isinstance(error, APIError):
        return (
            f"{error.status_code} {error.code}: {error.message}"
            if error.code
            else f"{error.status_code} {error.message}"
        )
    return error.message


@dataclass(frozen=True, slots=True)
class SyncCalls:
    """The requests the sync plans may ask for, built by the connections resource."""

    read: Callable[[str], Call[SyncStatus]]
    """``GET /v1/connections/{id}`` as a `SyncStatus`."""
    trigger: Callable[[str, bool], Call[None]]
    """``POST /v1/connections/{id}/sync`` with ``{"force": ...}``."""
    set_schedule: Callable[[str, str], Call[Any]]
    """``PATCH /v1/connections/{id}`` with ``{"schedule_type": ...}``."""


@dataclass(frozen=True, slots=True)
class SyncPolicy:
    """The validated policies of one sync (the keyword arguments of ``start_sync`` and its relatives)."""

    force: bool = False
    timeout: float = 3600.0
    start_deadline: float | None = None
    on_reschedule: OnReschedule = "return"
    manage_schedule: bool = False
    poll_interval: float = 10.0

    @classmethod
    def checked(
        cls,
        *,
        force: bool,
        timeout: float,
        start_deadline: float | None,
        on_reschedule: str,
        manage_schedule: bool,
        poll_interval: float,
        retrigger_rescheduled: bool = False,
    ) -> SyncPolicy:
        """Policies whose arguments were checked (raises `ValueError`/`TypeError` before anything is sent).

        ``retrigger_rescheduled=True`` is the older spelling of ``on_reschedule="retrigger"``.
        """
        for name, value in (
            ("force", force),
            ("manage_schedule", manage_schedule),
            ("retrigger_rescheduled", retrigger_rescheduled),
        ):
            if not isinstance(value, bool):
                raise TypeError(f"{name} must be a bool, got {type(value).__name__}")
        if on_reschedule not in get_args(OnReschedule):
            raise ValueError(f"on_reschedule must be one of {get_args(OnReschedule)}, got {on_reschedule!r}")
        if retrigger_rescheduled:
            if on_reschedule not in ("return", "retrigger"):
                raise ValueError("retrigger_rescheduled=True contradicts on_reschedule; pass only on_reschedule")
            on_reschedule = "retrigger"
        return cls(
            force=force,
            timeout=check_seconds("timeout", timeout),
            start_deadline=None if start_deadline is None else check_seconds("start_deadline", start_deadline),
            on_reschedule=on_reschedule,  # type: ignore[arg-type]  # checked against OnReschedule above
            manage_schedule=manage_schedule,
            poll_interval=check_seconds("poll_interval", poll_interval),
        )


Progress = Callable[[SyncStatus], object] | None


def _read(call: Call[SyncStatus]) -> Generator[Any, Any, SyncStatus]:
    status = yield call
    if not isinstance(status, SyncStatus):  # the drivers send back what the call returned
        raise TypeError(f"expected a SyncStatus, got {type(status).__name__}")
    return status


def new_run(connection_id: str, status: SyncStatus, policy: SyncPolicy, now: datetime) -> SyncRun:
    """The handle of a sync about to be triggered at ``now`` (``triggers`` is 0 until the trigger went out)."""
    return SyncRun(
        connection_id=connection_id,
        watermark=status.last_sync_completed_at,
        triggered_at=now,
        deadline=now + timedelta(seconds=policy.timeout),
        start_deadline=None if policy.start_deadline is None else now + timedelta(seconds=policy.start_deadline),
        on_reschedule=policy.on_reschedule,
        poll_interval=policy.poll_interval,
        force=policy.force,
        manage_schedule=policy.manage_schedule,
        triggers=0,
        # A sync already running covers the trigger (without force, the trigger changes nothing).
        started=status.syncing,
    )


def plan_start(
    calls: SyncCalls,
    connection_id: str,
    policy: SyncPolicy,
    clock: Callable[[], float],
    known: SyncStatus | None = None,
    claims: RunClaimStore | None = None,
) -> Generator[Any, Any, SyncRun | SyncCheck]:
    """Read the watermark, trigger, and return the `SyncRun`; or the final `SyncCheck` if it cannot sync.

    Args:
        known: A status read just before (``ensure_fresh``), so it is not read twice.
        claims: A coordinating store: a run of another worker that covers the connection is joined
            (returned as is, nothing sent) instead of triggering (or forcing) a second sync.
    """
    status = known if known is not None else (yield from _read(calls.read(connection_id)))
    now = utc(clock())
    run = new_run(connection_id, status, policy, now)
    if not status.can_sync:
        # Decided before triggering: a paused or broken connection accepts the trigger and never syncs.
        return not_syncable(run, status)
    claimed: SyncRun | None = None
    if claims is not None:
        candidate = replace(run, triggers=1)
        held: SyncRun = yield claim_effect(claims, candidate, status, now)
        if held != candidate:
            return held  # another worker's run covers this connection: join it
        claimed = candidate
    restore = None
    try:
        if policy.manage_schedule and status.schedule_type != "manual":
            yield calls.set_schedule(connection_id, "manual")
            restore = status.schedule_type or "auto"
        yield calls.trigger(connection_id, policy.force)
    except GeneratorExit:
        raise
    except BaseException:
        if restore is not None:
            yield calls.set_schedule(connection_id, restore)
        if claimed is not None and claims is not None:
            yield release_effect(claims, claimed)
        raise
    return replace(run, restore_schedule=restore, triggers=1)


def settle(
    calls: SyncCalls, run: SyncRun, status: SyncStatus, clock: Callable[[], float]
) -> Generator[Any, Any, SyncCheck]:
    """Apply `advance` to a status already read, sending what it asks for (re-trigger, schedule restore)."""
    verdict = advance(run, status, utc(clock()))
    for _, call in verdict_requests(calls, verdict):
        yield call
    return verdict.check


def verdict_requests(calls: SyncCalls, verdict: Verdict) -> list[tuple[str, Call[Any]]]:
    """What `advance` asked to send, in order, each with what it is (the fleet names a failed one)."""
    connection_id = verdict.check.run.connection_id
    requests: list[tuple[str, Call[Any]]] = []
    if verdict.retrigger:
        requests.append((SYNC_TRIGGER, calls.trigger(connection_id, verdict.check.run.force)))
    if verdict.restore_schedule is not None:
        requests.append((SCHEDULE_RESTORE, calls.set_schedule(connection_id, verdict.restore_schedule)))
    return requests


def plan_check(calls: SyncCalls, run: SyncRun, clock: Callable[[], float]) -> Generator[Any, Any, SyncCheck]:
    """One check: exactly one read, then `settle`. Never sleeps."""
    status = yield from _read(calls.read(run.connection_id))
    return (yield from settle(calls, run, status, clock))


def plan_sync_and_wait(
    calls: SyncCalls,
    connection_id: str,
    policy: SyncPolicy,
    clock: Callable[[], float],
    on_progress: Progress = None,
    known: SyncStatus | None = None,
    claims: RunClaimStore | None = None,
) -> Generator[Any, Any, SyncOutcome]:
    """`plan_start`, then check at each ``next_check_at`` until done; the schedule is restored on any error."""
    started = clock()
    first = yield from plan_start(calls, connection_id, policy, clock, known, claims)
    if isinstance(first, SyncCheck):
        return SyncOutcome.from_check(first, elapsed=clock() - started, polls=0)
    run, polls = first, 0
    next_at = run.next_check(utc(clock()))
    try:
        while True:
            yield Sleep(max(next_at.timestamp() - clock(), 0.0))
            check = yield from plan_check(calls, run, clock)
            run, polls = check.run, polls + 1
            if on_progress is not None:
                on_progress(check.status)
            if check.done or (check.state is SyncState.RESCHEDULED and run.on_reschedule == "handoff"):
                return SyncOutcome.from_check(check, elapsed=clock() - started, polls=polls)
            assert check.next_check_at is not None  # a check that is not done always says when
            next_at = check.next_check_at
    except GeneratorExit:
        raise
    except BaseException:
        # An API error, a timeout of our own, Ctrl-C: the connection gets its schedule back regardless.
        if run.restore_schedule is not None:
            yield calls.set_schedule(connection_id, run.restore_schedule)
        raise


def is_fresh(status: SyncStatus, max_age: float, now: float) -> bool:
    """The last sync succeeded less than ``max_age`` seconds ago and the connection can sync."""
    succeeded = status.succeeded_at
    return (
        status.can_sync
        and status.last_sync_succeeded
        and succeeded is not None
        and now - succeeded.timestamp() < max_age
    )


def plan_ensure_fresh(
    calls: SyncCalls,
    connection_id: str,
    max_age: float,
    policy: SyncPolicy,
    clock: Callable[[], float],
    on_progress: Progress = None,
    claims: RunClaimStore | None = None,
) -> Generator[Any, Any, SyncOutcome]:
    """One read; fresh enough and healthy ends it (``succeeded``, no trigger), else sync and wait."""
    started = clock()
    status = yield from _read(calls.read(connection_id))
    if is_fresh(status, max_age, clock()):
        return SyncOutcome(
            kind=SyncOutcomeKind.SUCCEEDED,
            status=status,
            elapsed=clock() - started,
            polls=0,
            triggers=0,
            baseline=status.last_sync_completed_at,
            tasks=status.tasks,
            warnings=status.warnings,
            connection_id=connection_id,
        )
    return (yield from plan_sync_and_wait(calls, connection_id, policy, clock, on_progress, status, claims))


def max_age_seconds(max_age: float | timedelta) -> float:
    """``max_age`` as positive seconds (a `timedelta` or a number)."""
    if isinstance(max_age, timedelta):
        return check_seconds("max_age", max_age.total_seconds())
    return check_seconds("max_age", max_age)

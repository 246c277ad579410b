"""``sync_and_wait``: trigger a sync and poll until it ends in a typed `SyncOutcome`, never forever.

Fivetran gives a sync no id. A sync is finished when ``max(succeeded_at, failed_at)`` moves past the
value read **before** triggering, and it succeeded when ``succeeded_at`` is the newer one (API_FACTS).
The rules live in `judge` (a pure function of one status); the sequence of reads, triggers and sleeps
lives in `plan_sync_and_wait`, a generator that performs no I/O. It yields what to do next (a `Call` to
run, a `Sleep`, or the final `SyncOutcome`) and receives each call's result, so the sync and async
clients drive the very same plan with a three-line loop each.

Decision rules, in order, for each status polled after the trigger:

1. The completion timestamp moved and ``sync_state`` is no longer ``syncing``: the outcome is
   ``succeeded`` or ``failed``, whichever of ``succeeded_at``/``failed_at`` is newer. While the state is
   still ``syncing`` the plan keeps waiting even if ``failed_at`` moved: Fivetran retries a failed sync
   internally, and a ``failed_at`` move followed by a ``succeeded_at`` move is one sync that succeeded.
2. No move, and the connection became paused, broken or not set up: ``not_syncable`` (it will not sync).
3. No move and ``rescheduled``: ``rescheduled`` (with ``retrigger_rescheduled`` and a ``manual``
   schedule, the plan first sleeps until ``rescheduled_for`` and triggers again, if that is before the
   deadline).
4. Otherwise (``syncing``, or ``scheduled`` with no move: the sync has not started yet, or the trigger
   was absorbed by a sync already running), keep waiting until the timestamp moves or time runs out.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ._resources._base import Call
from ._sync_status import NotSyncableReason, SyncStatus
from ._validation import check_seconds

__all__ = [
    "Sleep",
    "Step",
    "SyncOutcome",
    "SyncOutcomeKind",
    "SyncPlan",
    "WaitSettings",
    "judge",
    "plan_sync_and_wait",
]


class SyncOutcomeKind(enum.StrEnum):
    """How ``sync_and_wait`` ended; compares equal to its string value (``kind == "succeeded"``)."""

    SUCCEEDED = "succeeded"
    """The sync completed and ``succeeded_at`` is the newer timestamp."""
    FAILED = "failed"
    """The sync completed and ``failed_at`` is the newer timestamp."""
    RESCHEDULED = "rescheduled"
    """Fivetran postponed the sync until ``rescheduled_for`` (typically a source quota)."""
    NOT_SYNCABLE = "not_syncable"
    """The connection is paused, broken or not fully set up; see `SyncOutcome.reason`."""
    TIMED_OUT = "timed_out"
    """No outcome before the timeout; the sync may still be running."""


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """The result of ``connections.sync_and_wait``.

    Attributes:
        kind: How it ended (`SyncOutcomeKind`).
        status: The last `SyncStatus` read.
        elapsed: Seconds from the start of the call to the end (per the injected clock).
        polls: Status reads after the trigger (the read before the trigger is not counted).
        triggers: Sync requests sent: 0 for ``not_syncable`` decided up front, more than 1 after re-triggers.
        baseline: ``max(succeeded_at, failed_at)`` read before triggering (None if it never synced).
        reason: For ``not_syncable``: ``"paused"``, ``"broken"`` or ``"setup_incomplete"``.

    Example:
        outcome = client.connections.sync_and_wait("decent_dropsy", timeout=3600)
        if outcome.kind == "succeeded":
            print("synced at", outcome.completed_at)
        elif outcome.kind == "rescheduled":
            print("postponed until", outcome.rescheduled_for)
    """

    kind: SyncOutcomeKind
    status: SyncStatus
    elapsed: float
    polls: int
    triggers: int
    baseline: datetime | None
    reason: NotSyncableReason | None = None

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


@dataclass(frozen=True, slots=True)
class Sleep:
    """A step of the plan: wait this many seconds."""

    seconds: float


@dataclass(frozen=True, slots=True)
class WaitSettings:
    """Validated options of one ``sync_and_wait`` call.

    ``clock`` returns wall-clock seconds since the epoch: it measures the timeout and is compared with
    Fivetran's ``rescheduled_for``. The timestamps that decide completion only ever come from the API, so
    a skewed local clock cannot make a sync look finished.
    """

    timeout: float
    poll_interval: float
    retrigger_rescheduled: bool
    on_progress: Callable[[SyncStatus], object] | None
    clock: Callable[[], float]

    @classmethod
    def checked(
        cls,
        *,
        timeout: float,
        poll_interval: float,
        retrigger_rescheduled: bool,
        on_progress: Callable[[SyncStatus], object] | None,
        clock: Callable[[], float],
    ) -> WaitSettings:
        """Settings whose arguments were checked (raises `ValueError`/`TypeError` before anything is sent)."""
        if not isinstance(retrigger_rescheduled, bool):
            raise TypeError(f"retrigger_rescheduled must be a bool, got {type(retrigger_rescheduled).__name__}")
        if on_progress is not None and not callable(on_progress):
            raise TypeError("on_progress must be a callable taking a SyncStatus, or None")
        return cls(
            timeout=check_seconds("timeout", timeout),
            poll_interval=check_seconds("poll_interval", poll_interval),
            retrigger_rescheduled=retrigger_rescheduled,
            on_progress=on_progress,
            clock=clock,
        )


Step = Call[Any] | Sleep | SyncOutcome
"""What the plan asks for next: run a `Call` (send back its result), `Sleep`, or stop with the outcome."""

SyncPlan = Generator[Step, object, None]


def judge(status: SyncStatus, baseline: datetime | None) -> SyncOutcomeKind | None:
    """The outcome one status polled after the trigger shows, or None to keep waiting (rules 1-4 above)."""
    completed = status.last_sync_completed_at
    if completed is not None and (baseline is None or completed > baseline):
        if status.syncing:
            return None
        return SyncOutcomeKind.SUCCEEDED if status.last_sync_succeeded else SyncOutcomeKind.FAILED
    if not status.can_sync:
        return SyncOutcomeKind.NOT_SYNCABLE
    if status.rescheduled:
        return SyncOutcomeKind.RESCHEDULED
    return None


def _read(call: Call[SyncStatus]) -> Generator[Step, object, SyncStatus]:
    status = yield call
    if not isinstance(status, SyncStatus):  # the drivers send back what the call returned
        raise TypeError(f"expected a SyncStatus, got {type(status).__name__}")
    return status


def plan_sync_and_wait(read: Call[SyncStatus], trigger: Call[None], settings: WaitSettings) -> SyncPlan:
    """The steps of one ``sync_and_wait``: read, trigger, then sleep and poll until `judge` decides.

    Args:
        read: Reads the connection's `SyncStatus`.
        trigger: Sends ``POST .../sync``.
        settings: Timeout, poll interval, re-trigger policy, progress callback and clock.
    """
    clock = settings.clock
    started = clock()
    deadline = started + settings.timeout
    polls = triggers = 0

    def outcome(kind: SyncOutcomeKind, status: SyncStatus, baseline: datetime | None) -> SyncOutcome:
        reason = status.not_syncable_reason if kind is SyncOutcomeKind.NOT_SYNCABLE else None
        return SyncOutcome(kind, status, clock() - started, polls, triggers, baseline, reason)

    status = yield from _read(read)
    baseline = status.last_sync_completed_at
    if not status.can_sync:
        # Decided before triggering: a paused or broken connection would accept the trigger and never sync.
        yield outcome(SyncOutcomeKind.NOT_SYNCABLE, status, baseline)
        return
    yield trigger
    triggers += 1
    while True:
        remaining = deadline - clock()
        if remaining <= 0:
            yield outcome(SyncOutcomeKind.TIMED_OUT, status, baseline)
            return
        yield Sleep(min(settings.poll_interval, remaining))
        status = yield from _read(read)
        polls += 1
        if settings.on_progress is not None:
            settings.on_progress(status)
        kind = judge(status, baseline)
        if kind is None:
            continue
        wait = _retrigger_delay(status, settings, deadline) if kind is SyncOutcomeKind.RESCHEDULED else None
        if wait is None:
            yield outcome(kind, status, baseline)
            return
        if wait > 0:
            yield Sleep(wait)
        # Another poll interval passes before the next read, so a trigger that changes nothing cannot spin.
        yield trigger
        triggers += 1


def _retrigger_delay(status: SyncStatus, settings: WaitSettings, deadline: float) -> float | None:
    """Seconds to wait before triggering a rescheduled manual sync again, or None not to re-trigger."""
    # Fivetran restarts `auto` connections by itself; only `manual` ones need the trigger (API_FACTS).
    if not settings.retrigger_rescheduled or status.schedule_type != "manual" or status.rescheduled_for is None:
        return None
    now = settings.clock()
    resume_at = status.rescheduled_for.timestamp()
    return max(resume_at - now, 0.0) if resume_at < deadline else None

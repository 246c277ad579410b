"""A sync you can store: `SyncRun` (the handle), `SyncCheck` (one verdict) and the pure rules between them.

Fivetran gives a sync no id. What judging a sync needs is the connection id, the watermark
``max(succeeded_at, failed_at)`` read **before** the trigger, the trigger time, the deadline and the
policy (API_FACTS, "Orchestrating many connections"). `SyncRun` holds exactly that, with absolute
wall-clock times, and round-trips through versioned JSON, so a deferrable scheduler can trigger in one
process and judge in another, hours later.

The rules are two pure functions and nothing else decides:

* `judge` reads one status against the watermark (the rule table below);
* `advance` applies the run's policies on top (start deadline, reschedule handling, timeout, schedule
  restore) and says what to do now. The sync and async clients, ``check``, ``sync_and_wait`` and the
  fleet waiter all go through it.

`judge`'s rules, in order, for a status read after the trigger:

1. The completion timestamp moved and ``sync_state`` is no longer ``syncing``: ``succeeded`` or ``failed``,
   whichever of ``succeeded_at``/``failed_at`` is newer. While the state is still ``syncing`` it keeps
   waiting even if ``failed_at`` moved: Fivetran retries a failed sync internally, and a ``failed_at``
   move followed by a ``succeeded_at`` move is one sync that succeeded.
2. No move, and the connection became paused, broken or not set up: ``not_syncable``.
3. No move and ``rescheduled``: ``rescheduled``.
4. Otherwise (``syncing``, or ``scheduled`` with no move: the sync has not started yet, or the trigger was
   absorbed by a sync already running), keep waiting.
"""

from __future__ import annotations

import enum
import json
import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, cast, get_args

from ._errors import FivetranError
from ._sync_status import SyncProblem, SyncStatus, first_message

__all__ = [
    "SYNC_RUN_VERSION",
    "NotSyncableError",
    "OnReschedule",
    "SyncCheck",
    "SyncOutcomeKind",
    "SyncRun",
    "SyncRunFormatError",
    "SyncState",
    "Verdict",
    "advance",
    "judge",
    "not_syncable",
    "utc",
]

SYNC_RUN_VERSION = 1
"""The ``version`` written by `SyncRun.to_json`; `SyncRun.from_json` refuses any other."""

OnReschedule = Literal["return", "retrigger", "handoff"]
"""What to do when Fivetran reschedules the sync (a source quota, typically).

* ``"return"`` (default): the outcome is ``rescheduled``, with ``rescheduled_for``.
* ``"retrigger"``: on a ``manual`` schedule (which does not resume by itself), trigger again at
  ``rescheduled_for`` if that is before the deadline; ``auto`` connections end ``rescheduled`` as with
  ``"return"``.
* ``"handoff"``: never sleep for it; hand back ``rescheduled_for`` as the time to check again (a
  deferrable scheduler re-arms for then). A check at or after it re-triggers a ``manual`` connection and
  keeps waiting for an ``auto`` one, which Fivetran restarts by itself.
"""


class SyncOutcomeKind(enum.StrEnum):
    """How a wait for a sync ended; compares equal to its string value (``kind == "succeeded"``)."""

    SUCCEEDED = "succeeded"
    """The sync completed and ``succeeded_at`` is the newer timestamp."""
    FAILED = "failed"
    """The sync completed and ``failed_at`` is the newer timestamp; see the outcome's ``reason``/``tasks``."""
    RESCHEDULED = "rescheduled"
    """Fivetran postponed the sync until ``rescheduled_for`` (typically a source quota)."""
    NOT_SYNCABLE = "not_syncable"
    """The connection is paused, broken or not fully set up; see the outcome's ``reason``."""
    NEVER_STARTED = "never_started"
    """No sign of the sync (running, rescheduled or finished) before the start deadline."""
    TIMED_OUT = "timed_out"
    """No outcome before the timeout; the sync may still be running."""
    ERROR = "error"
    """Only from ``sync_many``/``wait_many``: a request for this connection alone failed (its trigger, its
    status read, its schedule switch or restore) after the transport's retries; the outcome's ``error`` is
    the typed exception and ``reason`` says which request. The other connections went on."""


class SyncState(enum.StrEnum):
    """What one `check` of a `SyncRun` found: `SyncOutcomeKind`'s values plus ``pending``, less ``error``
    (a check whose request fails raises the error)."""

    PENDING = "pending"
    """Not decided yet: check again at ``next_check_at``."""
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    RESCHEDULED = "rescheduled"
    NOT_SYNCABLE = "not_syncable"
    NEVER_STARTED = "never_started"
    TIMED_OUT = "timed_out"


class SyncRunFormatError(FivetranError, ValueError):
    """`SyncRun.from_json` got text that is not a sync handle of a version this client reads."""

    type = "invalid_sync_run"


class NotSyncableError(FivetranError):
    """``start_sync`` found a connection that cannot sync (paused, broken, setup incomplete); nothing was sent.

    Attributes:
        connection_id: The connection.
        reason: ``"paused"``, ``"broken"`` or ``"setup_incomplete"``.
        check: The final `SyncCheck` (``not_syncable``), with the status read and its tasks/warnings.
    """

    type = "not_syncable"

    def __init__(self, check: SyncCheck) -> None:
        first = first_message(check.tasks, check.warnings)
        detail = f": {first}" if first else ""
        super().__init__(f"connection {check.run.connection_id!r} cannot sync ({check.reason}){detail}")
        self.connection_id = check.run.connection_id
        self.reason = check.reason
        self.check = check


def judge(status: SyncStatus, baseline: datetime | None) -> SyncOutcomeKind | None:
    """The outcome one status read after the trigger shows, or None to keep waiting (rules 1-4 above)."""
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


def _moved(status: SyncStatus, watermark: datetime | None) -> bool:
    completed = status.last_sync_completed_at
    return completed is not None and (watermark is None or completed > watermark)


@dataclass(frozen=True, slots=True)
class SyncRun:
    """A triggered sync of one connection, as data: judge it now or in another process hours later.

    Built by ``client.connections.start_sync``; give it to ``client.connections.check`` (or ``wait_many``).
    Store it with `to_json` (never pickle) and read it back with `from_json`. Times are absolute and
    timezone-aware (UTC), so a handle means the same thing on any host.

    Attributes:
        connection_id: The connection.
        watermark: ``max(succeeded_at, failed_at)`` read before the trigger (None if it never synced); the
            sync is over when that timestamp moves past it.
        triggered_at: When the trigger was sent (the caller's wall clock).
        deadline: After this the run is ``timed_out`` (the sync itself is not cancelled).
        start_deadline: With no sign of the sync by then (running, rescheduled or finished), the run is
            ``never_started``; None waits until ``deadline``.
        on_reschedule: The `OnReschedule` policy.
        poll_interval: Seconds between checks that `SyncCheck.next_check_at` suggests.
        force: Whether the trigger (and any re-trigger) restarts a running sync.
        manage_schedule: Whether the connection is switched to ``manual`` while this run orchestrates it.
        restore_schedule: The ``schedule_type`` to put back when the run ends (set only when this run
            switched it; None once restored, or when nothing was switched).
        triggers: Sync requests sent for this run (0 when it was decided before triggering).
        started: A sign of the sync was seen (running, rescheduled, or the watermark moved).

    Example:
        run = client.connections.start_sync("decent_dropsy", timeout=3600)
        text = run.to_json()                     # store it anywhere: a queue, a database, a trigger's kwargs
        check = client.connections.check(SyncRun.from_json(text))
    """

    connection_id: str
    watermark: datetime | None
    triggered_at: datetime
    deadline: datetime
    start_deadline: datetime | None = None
    on_reschedule: OnReschedule = "return"
    poll_interval: float = 10.0
    force: bool = False
    manage_schedule: bool = False
    restore_schedule: str | None = None
    triggers: int = 1
    started: bool = False

    def to_json(self) -> str:
        """The handle as a versioned JSON object (``{"version": 1, ...}``); `from_json` reads it back."""
        return json.dumps(
            {
                "version": SYNC_RUN_VERSION,
                "connection_id": self.connection_id,
                "watermark": _iso(self.watermark),
                "triggered_at": _iso(self.triggered_at),
                "deadline": _iso(self.deadline),
                "start_deadline": _iso(self.start_deadline),
                "on_reschedule": self.on_reschedule,
                "poll_interval": self.poll_interval,
                "force": self.force,
                "manage_schedule": self.manage_schedule,
                "restore_schedule": self.restore_schedule,
                "triggers": self.triggers,
                "started": self.started,
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> SyncRun:
        """Read a handle written by `to_json` (by this or another process).

        Raises:
            SyncRunFormatError: not JSON, not an object, an unknown ``version``, or a field of the wrong
                type (a handle from a newer client, or a corrupted one, is refused rather than guessed).
        """
        try:
            data = json.loads(text)
        except (ValueError, TypeError) as error:
            raise SyncRunFormatError(f"a sync handle must be JSON text: {error}") from None
        if not isinstance(data, dict):
            raise SyncRunFormatError("a sync handle must be a JSON object")
        version = data.get("version")
        if version != SYNC_RUN_VERSION or isinstance(version, bool):
            raise SyncRunFormatError(f"unknown sync handle version {version!r}; this client reads {SYNC_RUN_VERSION}")
        reader = _Fields(data)
        run = cls(
            connection_id=reader.text("connection_id"),
            watermark=reader.moment("watermark", optional=True),
            triggered_at=reader.required_moment("triggered_at"),
            deadline=reader.required_moment("deadline"),
            start_deadline=reader.moment("start_deadline", optional=True),
            on_reschedule=reader.policy("on_reschedule"),
            poll_interval=reader.seconds("poll_interval"),
            force=reader.flag("force"),
            manage_schedule=reader.flag("manage_schedule"),
            restore_schedule=reader.optional_text("restore_schedule"),
            triggers=reader.count("triggers"),
            started=reader.flag("started"),
        )
        if not run.connection_id:
            raise SyncRunFormatError("a sync handle needs a connection_id")
        return run

    def next_check(self, now: datetime) -> datetime:
        """When to read again while pending: one poll interval on, never past a deadline still ahead."""
        at = now + timedelta(seconds=self.poll_interval)
        limits = [self.deadline]
        if self.start_deadline is not None and not self.started:
            limits.append(self.start_deadline)
        return min([at, *(limit for limit in limits if limit > now)])


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


class _Fields:
    """Typed reads of a decoded handle; any mismatch is a `SyncRunFormatError` naming the field."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def _bad(self, name: str, what: str) -> SyncRunFormatError:
        return SyncRunFormatError(f"sync handle field {name!r} must be {what}, got {self._data.get(name)!r}")

    def text(self, name: str) -> str:
        value = self._data.get(name)
        if not isinstance(value, str):
            raise self._bad(name, "a string")
        return value

    def optional_text(self, name: str) -> str | None:
        return None if self._data.get(name) is None else self.text(name)

    def moment(self, name: str, *, optional: bool) -> datetime | None:
        value = self._data.get(name)
        if value is None and optional:
            return None
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None or moment.tzinfo is None:
            raise self._bad(name, "an ISO-8601 time with an offset")
        return moment

    def required_moment(self, name: str) -> datetime:
        moment = self.moment(name, optional=False)
        assert moment is not None  # optional=False never gives None
        return moment

    def flag(self, name: str) -> bool:
        value = self._data.get(name)
        if not isinstance(value, bool):
            raise self._bad(name, "true or false")
        return value

    def count(self, name: str) -> int:
        value = self._data.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self._bad(name, "an integer >= 0")
        return value

    def seconds(self, name: str) -> float:
        value = self._data.get(name)
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
            raise self._bad(name, "a positive number of seconds")
        return float(value)

    def policy(self, name: str) -> OnReschedule:
        value = self._data.get(name)
        if value not in get_args(OnReschedule):
            raise self._bad(name, f"one of {get_args(OnReschedule)}")
        return cast(OnReschedule, value)


@dataclass(frozen=True, slots=True)
class SyncCheck:
    """What one check of a `SyncRun` found, and what to do next.

    Attributes:
        state: The `SyncState`.
        done: False only while the caller should check again later (at `next_check_at`).
        next_check_at: When to check again: one poll interval on while pending, ``rescheduled_for`` for a
            rescheduled sync under ``"retrigger"``/``"handoff"``; None when done.
        run: The handle to keep checking with (updated: a re-trigger, a sign of the start, a restored
            schedule). Store this one, not the one you passed in.
        status: The `SyncStatus` read.
        rescheduled_for: For ``rescheduled``: when Fivetran lets the sync run again.
        reason: For ``failed``: the first task or warning message; for ``not_syncable``: ``"paused"``,
            ``"broken"`` or ``"setup_incomplete"``; for ``never_started``: what was missing. None otherwise.
        tasks: The connection's ``status.tasks`` as read.
        warnings: The connection's ``status.warnings`` as read.
    """

    state: SyncState
    done: bool
    next_check_at: datetime | None
    run: SyncRun
    status: SyncStatus
    rescheduled_for: datetime | None = None
    reason: str | None = None
    tasks: tuple[SyncProblem, ...] = ()
    warnings: tuple[SyncProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    """`advance`'s answer: the check to report, and the requests to send first.

    Attributes:
        check: The `SyncCheck` (its ``run`` already counts the re-trigger and the restored schedule).
        retrigger: Send ``POST .../sync`` now (a rescheduled manual sync whose time has come).
        restore_schedule: Send ``PATCH {"schedule_type": ...}`` with this value now (the run ended).
    """

    check: SyncCheck
    retrigger: bool = False
    restore_schedule: str | None = None


def advance(run: SyncRun, status: SyncStatus, now: datetime) -> Verdict:
    """Judge ``status`` (read at ``now``) for ``run`` under its policies. Pure: sends nothing, sleeps never.

    Order: a decided outcome of `judge` first (succeeded, failed, not syncable), then the reschedule
    policy, then the timeout, then the start deadline; anything else is pending.
    """
    started = run.started or status.syncing or status.rescheduled or _moved(status, run.watermark)
    if started != run.started:
        run = replace(run, started=started)
    kind = judge(status, run.watermark)
    if kind is SyncOutcomeKind.RESCHEDULED:
        return _rescheduled(run, status, now)
    if kind is not None:
        return _final(run, status, SyncState(kind.value))
    return _pending(run, status, now)


def _rescheduled(run: SyncRun, status: SyncStatus, now: datetime) -> Verdict:
    resume = status.rescheduled_for
    manual = status.schedule_type == "manual"
    waits = (run.on_reschedule == "handoff" or (run.on_reschedule == "retrigger" and manual)) and resume is not None
    if not waits or resume is None or resume >= run.deadline or now >= run.deadline:
        return _final(run, status, SyncState.RESCHEDULED)
    if now < resume:
        check = _check(run, status, SyncState.RESCHEDULED, done=False, next_check_at=resume)
        return Verdict(check)
    if not manual:
        # The quota is back and Fivetran restarts `auto` connections by itself: wait for that sync.
        return _pending(run, status, now)
    # A manual schedule never resumes by itself (API_FACTS): this check sends the trigger.
    run = replace(run, triggers=run.triggers + 1)
    return Verdict(_check(run, status, SyncState.PENDING, done=False, next_check_at=run.next_check(now)), True)


def _pending(run: SyncRun, status: SyncStatus, now: datetime) -> Verdict:
    if now >= run.deadline:
        return _final(run, status, SyncState.TIMED_OUT)
    if run.start_deadline is not None and not run.started and now >= run.start_deadline:
        return _final(run, status, SyncState.NEVER_STARTED)
    return Verdict(_check(run, status, SyncState.PENDING, done=False, next_check_at=run.next_check(now)))


def _final(run: SyncRun, status: SyncStatus, state: SyncState) -> Verdict:
    restore = run.restore_schedule
    if restore is not None:
        run = replace(run, restore_schedule=None)
    return Verdict(_check(run, status, state, done=True, next_check_at=None), restore_schedule=restore)


def _check(
    run: SyncRun, status: SyncStatus, state: SyncState, *, done: bool, next_check_at: datetime | None
) -> SyncCheck:
    return SyncCheck(
        state=state,
        done=done,
        next_check_at=next_check_at,
        run=run,
        status=status,
        rescheduled_for=status.rescheduled_for if state is SyncState.RESCHEDULED else None,
        reason=_reason(run, status, state),
        tasks=status.tasks,
        warnings=status.warnings,
    )


def _reason(run: SyncRun, status: SyncStatus, state: SyncState) -> str | None:
    if state is SyncState.FAILED:
        return first_message(status.tasks, status.warnings)
    if state is SyncState.NOT_SYNCABLE:
        return status.not_syncable_reason
    if state is SyncState.NEVER_STARTED and run.start_deadline is not None:
        waited = (run.start_deadline - run.triggered_at).total_seconds()
        return f"no sign of the sync {waited:g} s after the trigger (sync_state {status.sync_state or 'unknown'})"
    return None


def not_syncable(run: SyncRun, status: SyncStatus) -> SyncCheck:
    """The final check of a run decided before any trigger: the connection cannot sync."""
    return _check(run, status, SyncState.NOT_SYNCABLE, done=True, next_check_at=None)


def utc(seconds: float) -> datetime:
    """Epoch seconds (an injected clock's reading) as an aware UTC datetime."""
    return datetime.fromtimestamp(seconds, UTC)

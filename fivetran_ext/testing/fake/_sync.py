"""The sync lifecycle of connections, as a small discrete-event simulation over the fake's clock.

What the live API shows and this reproduces (see API_FACTS, "Connection status and sync semantics"):

* ``POST .../sync`` sets ``sync_state`` to ``syncing``; when the sync ends, ``succeeded_at`` or
  ``failed_at`` moves to the end time and ``sync_state`` goes back to ``scheduled``. There is no job id.
* ``force=false`` while syncing does nothing; ``force=true`` stops the running sync and starts another.
* A quota-limited sync ends ``rescheduled`` with ``rescheduled_for``; an ``auto`` connection restarts by
  itself then, a ``manual`` one waits for a trigger at or after that time.
* Paused connections and connections whose ``setup_state`` is not ``connected`` never sync: the trigger
  still answers 200 and nothing happens.
* A resync (historical) while a sync runs is a 409 conflict; on a paused connection it waits for resume.

Nothing runs in the background: `SyncEngine.catch_up` replays every event that became due, in time
order and with its own timestamp, whenever the fake handles a request or a `FakeClock` moves. Only
connections that may have a next event (running, rescheduled, or scheduled) are looked at, so the cost
per request does not grow with the number of idle connections.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal, get_args

from ._clock import Clock
from ._errors import conflict
from ._records import Connection, iso

__all__ = ["SYNC_OUTCOMES", "SyncBehavior", "SyncEngine", "SyncOutcome"]

SyncOutcome = Literal["success", "failure", "failure_with_task", "failure_with_warning", "rescheduled", "skipped"]
"""How a sync ends. ``skipped`` returns to ``scheduled`` without moving any timestamp (what the live API
shows when a triggered sync was absorbed by one already running). ``failure_with_task`` leaves the reason
in ``status.tasks``, ``failure_with_warning`` in ``status.warnings``."""

SYNC_OUTCOMES: tuple[str, ...] = get_args(SyncOutcome)

# sync_end ``data.status`` per outcome (webhook payloads).
_END_STATUS = {
    "success": "SUCCESSFUL",
    "failure": "FAILURE",
    "failure_with_task": "FAILURE_WITH_TASK",
    "failure_with_warning": "FAILURE",
    "rescheduled": "RESCHEDULED",
}

# Safety valve for `catch_up` after a huge clock jump with scheduled syncs on (e.g. a year of 1-minute
# syncs): beyond this many events in one call the rest waits for the next call.
_MAX_EVENTS_PER_CATCH_UP = 100_000

EmitEvent = Callable[[str, Connection, dict[str, Any], str | None, datetime], None]


@dataclass
class SyncBehavior:
    """How the syncs of one connection play out.

    Attributes:
        outcomes: Consumed one per sync, in order; the last one repeats forever.
        duration: Seconds from start to end of a sync.
        reschedule_after: For ``rescheduled``: seconds from the end of the sync to ``rescheduled_for``.
        failure_reason: ``data.reason`` of failed ``sync_end`` webhooks and the task message.
    """

    outcomes: list[SyncOutcome] = field(default_factory=lambda: ["success"])
    duration: float = 60.0
    reschedule_after: float = 3600.0
    failure_reason: str = "Simulated sync failure"

    def next_outcome(self) -> SyncOutcome:
        return self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]


@dataclass
class _Run:
    sync_id: str
    started_at: datetime
    ends_at: datetime


class SyncEngine:
    """Starts, ends and schedules syncs; emits ``sync_start``/``sync_end`` through ``emit``."""

    def __init__(
        self,
        clock: Clock,
        new_sync_id: Callable[[], str],
        emit: EmitEvent,
        find: Callable[[str], Connection | None],
        *,
        default_duration: float = 60.0,
        scheduled_syncs: bool = False,
    ) -> None:
        self._clock = clock
        self._new_sync_id = new_sync_id
        self._emit = emit
        self._find = find
        self.default_duration = default_duration
        self.scheduled_syncs = scheduled_syncs
        self._behaviors: dict[str, SyncBehavior] = {}
        self._runs: dict[str, _Run] = {}
        self._pending_resync: set[str] = set()
        # When the next scheduled sync is due per connection (only used with scheduled_syncs).
        self._next_scheduled: dict[str, datetime] = {}
        # Ids of connections that may have a next event; the others are skipped by `catch_up`.
        self._watched: set[str] = set()

    # ---------------------------------------------------------------- configuration

    def behavior(self, connection_id: str) -> SyncBehavior:
        if connection_id not in self._behaviors:
            self._behaviors[connection_id] = SyncBehavior(duration=self.default_duration)
        return self._behaviors[connection_id]

    def set_behavior(
        self,
        connection_id: str,
        *,
        outcome: SyncOutcome | Sequence[SyncOutcome] | None = None,
        duration: float | None = None,
        reschedule_after: float | None = None,
        failure_reason: str | None = None,
    ) -> SyncBehavior:
        behavior = self.behavior(connection_id)
        if outcome is not None:
            outcomes = [outcome] if isinstance(outcome, str) else list(outcome)
            unknown = [o for o in outcomes if o not in SYNC_OUTCOMES]
            if not outcomes or unknown:
                raise ValueError(f"outcome must be one or more of {SYNC_OUTCOMES}, got {outcome!r}")
            behavior.outcomes = outcomes
        if duration is not None:
            if duration < 0:
                raise ValueError("duration must not be negative")
            behavior.duration = duration
        if reschedule_after is not None:
            behavior.reschedule_after = reschedule_after
        if failure_reason is not None:
            behavior.failure_reason = failure_reason
        return behavior

    # ---------------------------------------------------------------- commands

    def trigger(self, connection: Connection, *, force: bool = False) -> bool:
        """``POST .../sync``; returns whether a sync started (the API answers 200 either way)."""
        if not self._can_sync(connection):
            return False
        now = self._clock.now()
        if connection.sync_state == "syncing":
            if not force:
                return False
            # A forced restart abandons the running sync: no timestamp moves for it.
            self._runs.pop(connection.id, None)
        elif connection.sync_state == "rescheduled" and connection.rescheduled_for and now < connection.rescheduled_for:
            return False
        self._start(connection, now)
        return True

    def resync(self, connection: Connection) -> None:
        """``POST .../resync`` and table resync: a historical sync, now or when the connection resumes.

        Raises:
            FakeAPIError: 409 while a sync is running.
        """
        if connection.sync_state == "syncing":
            raise conflict(f"A sync is in progress for connection '{connection.id}'; the re-sync was declined.")
        connection.is_historical_sync = True
        if connection.paused:
            self._pending_resync.add(connection.id)
            return
        if self._can_sync(connection):
            self._start(connection, self._clock.now())

    def pause(self, connection: Connection) -> None:
        """Stop any running sync (no timestamp moves) and park the connection."""
        self._runs.pop(connection.id, None)
        connection.paused = True
        connection.sync_state = "paused"
        # A quota wait means nothing for a paused connection; resuming starts from "scheduled".
        connection.rescheduled_for = None

    def resume(self, connection: Connection) -> None:
        connection.paused = False
        connection.sync_state = "scheduled"
        now = self._clock.now()
        if connection.id in self._pending_resync:
            self._pending_resync.discard(connection.id)
            if self._can_sync(connection):
                self._start(connection, now)
                return
        self._schedule(connection, now)

    def reschedule(self, connection: Connection, until: datetime) -> None:
        """Put the connection in ``rescheduled`` until ``until`` (as if a quota was hit)."""
        self._runs.pop(connection.id, None)
        connection.sync_state = "rescheduled"
        connection.rescheduled_for = until
        self._watched.add(connection.id)

    def finish_now(self, connection: Connection, outcome: SyncOutcome | None = None) -> None:
        """End the running sync at the current time (``outcome`` overrides the configured one)."""
        if connection.id not in self._runs:
            raise ValueError(f"connection {connection.id!r} is not syncing")
        self._finish(connection, self._clock.now(), outcome)

    def forget(self, connection_id: str) -> None:
        for registry in (self._behaviors, self._runs, self._next_scheduled):
            registry.pop(connection_id, None)
        self._pending_resync.discard(connection_id)
        self._watched.discard(connection_id)

    def created(self, connection: Connection) -> None:
        """A new connection: with scheduled syncs on, its first (historical) sync is due at once."""
        self._schedule(connection, connection.created_at)

    def running_sync_id(self, connection_id: str) -> str | None:
        run = self._runs.get(connection_id)
        return None if run is None else run.sync_id

    # ---------------------------------------------------------------- time

    def catch_up(self) -> None:
        """Apply every start and end that became due, earliest first, each at its own time."""
        now = self._clock.now()
        for _ in range(_MAX_EVENTS_PER_CATCH_UP):
            due = self._earliest_due()
            if due is None or due[0] > now:
                return
            when, connection, action = due
            action(connection, when)

    def _earliest_due(self) -> tuple[datetime, Connection, Callable[[Connection, datetime], None]] | None:
        best: tuple[datetime, Connection, Callable[[Connection, datetime], None]] | None = None
        for connection_id in sorted(self._watched):
            connection = self._find(connection_id)
            candidate = None if connection is None else self._next_event(connection)
            if connection is None or candidate is None:
                # Nothing pending any more; whatever creates the next event watches it again.
                self._watched.discard(connection_id)
            elif best is None or candidate[0] < best[0]:
                best = (candidate[0], connection, candidate[1])
        return best

    def _next_event(self, connection: Connection) -> tuple[datetime, Callable[[Connection, datetime], None]] | None:
        run = self._runs.get(connection.id)
        if run is not None:
            return run.ends_at, self._finish
        if not self._can_sync(connection) or connection.schedule_type != "auto":
            return None
        if connection.sync_state == "rescheduled" and connection.rescheduled_for is not None:
            # Quota back: auto connections retry by themselves; manual ones wait for a trigger.
            return connection.rescheduled_for, self._start
        if self.scheduled_syncs and connection.sync_state == "scheduled":
            due = self._next_scheduled.get(connection.id)
            if due is not None:
                return due, self._start
        return None

    # ---------------------------------------------------------------- transitions

    def _schedule(self, connection: Connection, when: datetime) -> None:
        """With scheduled syncs on, the next automatic sync of ``connection`` is due at ``when``."""
        if self.scheduled_syncs:
            self._next_scheduled[connection.id] = when
            self._watched.add(connection.id)

    @staticmethod
    def _can_sync(connection: Connection) -> bool:
        return not connection.paused and connection.setup_state == "connected"

    def _start(self, connection: Connection, when: datetime) -> None:
        behavior = self.behavior(connection.id)
        run = _Run(self._new_sync_id(), when, when + timedelta(seconds=behavior.duration))
        self._runs[connection.id] = run
        self._next_scheduled.pop(connection.id, None)
        self._watched.add(connection.id)
        connection.sync_state = "syncing"
        connection.rescheduled_for = None
        self._emit("sync_start", connection, {}, run.sync_id, when)

    def _finish(self, connection: Connection, when: datetime, override: SyncOutcome | None = None) -> None:
        run = self._runs.pop(connection.id)
        behavior = self.behavior(connection.id)
        outcome = override or behavior.next_outcome()
        connection.sync_state = "scheduled"
        data: dict[str, Any] = {}
        if outcome == "success":
            connection.succeeded_at = when
            connection.is_historical_sync = False
            connection.tasks = []
            connection.warnings = []
        elif outcome in ("failure", "failure_with_task", "failure_with_warning"):
            connection.failed_at = when
            data["reason"] = behavior.failure_reason
            if outcome == "failure_with_task":
                connection.tasks = [{"code": "simulated_task", "message": behavior.failure_reason}]
            if outcome == "failure_with_warning":
                connection.warnings = [{"code": "simulated_warning", "message": behavior.failure_reason}]
        elif outcome == "rescheduled":
            connection.sync_state = "rescheduled"
            connection.rescheduled_for = when + timedelta(seconds=behavior.reschedule_after)
            data["reason"] = "Sync rescheduled: the source's API quota is exhausted"
            data["rescheduled_for"] = iso(connection.rescheduled_for)
            self._watched.add(connection.id)
        if outcome != "rescheduled":
            self._schedule(connection, when + timedelta(minutes=connection.sync_frequency))
        if outcome != "skipped":
            self._emit("sync_end", connection, {"status": _END_STATUS[outcome], **data}, run.sync_id, when)

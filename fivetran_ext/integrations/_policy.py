"""`TaskPolicy`: how an orchestrator task syncs a connection, in plain JSON-safe values.

Both integrations take the same options, named as ``client.connections.start_sync`` names them, plus
``max_age`` (``ensure_fresh``). An Airflow trigger carries them between processes as JSON, so one frozen
value holds them; the client's own `SyncPolicy` checks them, so the rules are not written twice.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import timedelta
from typing import Any, TypedDict

from .._resources.connections import AsyncConnections, Connections
from .._run_claims import RunClaimStore
from .._sync_run import OnReschedule, SyncRun
from .._sync_wait import SyncOutcome, SyncPolicy, max_age_seconds
from . import _clock

__all__ = ["SyncOptions", "TaskPolicy"]


class SyncOptions(TypedDict, total=False):
    """The keyword arguments every integration's sync takes (`TaskPolicy` documents each)."""

    force: bool
    timeout: float | timedelta
    poll_interval: float | timedelta
    start_deadline: float | timedelta | None
    on_reschedule: OnReschedule
    manage_schedule: bool
    max_age: float | timedelta | None


def _seconds(value: Any) -> Any:
    # Durations may be timedeltas; everything else goes to SyncPolicy.checked as given, to be judged there.
    return value.total_seconds() if isinstance(value, timedelta) else value


@dataclass(frozen=True, slots=True)
class TaskPolicy:
    """Options of one orchestrated sync (``client.connections.start_sync``'s, plus ``max_age``).

    Attributes:
        force: Restart a running sync instead of joining it (never the default: two workers forcing one
            connection kill each other's syncs).
        timeout: Seconds from the trigger until the task gives up with ``timed_out``.
        poll_interval: Seconds between status reads while waiting.
        start_deadline: Seconds after the trigger by which the sync must show a sign of life
            (``never_started`` otherwise); None waits up to ``timeout``.
        on_reschedule: ``"return"``, ``"retrigger"`` or ``"handoff"`` (see `fivetran_ext.OnReschedule`).
        manage_schedule: Switch the connection to a manual schedule while orchestrating it, restore it after.
        max_age: ``ensure_fresh``: when the last successful sync is younger than this many seconds, do not
            sync at all. None always syncs.
    """

    force: bool = False
    timeout: float = 3600.0
    poll_interval: float = 30.0
    start_deadline: float | None = None
    on_reschedule: OnReschedule = "return"
    manage_schedule: bool = False
    max_age: float | None = None

    @classmethod
    def checked(cls, **options: Any) -> TaskPolicy:
        """A policy from `SyncOptions` (durations as seconds or `timedelta`); raises before anything runs.

        Raises:
            ValueError: a duration is not positive and finite, ``on_reschedule`` is unknown, or an option
                is unknown.
            TypeError: ``force``/``manage_schedule`` is not a bool.
        """
        unknown = sorted(set(options) - {field.name for field in fields(cls)})
        if unknown:
            raise ValueError(f"unknown sync options: {unknown}")
        merged = {**asdict(cls()), **{name: _seconds(value) for name, value in options.items()}}
        max_age = merged.pop("max_age")
        core = SyncPolicy.checked(**merged)
        return cls(
            force=core.force,
            timeout=core.timeout,
            poll_interval=core.poll_interval,
            start_deadline=core.start_deadline,
            on_reschedule=core.on_reschedule,
            manage_schedule=core.manage_schedule,
            max_age=None if max_age is None else max_age_seconds(max_age),
        )

    def to_dict(self) -> dict[str, Any]:
        """The options as JSON values (for an Airflow trigger's kwargs)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TaskPolicy:
        """Read `to_dict`'s output back (unknown keys are refused: they would be silently ignored)."""
        return cls.checked(**data)

    def start_options(self) -> dict[str, Any]:
        """The keyword arguments of ``start_sync`` (and of ``sync_and_wait``/``ensure_fresh``)."""
        options = asdict(self)
        del options["max_age"]
        return options

    def wait(
        self, connections: Connections, connection_id: str, coordinator: RunClaimStore | None = None
    ) -> SyncOutcome:
        """Sync (with ``max_age``: only if the data is older) and block until the outcome.

        ``coordinator``: a store shared with other workers, so a run of this connection already covering it
        is joined instead of triggered again.
        """
        options, sleep, clock = self.start_options(), _clock.sleep, _clock.now
        if self.max_age is not None:
            return connections.ensure_fresh(
                connection_id, self.max_age, **options, sleep=sleep, clock=clock, coordinator=coordinator
            )
        return connections.sync_and_wait(connection_id, **options, sleep=sleep, clock=clock, coordinator=coordinator)

    async def wait_async(
        self, connections: AsyncConnections, connection_id: str, coordinator: RunClaimStore | None = None
    ) -> SyncOutcome:
        """`wait` without blocking the event loop."""
        options, sleep, clock = self.start_options(), _clock.sleep_async, _clock.now
        if self.max_age is not None:
            return await connections.ensure_fresh(
                connection_id, self.max_age, **options, sleep=sleep, clock=clock, coordinator=coordinator
            )
        return await connections.sync_and_wait(
            connection_id, **options, sleep=sleep, clock=clock, coordinator=coordinator
        )

    def start(self, connections: Connections, connection_id: str, coordinator: RunClaimStore | None = None) -> SyncRun:
        """Trigger the sync and return its handle (raises ``NotSyncableError`` with nothing sent).

        With ``coordinator``, a run of another worker that still covers the connection is returned instead.
        """
        return connections.start_sync(connection_id, **self.start_options(), clock=_clock.now, coordinator=coordinator)

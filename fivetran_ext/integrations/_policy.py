"""`SyncPolicy`: how an orchestrator task syncs a connection, in plain JSON-safe values.

Both integrations take the same options (they are ``client.connections``' sync options, named alike), and an
Airflow trigger must carry them between processes as JSON: one frozen value holds them, checked once.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import timedelta
from typing import Any, Literal, TypedDict, get_args

from .._resources.connections import AsyncConnections, Connections
from .._sync_wait import SyncOutcome
from .._validation import check_seconds

__all__ = ["OnReschedule", "SyncOptions", "SyncPolicy"]

OnReschedule = Literal["return", "retrigger", "handoff"]
"""What to do when Fivetran reschedules the sync (a source quota): end with ``rescheduled``; on a manual
schedule trigger again at ``rescheduled_for``; or keep waiting until ``rescheduled_for`` and after."""


class SyncOptions(TypedDict, total=False):
    """The keyword arguments every integration's sync takes (`SyncPolicy` documents each)."""

    force: bool
    timeout: float | timedelta
    poll_interval: float | timedelta
    start_deadline: float | timedelta | None
    on_reschedule: OnReschedule
    manage_schedule: bool
    max_age: float | timedelta | None


def _seconds(name: str, value: float | timedelta) -> float:
    return check_seconds(name, value.total_seconds() if isinstance(value, timedelta) else value)


def _optional_seconds(name: str, value: float | timedelta | None) -> float | None:
    return None if value is None else _seconds(name, value)


@dataclass(frozen=True, slots=True)
class SyncPolicy:
    """Options of one orchestrated sync.

    Attributes:
        force: Restart a running sync instead of waiting for it (never the default: two workers forcing one
            connection kill each other's syncs).
        timeout: Seconds from the trigger until the task gives up with ``timed_out``.
        poll_interval: Seconds between status reads while waiting.
        start_deadline: Seconds after the trigger by which the sync must show signs of starting
            (``never_started`` otherwise); None waits up to ``timeout``.
        on_reschedule: ``"return"``, ``"retrigger"`` or ``"handoff"`` (see `OnReschedule`).
        manage_schedule: Switch the connection to a manual schedule while orchestrating, and restore it after.
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
    def checked(
        cls,
        *,
        force: bool = False,
        timeout: float | timedelta = 3600.0,
        poll_interval: float | timedelta = 30.0,
        start_deadline: float | timedelta | None = None,
        on_reschedule: OnReschedule = "return",
        manage_schedule: bool = False,
        max_age: float | timedelta | None = None,
    ) -> SyncPolicy:
        """A policy from user arguments (durations as seconds or `timedelta`); raises before anything runs.

        Raises:
            ValueError: a duration is not positive and finite, or ``on_reschedule`` is unknown.
            TypeError: ``force``/``manage_schedule`` is not a bool.
        """
        for name, flag in (("force", force), ("manage_schedule", manage_schedule)):
            if not isinstance(flag, bool):
                raise TypeError(f"{name} must be a bool, got {type(flag).__name__}")
        pending = [
            name for name, value in (("start_deadline", start_deadline), ("max_age", max_age)) if value is not None
        ]
        pending += ["manage_schedule"] if manage_schedule else []
        if pending:
            # Refused rather than ignored: a caller relying on them must not get a plain sync instead.
            raise ValueError(f"{', '.join(pending)}: not supported yet (they need the resumable sync handle)")
        if on_reschedule not in get_args(OnReschedule):
            raise ValueError(f"on_reschedule must be one of {get_args(OnReschedule)}, got {on_reschedule!r}")
        return cls(
            force=force,
            timeout=_seconds("timeout", timeout),
            poll_interval=_seconds("poll_interval", poll_interval),
            start_deadline=_optional_seconds("start_deadline", start_deadline),
            on_reschedule=on_reschedule,
            manage_schedule=manage_schedule,
            max_age=_optional_seconds("max_age", max_age),
        )

    def to_dict(self) -> dict[str, Any]:
        """The options as JSON values (for an Airflow trigger's kwargs)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SyncPolicy:
        """Read `to_dict`'s output back (unknown keys are refused: they would be silently ignored)."""
        known = {field.name for field in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown SyncPolicy options: {unknown}")
        return cls.checked(**data)

    def _wait_options(self) -> dict[str, Any]:
        return {
            "timeout": self.timeout,
            "poll_interval": self.poll_interval,
            "force": self.force,
            "retrigger_rescheduled": self.on_reschedule == "retrigger",
        }

    def wait(self, connections: Connections, connection_id: str) -> SyncOutcome:
        """Sync and block until the outcome."""
        return connections.sync_and_wait(connection_id, **self._wait_options())

    async def wait_async(self, connections: AsyncConnections, connection_id: str) -> SyncOutcome:
        """Sync and wait without blocking the event loop."""
        return await connections.sync_and_wait(connection_id, **self._wait_options())

"""`SyncStatus`: where a connection's syncing stands, read from ``GET /v1/connections/{id}``.

Fivetran has no sync or job id. What it reports is the connection's state (``paused``,
``status.setup_state``, ``status.sync_state``, ...) and when the last sync succeeded (``succeeded_at``) or
failed (``failed_at``). Every predicate here is derived from those fields by one rule, so they never
contradict each other (Fivetrex's ``Connector.paused?`` reads the flag while ``SyncStatus.paused?`` reads
``sync_state``; a connection could be both paused and not paused).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from fivetran_api._model import ModelFieldError
from fivetran_api.types import Unset

from ._models import Connection

__all__ = ["NotSyncableReason", "SyncProblem", "SyncStatus", "aware", "first_message"]

NotSyncableReason = Literal["paused", "broken", "setup_incomplete"]
"""Why a connection cannot sync now."""


def aware(value: object) -> datetime | None:
    """A timezone-aware datetime from a generated field, or None when absent or unreadable.

    The generated parser leaves a timestamp it cannot read as a string; Fivetran's timestamps are UTC,
    so one without an offset is read as UTC.

    Example:
        >>> aware("2025-01-01T00:01:00.000000Z").isoformat()
        '2025-01-01T00:01:00+00:00'
    """
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


@dataclass(frozen=True, slots=True)
class SyncProblem:
    """One entry of a connection's ``status.tasks`` (needs action) or ``status.warnings`` (worth a look).

    Attributes:
        code: Fivetran's machine-readable code, e.g. ``"reconnect"`` (``""`` if the API sent none).
        message: The human-readable label, e.g. ``"Reconnect"`` (``""`` if none).
        details: Further context as the API sent it (text or an object), None if absent.
    """

    code: str
    message: str
    details: Any = None

    @classmethod
    def from_api(cls, item: object) -> SyncProblem:
        """Read a task or warning, whether the model gave an object or a plain dict."""
        if isinstance(item, dict):
            return cls(str(item.get("code") or ""), str(item.get("message") or ""), item.get("details"))
        details = getattr(item, "details", None)
        return cls(
            _text(getattr(item, "code", None)) or "",
            _text(getattr(item, "message", None)) or "",
            None if isinstance(details, Unset) else details,
        )


def _problems(status: object, name: str) -> tuple[SyncProblem, ...]:
    items = getattr(status, name, None)
    if isinstance(status, dict):
        items = status.get(name)
    return tuple(SyncProblem.from_api(item) for item in items) if isinstance(items, list | tuple) else ()


def first_message(*groups: tuple[SyncProblem, ...]) -> str | None:
    """The first non-empty message (or code) among ``groups``, tasks before warnings; None if none."""
    for group in groups:
        for problem in group:
            if problem.message or problem.code:
                return problem.message or problem.code
    return None


def _readable(model: object, name: str) -> Any:
    """A field of a model, or None when the API sent a value its type cannot hold (a garbled timestamp
    must not stop a wait: the other timestamp still decides)."""
    try:
        return getattr(model, name, None)
    except ModelFieldError:
        return None


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """A snapshot of one connection's sync state.

    Built by ``client.connections.get_sync_status(id)`` (one ``GET /v1/connections/{id}``). Timestamps are
    timezone-aware (UTC assumed when the API sends none). ``paused`` is true when either the ``paused``
    flag is set or ``sync_state`` is ``"paused"``.

    Attributes:
        connection_id: The connection's id.
        setup_state: ``"connected"``, ``"incomplete"``, ``"broken"`` (or a newer value), None if absent.
        sync_state: ``"scheduled"``, ``"syncing"``, ``"paused"``, ``"rescheduled"`` (or a newer value).
        update_state: ``"on_schedule"`` or ``"delayed"``.
        succeeded_at: When the last successful sync ended, None if never.
        failed_at: When the last failed sync ended, None if never.
        is_historical_sync: Whether the next or running sync is a historical (full) one.
        rescheduled_for: When a ``rescheduled`` sync may run again.
        paused: Whether the connection is paused.
        schedule_type: ``"auto"`` (Fivetran schedules syncs) or ``"manual"`` (only triggered syncs run).
        sync_frequency: Minutes between automatic syncs.
        tasks: ``status.tasks``: conditions that need action (a failed sync's reason is usually here).
        warnings: ``status.warnings``: conditions worth a look.
        connection: The `Connection` it was read from (config, ...).

    Example:
        status = client.connections.get_sync_status("decent_dropsy")
        if status.can_sync and not status.syncing:
            print("idle; last sync", status.last_outcome, "at", status.last_sync_completed_at)
    """

    connection_id: str | None
    setup_state: str | None
    sync_state: str | None
    update_state: str | None = None
    succeeded_at: datetime | None = None
    failed_at: datetime | None = None
    is_historical_sync: bool | None = None
    rescheduled_for: datetime | None = None
    paused: bool = False
    schedule_type: str | None = None
    sync_frequency: int | None = None
    tasks: tuple[SyncProblem, ...] = ()
    warnings: tuple[SyncProblem, ...] = ()
    connection: Connection | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Normalize once so that every predicate below agrees whoever built the value.
        for name in ("succeeded_at", "failed_at", "rescheduled_for"):
            object.__setattr__(self, name, aware(getattr(self, name)))
        object.__setattr__(self, "paused", self.paused is True or self.sync_state == "paused")

    @classmethod
    def from_connection(cls, connection: Connection) -> SyncStatus:
        """Read the status of a `Connection` (as returned by ``connections.get``)."""
        status: Any = connection.status
        sync_frequency = connection.sync_frequency
        historical = getattr(status, "is_historical_sync", None)
        return cls(
            connection_id=_text(connection.id),
            setup_state=_text(getattr(status, "setup_state", None)),
            sync_state=_text(getattr(status, "sync_state", None)),
            update_state=_text(getattr(status, "update_state", None)),
            succeeded_at=aware(_readable(connection, "succeeded_at")),
            failed_at=aware(_readable(connection, "failed_at")),
            is_historical_sync=historical if isinstance(historical, bool) else None,
            rescheduled_for=aware(_readable(status, "rescheduled_for")),
            paused=connection.paused is True,
            schedule_type=_text(connection.schedule_type),
            sync_frequency=sync_frequency if isinstance(sync_frequency, int) else None,
            tasks=_problems(status, "tasks"),
            warnings=_problems(status, "warnings"),
            connection=connection,
        )

    @property
    def broken(self) -> bool:
        """Setup is broken (e.g. credentials revoked): no sync runs until it is fixed."""
        return self.setup_state == "broken"

    @property
    def setup_incomplete(self) -> bool:
        """Setup is not finished: ``incomplete``, or a setup state this client does not know (or none)."""
        return self.setup_state not in ("connected", "broken")

    @property
    def not_syncable_reason(self) -> NotSyncableReason | None:
        """Why no sync can run now (paused first, then broken, then incomplete setup), or None."""
        if self.paused:
            return "paused"
        if self.broken:
            return "broken"
        if self.setup_incomplete:
            return "setup_incomplete"
        return None

    @property
    def can_sync(self) -> bool:
        """Not paused and fully set up: a triggered sync can run."""
        return self.not_syncable_reason is None

    @property
    def syncing(self) -> bool:
        """A sync is running (never true for a paused connection)."""
        return self.sync_state == "syncing" and not self.paused

    @property
    def rescheduled(self) -> bool:
        """A sync was postponed (a source quota, typically) until `rescheduled_for`."""
        return self.sync_state == "rescheduled" and not self.paused

    @property
    def last_sync_completed_at(self) -> datetime | None:
        """When the last sync ended, successfully or not: ``max(succeeded_at, failed_at)``."""
        ends = [moment for moment in (self.succeeded_at, self.failed_at) if moment is not None]
        return max(ends) if ends else None

    @property
    def last_outcome(self) -> Literal["succeeded", "failed"] | None:
        """How the last completed sync ended, None if no sync ever completed.

        The newer of ``succeeded_at`` and ``failed_at`` decides; equal timestamps count as a failure, the
        claim that cannot mislead a pipeline into using data that may not have arrived.
        """
        if self.succeeded_at is None and self.failed_at is None:
            return None
        if self.failed_at is None or (self.succeeded_at is not None and self.succeeded_at > self.failed_at):
            return "succeeded"
        return "failed"

    @property
    def last_sync_succeeded(self) -> bool:
        """The last completed sync succeeded (False if none completed yet)."""
        return self.last_outcome == "succeeded"

    @property
    def last_sync_failed(self) -> bool:
        """The last completed sync failed (False if none completed yet)."""
        return self.last_outcome == "failed"

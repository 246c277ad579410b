"""Has a connection synced since a moment? The pure verdict behind the freshness sensor.

One status read answers it: the last success at or after the moment means fresh; a connection that cannot
sync (paused, broken, not set up) will never become fresh, so waiting for it is pointless; a failure after
the moment is the sync the caller was waiting for, and it failed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from .._sync_run import utc
from .._sync_status import SyncStatus
from . import _clock
from ._results import status_result

__all__ = ["Freshness", "freshness", "freshness_result", "freshness_since", "is_settled"]

Freshness = Literal["succeeded", "failed", "not_syncable", "waiting"]


def freshness(status: SyncStatus, since: datetime) -> Freshness:
    """The verdict of one status read about syncs completed at or after ``since`` (timezone-aware).

    Example:
        >>> from datetime import UTC, datetime
        >>> status = SyncStatus("c", "connected", "scheduled", succeeded_at=datetime(2025, 1, 2, tzinfo=UTC))
        >>> freshness(status, datetime(2025, 1, 1, tzinfo=UTC)), freshness(status, datetime(2025, 1, 3, tzinfo=UTC))
        ('succeeded', 'waiting')
    """
    if status.succeeded_at is not None and status.succeeded_at >= since:
        return "succeeded"
    if status.failed_at is not None and status.failed_at >= since and not status.syncing:
        return "failed"
    if not status.can_sync:
        return "not_syncable"
    return "waiting"


def freshness_result(status: SyncStatus, connection_id: str, since: datetime) -> dict[str, Any]:
    """The verdict as a JSON-safe result: `status_result`'s keys (``state`` is the verdict) plus ``since``."""
    result = status_result(status, connection_id, freshness(status, since), status.not_syncable_reason)
    result["since"] = since.isoformat()
    return result


def is_settled(result: dict[str, Any], fail_on_failed_sync: bool) -> bool:
    """Whether a `freshness_result` ends the wait: fresh, unable to sync, or (if it counts) failed."""
    return result["state"] in ("succeeded", "not_syncable") or (result["state"] == "failed" and fail_on_failed_sync)


def freshness_since(synced_after: datetime | str | None, max_age: float | None) -> datetime:
    """The moment a sync must have succeeded at or after: ``synced_after`` (naive means UTC), or now - ``max_age``.

    Example:
        >>> freshness_since("2025-01-01T00:00:00", None).isoformat()
        '2025-01-01T00:00:00+00:00'
    """
    if synced_after is not None:
        moment = datetime.fromisoformat(synced_after) if isinstance(synced_after, str) else synced_after
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    if max_age is None:
        raise ValueError("pass synced_after or max_age")
    return utc(_clock.now()) - timedelta(seconds=max_age)

"""Has a connection synced since a moment? The pure verdict behind the freshness sensor.

One status read answers it: the last success at or after the moment means fresh; a connection that cannot
sync (paused, broken, not set up) will never become fresh, so waiting for it is pointless; a failure after
the moment is the sync the caller was waiting for, and it failed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from .._sync_status import SyncStatus

__all__ = ["Freshness", "freshness"]

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

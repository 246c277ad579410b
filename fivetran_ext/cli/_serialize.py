"""JSON shapes of the CLI's non-model results: `SyncStatus`, `SyncOutcome` and the schema config.

Generated models have ``to_dict()``; these are dataclasses, so their fields are read generically (a
field the library adds later appears without a change here) and derived properties are added by name.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._sync_status import SyncStatus
    from .._sync_wait import SyncOutcome

__all__ = ["outcome_dict", "plain", "status_dict"]


def plain(value: Any) -> Any:
    """``value`` made of JSON types only: datetimes as ISO-8601, enums as their value, mappings as dicts.

    Dataclass fields declared with ``repr=False`` (the `Connection` a status was read from) are left out:
    they are the API's own objects, available with ``connections get --json``.

    Example:
        >>> from datetime import datetime, UTC
        >>> plain({"at": datetime(2025, 1, 1, tzinfo=UTC), "ids": ("a", "b")})
        {'at': '2025-01-01T00:00:00+00:00', 'ids': ['a', 'b']}
    """
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: plain(getattr(value, field.name)) for field in dataclasses.fields(value) if field.repr}
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(item) for item in value]
    return value


def status_dict(status: SyncStatus) -> dict[str, Any]:
    """A `SyncStatus` as JSON: its fields plus the verdicts scripts branch on."""
    data: dict[str, Any] = plain(status)
    data.update(
        can_sync=status.can_sync,
        not_syncable_reason=status.not_syncable_reason,
        syncing=status.syncing,
        last_outcome=status.last_outcome,
        last_sync_completed_at=plain(status.last_sync_completed_at),
    )
    return data


def outcome_dict(connection_id: str, outcome: SyncOutcome) -> dict[str, Any]:
    """A `SyncOutcome` as one JSON object (``kind`` first, the final status nested)."""
    data: dict[str, Any] = {"connection_id": connection_id}
    data.update(plain(outcome))
    data.update(
        status=status_dict(outcome.status),
        elapsed=round(outcome.elapsed, 3),
        succeeded=outcome.succeeded,
        completed_at=plain(outcome.completed_at),
        rescheduled_for=plain(outcome.rescheduled_for),
    )
    return data

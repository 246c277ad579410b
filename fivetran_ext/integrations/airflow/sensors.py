"""`FivetranFreshnessSensor`: wait until a connection has synced successfully since a moment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from airflow.sdk import BaseSensorOperator, PokeReturnValue

from ..._sync_run import utc
from .. import _clock
from .._freshness import freshness
from .._results import failure_message, status_result
from .errors import FivetranSyncError
from .hooks import FivetranHook

__all__ = ["FivetranFreshnessSensor"]


def _moment(value: datetime | str) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class FivetranFreshnessSensor(BaseSensorOperator):
    """Succeeds once ``connection_id``'s last successful sync is at or after a moment; one GET per poke.

    The moment is ``synced_after`` (a datetime or ISO-8601 string, templated: e.g.
    ``"{{ data_interval_end }}"``) or, with ``max_age``, the poke time minus ``max_age``. The sensor
    fails at once, with the reason, instead of waiting forever when the connection cannot sync (paused,
    broken) and, unless ``fail_on_failed_sync=False``, when a sync after the moment failed. The XCom value
    is the JSON-safe status (see `status_result`). Use ``mode="reschedule"`` to free the worker slot
    between pokes.

    Example:
        FivetranFreshnessSensor(task_id="orders_fresh", connection_id="decent_dropsy",
                                max_age=timedelta(hours=1), poke_interval=300, mode="reschedule")
    """

    template_fields: Sequence[str] = ("connection_id", "fivetran_conn_id", "synced_after")

    def __init__(
        self,
        *,
        connection_id: str,
        fivetran_conn_id: str = FivetranHook.default_conn_name,
        synced_after: datetime | str | None = None,
        max_age: float | timedelta | None = None,
        fail_on_failed_sync: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if (synced_after is None) == (max_age is None):
            raise ValueError("pass exactly one of synced_after and max_age")
        self.connection_id = connection_id
        self.fivetran_conn_id = fivetran_conn_id
        self.synced_after = synced_after
        self.max_age = max_age.total_seconds() if isinstance(max_age, timedelta) else max_age
        self.fail_on_failed_sync = fail_on_failed_sync

    def _since(self) -> datetime:
        if self.synced_after is not None:
            return _moment(self.synced_after)
        assert self.max_age is not None  # exactly one of the two is set (checked in __init__)
        return utc(_clock.now()) - timedelta(seconds=self.max_age)

    def poke(self, context: Any) -> PokeReturnValue:
        """One status read and its verdict."""
        since = self._since()
        with FivetranHook(self.fivetran_conn_id).get_client() as client:
            status = client.connections.get_sync_status(self.connection_id)
        verdict = freshness(status, since)
        result = status_result(status, self.connection_id, verdict, status.not_syncable_reason)
        result["since"] = since.isoformat()
        if verdict == "not_syncable" or (verdict == "failed" and self.fail_on_failed_sync):
            self.log.error("%s", failure_message(result))
            raise FivetranSyncError(result)
        self.log.info("Connection %s: %s since %s", self.connection_id, verdict, result["since"])
        return PokeReturnValue(is_done=verdict == "succeeded", xcom_value=result)

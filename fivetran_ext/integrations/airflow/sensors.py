"""`FivetranFreshnessSensor`: wait until a connection has synced successfully since a moment."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import BaseSensorOperator, PokeReturnValue
from airflow.sdk.exceptions import AirflowException

from ..._sync_run import utc
from .. import _clock
from .._freshness import freshness_result, freshness_since, is_settled
from .._results import failure_message
from .errors import FivetranSyncError
from .hooks import FivetranHook
from .triggers import FivetranFreshnessTrigger

__all__ = ["FivetranFreshnessSensor"]


class FivetranFreshnessSensor(BaseSensorOperator):
    """Succeeds once ``connection_id``'s last successful sync is at or after a moment; one GET per poke.

    The moment is ``synced_after`` (a datetime or ISO-8601 string, templated: e.g.
    ``"{{ data_interval_end }}"``), or, with ``max_age``, the poke time minus ``max_age``, or, with
    neither, the moment the sensor started (``airflow-provider-fivetran-async``'s default): the start
    Airflow counts the sensor's ``timeout`` from. That is the first poke of this try; with
    ``mode="reschedule"``, the start of the first reschedule (kept across reschedules and retries, as
    Airflow's own timeout is); with ``deferrable=True``, the first poke in the worker, handed to the
    trigger as a fixed ``synced_after`` (a triggerer restart keeps it). A retry in ``poke`` or deferrable
    mode starts afresh. The sensor
    fails at once, with the reason, instead of waiting forever when the connection cannot sync (paused,
    broken) and, unless ``fail_on_failed_sync=False``, when a sync after the moment failed. The XCom value
    is the JSON-safe status (see `freshness_result`). Between pokes, ``mode="reschedule"`` frees the
    worker slot; ``deferrable=True`` waits in the triggerer (`FivetranFreshnessTrigger`) after a first
    poke in the worker.

    Example:
        FivetranFreshnessSensor(task_id="orders_fresh", connection_id="decent_dropsy",
                                max_age=timedelta(hours=1), poke_interval=300, deferrable=True)
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
        deferrable: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if synced_after is not None and max_age is not None:
            raise ValueError("pass at most one of synced_after and max_age")
        self.connection_id = connection_id
        self.fivetran_conn_id = fivetran_conn_id
        self.synced_after = synced_after
        self.max_age = max_age.total_seconds() if isinstance(max_age, timedelta) else max_age
        self.fail_on_failed_sync = fail_on_failed_sync
        self.deferrable = deferrable
        self._started_at: datetime | None = None  # the moment, with neither synced_after nor max_age

    def _since(self) -> datetime:
        if self.synced_after is None and self.max_age is None:
            if self._started_at is None:  # poke() called without execute(): this poke is the start
                self._started_at = utc(_clock.now())
            return self._started_at
        return freshness_since(self.synced_after, self.max_age)

    def _start(self, context: Any) -> None:
        """Fix the default moment: the start Airflow counts ``timeout`` from (see the class docstring)."""
        if self.synced_after is not None or self.max_age is not None:
            return
        first = context["ti"].get_first_reschedule_date(context) if self.reschedule else None
        self._started_at = utc(_clock.now() if first is None else first.timestamp())

    def poke(self, context: Any) -> PokeReturnValue:
        """One status read and its verdict."""
        since = self._since()
        with FivetranHook(self.fivetran_conn_id).get_client() as client:
            status = client.connections.get_sync_status(self.connection_id)
        result = freshness_result(status, self.connection_id, since)
        self._raise_if_failed(result)
        self.log.info("Connection %s: %s since %s", self.connection_id, result["state"], result["since"])
        return PokeReturnValue(is_done=result["state"] == "succeeded", xcom_value=result)

    def execute(self, context: Any) -> Any:
        """Poke (and wait) in the worker; with ``deferrable=True`` poke once, then defer."""
        self._start(context)
        if not self.deferrable:
            return super().execute(context)
        first = self.poke(context)
        if first.is_done:
            return first.xcom_value
        trigger = FivetranFreshnessTrigger(
            connection_id=self.connection_id,
            fivetran_conn_id=self.fivetran_conn_id,
            # A fixed moment (given, or the sensor's start), or None to count max_age back from each read.
            synced_after=None if self.max_age is not None else self._since().isoformat(),
            max_age=self.max_age,
            poke_interval=float(self.poke_interval),
            deadline=(utc(_clock.now()) + timedelta(seconds=self.timeout)).isoformat(),
            fail_on_failed_sync=self.fail_on_failed_sync,
        )
        # Airflow's own limit a little after the trigger's deadline, so the trigger reports it itself.
        self.defer(trigger=trigger, method_name="execute_complete", timeout=self.timeout + 300)
        raise AssertionError("unreachable: defer() raises TaskDeferred")

    def execute_complete(self, context: Any, event: dict[str, Any]) -> dict[str, Any]:
        """Resume after `FivetranFreshnessTrigger`'s event."""
        if "error" in event:
            message = f"Freshness of Fivetran connection {self.connection_id} could not be read: {event['error']}"
            self.log.error("%s", message)
            raise AirflowException(message)
        result: dict[str, Any] = event["result"]
        self._raise_if_failed(result)
        if result["state"] != "succeeded":  # the trigger's deadline passed first
            self.log.error("%s", failure_message(result))
            raise FivetranSyncError(result)
        return result

    def _raise_if_failed(self, result: dict[str, Any]) -> None:
        if result["state"] != "succeeded" and is_settled(result, self.fail_on_failed_sync):
            self.log.error("%s", failure_message(result))
            raise FivetranSyncError(result)

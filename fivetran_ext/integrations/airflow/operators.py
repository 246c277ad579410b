"""`FivetranSyncOperator`: sync a connection and wait for the outcome, in the worker or deferred."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from airflow.sdk import BaseOperator
from airflow.sdk.exceptions import AirflowException

from .._policy import OnReschedule, SyncPolicy
from .._results import failure_message, sync_result
from .errors import FivetranSyncError
from .hooks import FivetranHook
from .triggers import FivetranSyncTrigger

__all__ = ["FivetranSyncOperator"]


class FivetranSyncOperator(BaseOperator):
    """Trigger a sync of ``connection_id`` and wait until it ends; the result goes to XCom as JSON.

    The sync options are those of ``client.connections`` (`SyncPolicy`): ``force``, ``timeout``,
    ``poll_interval``, ``start_deadline``, ``on_reschedule``, ``manage_schedule`` and ``max_age``
    (``ensure_fresh``: skip the sync when the last success is younger). A sync that does not succeed fails
    the task with `FivetranSyncError`, whose message (also in the task log) says how it ended and why.

    Args:
        connection_id: The Fivetran connection (templated).
        fivetran_conn_id: The Airflow Connection holding the API key and secret.
        deferrable: Wait in the triggerer instead of a worker slot (`FivetranSyncTrigger`).

    Example:
        FivetranSyncOperator(task_id="sync_warehouse", connection_id="decent_dropsy", timeout=3600)
    """

    template_fields: Sequence[str] = ("connection_id", "fivetran_conn_id")
    ui_color = "#0073ff"

    def __init__(
        self,
        *,
        connection_id: str,
        fivetran_conn_id: str = FivetranHook.default_conn_name,
        deferrable: bool = False,
        force: bool = False,
        timeout: float | timedelta = 3600.0,
        poll_interval: float | timedelta = 30.0,
        start_deadline: float | timedelta | None = None,
        on_reschedule: OnReschedule = "return",
        manage_schedule: bool = False,
        max_age: float | timedelta | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.connection_id = connection_id
        self.fivetran_conn_id = fivetran_conn_id
        self.deferrable = deferrable
        # Checked now, at DAG parse time, so a bad option fails the DAG import rather than a run.
        self.policy = SyncPolicy.checked(
            force=force,
            timeout=timeout,
            poll_interval=poll_interval,
            start_deadline=start_deadline,
            on_reschedule=on_reschedule,
            manage_schedule=manage_schedule,
            max_age=max_age,
        )

    def execute(self, context: Any) -> dict[str, Any]:
        """Sync and wait in this worker, or defer to the triggerer; the JSON-safe result (see `sync_result`)."""
        if self.deferrable:
            trigger = FivetranSyncTrigger(
                connection_id=self.connection_id,
                fivetran_conn_id=self.fivetran_conn_id,
                policy=self.policy.to_dict(),
            )
            # Airflow's own deadline a little after the policy's, so the trigger reports timed_out itself.
            self.defer(trigger=trigger, method_name="execute_complete", timeout=self.policy.timeout + 300)
        hook = FivetranHook(self.fivetran_conn_id)
        with hook.get_client() as client:
            outcome = self.policy.wait(client.connections, self.connection_id)
        return self._finish(sync_result(outcome, self.connection_id))

    def execute_complete(self, context: Any, event: dict[str, Any]) -> dict[str, Any]:
        """Resume after `FivetranSyncTrigger`'s event."""
        if "error" in event:
            message = f"Fivetran sync of connection {self.connection_id} could not be followed: {event['error']}"
            self.log.error("%s", message)
            raise AirflowException(message)
        return self._finish(event["result"])

    def _finish(self, result: dict[str, Any]) -> dict[str, Any]:
        if not result["succeeded"]:
            message = failure_message(result)
            self.log.error("%s", message)
            raise FivetranSyncError(result)
        self.log.info("Fivetran sync of connection %s succeeded at %s", result["connection_id"], result["completed_at"])
        return result

"""`FivetranSyncOperator`: sync a connection and wait for the outcome, in the worker or deferred."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any, Literal, cast

from airflow.sdk import BaseOperator
from airflow.sdk.exceptions import AirflowException

from ..._client import Fivetran
from ..._errors import FivetranError
from ..._sync_run import NotSyncableError, OnReschedule, SyncOutcomeKind, SyncRun
from ..._sync_wait import SyncOutcome, is_fresh
from .. import _clock
from .._policy import TaskPolicy
from .._results import failure_message, sync_result
from .errors import FivetranSyncError
from .hooks import FivetranHook
from .triggers import FivetranSyncTrigger

__all__ = ["RUN_XCOM_KEY", "FivetranSyncOperator"]

#: The XCom key under which a deferred task keeps its sync handle (``SyncRun.to_json()``) while deferred.
RUN_XCOM_KEY = "fivetran_sync_run"
# Airflow's next_method when a deferred task resumes only to fail (trigger timeout, trigger crash).
_TRIGGER_FAIL = "__fail__"


class FivetranSyncOperator(BaseOperator):
    """Trigger a sync of ``connection_id`` and wait until it ends; the result goes to XCom as JSON.

    The sync options are those of ``client.connections`` (`TaskPolicy`): ``force``, ``timeout``,
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
        self.policy = TaskPolicy.checked(
            force=force,
            timeout=timeout,
            poll_interval=poll_interval,
            start_deadline=start_deadline,
            on_reschedule=on_reschedule,
            manage_schedule=manage_schedule,
            max_age=max_age,
        )

    def execute(self, context: Any) -> dict[str, Any]:
        """Sync and wait in this worker, or start the sync and defer; the JSON-safe result (`sync_result`)."""
        hook = FivetranHook(self.fivetran_conn_id)
        with hook.get_client() as client:
            if not self.deferrable:
                outcome = self.policy.wait(client.connections, self.connection_id, hook.get_coordinator())
                return self._finish(sync_result(outcome, self.connection_id))
            fresh = self._already_fresh(client)
            if fresh is not None:
                return self._finish(fresh)
            try:
                run = self.policy.start(client.connections, self.connection_id, hook.get_coordinator())
            except NotSyncableError as error:
                # Decided before anything was sent: fail here rather than defer a sync that cannot run.
                outcome = SyncOutcome.from_check(error.check, elapsed=0.0, polls=0)
                return self._finish(sync_result(outcome, self.connection_id))
        self.log.info("Fivetran sync of %s triggered; deferring until it ends", self.connection_id)
        # Kept for `resume_execution`: whatever ends the deferral, the worker can still give the schedule back.
        context["ti"].xcom_push(key=RUN_XCOM_KEY, value=run.to_json())
        trigger = FivetranSyncTrigger(run=run.to_json(), fivetran_conn_id=self.fivetran_conn_id)
        # Airflow's own limit a little after the run's deadline, so the trigger reports timed_out itself.
        limit = (run.deadline - run.triggered_at).total_seconds() + 300
        self.defer(trigger=trigger, method_name="execute_complete", timeout=limit)
        raise AssertionError("unreachable: defer() raises TaskDeferred")

    def _already_fresh(self, client: Fivetran) -> dict[str, Any] | None:
        """With ``max_age``: the result when the last success is young enough (one GET), else None.

        The same judgement as ``ensure_fresh`` (`is_fresh`), made here so that a stale connection's sync
        can then be started and deferred rather than waited for in the worker.
        """
        if self.policy.max_age is None:
            return None
        status = client.connections.get_sync_status(self.connection_id)
        if not is_fresh(status, self.policy.max_age, _clock.now()):
            return None
        outcome = SyncOutcome(
            kind=SyncOutcomeKind.SUCCEEDED,
            status=status,
            elapsed=0.0,
            polls=0,
            triggers=0,
            baseline=status.last_sync_completed_at,
            tasks=status.tasks,
            warnings=status.warnings,
            connection_id=self.connection_id,
        )
        return sync_result(outcome, self.connection_id)

    def resume_execution(self, next_method: str, next_kwargs: dict[str, Any] | None, context: Any) -> Any:
        """Back in a worker after the deferral: restore the schedule unless the trigger's last check did.

        Who restores a schedule ``manage_schedule`` took, at each end of a deferred task:

        - the trigger yields a result: its final check already sent the ``PATCH`` (``check`` restores
          when the run is decided), so nothing more is sent;
        - the trigger yields an error (the API could not be read), the trigger crashed, or Airflow's
          deferral timeout fired (e.g. no triggerer ran the trigger: the process died and none took it
          over): the worker restores here, from the handle kept in XCom (`RUN_XCOM_KEY`), then fails;
        - the task is marked failed, cleared or succeeded by hand: the trigger's ``on_kill``.

        The restore of the error ends is made here and not in the trigger because the triggerer process
        can die at any moment (a redeploy, an OOM kill): a restore that lives only there is lost with it,
        while Airflow always resumes the task in a worker (with the event, or with ``__fail__`` after the
        deferral timeout). A worker that fails to restore logs it and the task fails with the original
        error; the ``PATCH`` is idempotent, so a retry or a manual fix is safe.
        """
        event = (next_kwargs or {}).get("event")
        decided = next_method != _TRIGGER_FAIL and isinstance(event, dict) and "result" in event
        if not decided:
            self._restore_schedule(context)
        return super().resume_execution(next_method, next_kwargs, context)

    def _restore_schedule(self, context: Any) -> None:
        text = context["ti"].xcom_pull(task_ids=self.task_id, key=RUN_XCOM_KEY)
        if not text:
            return
        run = SyncRun.from_json(text)
        if run.restore_schedule is None:
            return
        # restore_schedule is the schedule_type Fivetran reported before the switch ("auto").
        schedule = cast(Literal["auto", "manual"], run.restore_schedule)
        try:
            with FivetranHook(self.fivetran_conn_id).get_client() as client:
                client.connections.update(run.connection_id, schedule_type=schedule)
        except FivetranError as error:
            self.log.error(
                "Schedule of %s could not be restored to %s: %s: %s",
                run.connection_id,
                schedule,
                type(error).__name__,
                error,
            )
            return
        self.log.info("Schedule of %s restored to %s", run.connection_id, schedule)

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

"""`FivetranSyncTrigger`: judges a started sync in Airflow's triggerer, on `AsyncFivetran`, never blocking.

The operator starts the sync in the worker (``start_sync``: it fails there, before deferring, when the
connection cannot sync) and hands the trigger the serialized handle (``SyncRun.to_json()``). The trigger
only checks: one ``GET`` per check (plus the re-trigger of a rescheduled manual sync whose time has come,
under ``on_reschedule="retrigger"``/``"handoff"``), awaiting ``next_check_at`` in between. Its kwargs are
plain JSON, as Airflow stores them; running it twice (a triggerer restart) judges the same handle again.
It yields exactly one event: ``{"result": <sync_result>}`` or, when the API could not be read,
``{"error": <message>}``. A schedule that ``manage_schedule`` switched is restored by the final check (the
result event), by the operator in the worker for every other end (error event, trigger crash, deferral
timeout: see ``FivetranSyncOperator.resume_execution``) and by ``on_kill`` when the task is killed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any, Literal, cast

from airflow.triggers.base import BaseTrigger, TriggerEvent

from ..._errors import FivetranError
from ..._sync_run import SyncRun, utc
from ..._sync_wait import SyncOutcome
from .. import _clock
from .._freshness import freshness_result, freshness_since, is_settled
from .._results import sync_result
from .hooks import FivetranHook

__all__ = ["FivetranFreshnessTrigger", "FivetranSyncTrigger"]


class FivetranSyncTrigger(BaseTrigger):
    """Check a started sync until it is decided.

    Args:
        run: The sync handle, ``SyncRun.to_json()``.
        fivetran_conn_id: The Airflow Connection with the API key and secret.
    """

    def __init__(self, *, run: str, fivetran_conn_id: str) -> None:
        super().__init__()
        self.run_json = run
        self.fivetran_conn_id = fivetran_conn_id
        self.sync_run = SyncRun.from_json(run)  # refuse a handle of another version here, not in the loop
        self.latest_run = self.sync_run  # what the last check returned (a re-trigger, a restored schedule)

    def serialize(self) -> tuple[str, dict[str, Any]]:
        """The class path and JSON kwargs Airflow rebuilds the trigger from."""
        return f"{type(self).__module__}.{type(self).__name__}", {
            "run": self.run_json,
            "fivetran_conn_id": self.fivetran_conn_id,
        }

    async def run(self) -> AsyncIterator[TriggerEvent]:
        """Check, await ``next_check_at``, check again, until done; one event."""
        run, checks = self.sync_run, 0
        try:
            async with await FivetranHook(self.fivetran_conn_id).get_async_client() as client:
                while True:
                    check = await client.connections.check(run, clock=_clock.now)
                    checks += 1
                    run = self.latest_run = check.run
                    if check.done or check.next_check_at is None:
                        break
                    self.log.info(
                        "Fivetran sync of %s: %s; next check at %s",
                        run.connection_id,
                        check.state,
                        check.next_check_at.isoformat(),
                    )
                    await _clock.sleep_async(max(check.next_check_at.timestamp() - _clock.now(), 0.0))
        except FivetranError as error:
            # No schedule restore here, on purpose: the operator's resume_execution restores it in the
            # worker for this event as for a crash or a deferral timeout of this trigger, ends a trigger
            # cannot handle itself when its process dies. One owner, one PATCH.
            yield TriggerEvent({"error": f"{type(error).__name__}: {error}"})
            return
        elapsed = _clock.now() - self.sync_run.triggered_at.timestamp()
        outcome = SyncOutcome.from_check(check, elapsed=elapsed, polls=checks)
        yield TriggerEvent({"result": sync_result(outcome, run.connection_id)})

    async def on_kill(self) -> None:
        """The task was marked failed, cleared or succeeded by hand: give back a schedule the run took.

        The sync itself goes on (Fivetran has no call to stop one); only ``manage_schedule``'s switch to
        ``manual`` is undone, so the connection does not silently stop syncing on its own schedule.
        """
        restore = self.latest_run.restore_schedule
        if restore is None:
            return
        async with await FivetranHook(self.fivetran_conn_id).get_async_client() as client:
            # restore_schedule is the schedule_type Fivetran reported before the switch ("auto").
            schedule = cast(Literal["auto", "manual"], restore)
            await client.connections.update(self.latest_run.connection_id, schedule_type=schedule)
        self.log.info("Schedule of %s restored to %s", self.latest_run.connection_id, restore)


class FivetranFreshnessTrigger(BaseTrigger):
    """Read a connection's status every ``poke_interval`` until it is fresh, cannot be, or ``deadline`` passes.

    The deferred half of `FivetranFreshnessSensor`; one event: ``{"result": <freshness_result>}`` (state
    ``timed_out`` after the deadline) or ``{"error": <message>}``.

    Args:
        connection_id: The Fivetran connection.
        fivetran_conn_id: The Airflow Connection with the API key and secret.
        synced_after: ISO-8601 moment; or None with ``max_age`` (seconds, counted back from each read).
        max_age: See ``synced_after``.
        poke_interval: Seconds between reads.
        deadline: ISO-8601 time after which the wait ends ``timed_out``.
        fail_on_failed_sync: A failed sync after the moment ends the wait.
    """

    def __init__(
        self,
        *,
        connection_id: str,
        fivetran_conn_id: str,
        synced_after: str | None,
        max_age: float | None,
        poke_interval: float,
        deadline: str,
        fail_on_failed_sync: bool,
    ) -> None:
        super().__init__()
        self.connection_id = connection_id
        self.fivetran_conn_id = fivetran_conn_id
        self.synced_after = synced_after
        self.max_age = max_age
        self.poke_interval = poke_interval
        self.deadline = deadline
        self.fail_on_failed_sync = fail_on_failed_sync
        freshness_since(synced_after, max_age)  # refuse a trigger with neither here, not in the loop

    def serialize(self) -> tuple[str, dict[str, Any]]:
        """The class path and JSON kwargs Airflow rebuilds the trigger from."""
        names = ("connection_id", "fivetran_conn_id", "synced_after", "max_age", "poke_interval", "deadline")
        kwargs = {name: getattr(self, name) for name in (*names, "fail_on_failed_sync")}
        return f"{type(self).__module__}.{type(self).__name__}", kwargs

    async def run(self) -> AsyncIterator[TriggerEvent]:
        """Read, judge, await the next read; one event."""
        deadline = datetime.fromisoformat(self.deadline)
        try:
            async with await FivetranHook(self.fivetran_conn_id).get_async_client() as client:
                while True:
                    since = freshness_since(self.synced_after, self.max_age)
                    status = await client.connections.get_sync_status(self.connection_id)
                    result = freshness_result(status, self.connection_id, since)
                    if is_settled(result, self.fail_on_failed_sync):
                        break
                    if utc(_clock.now()) >= deadline:
                        result["state"] = "timed_out"
                        break
                    await _clock.sleep_async(self.poke_interval)
        except FivetranError as error:
            yield TriggerEvent({"error": f"{type(error).__name__}: {error}"})
            return
        yield TriggerEvent({"result": result})

"""Deferred syncs: FivetranSyncTrigger driven in an event loop, and deferrable tasks in real DAG runs."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

airflow = pytest.importorskip("airflow", reason="the Airflow integration runs in `make test-integrations`")

from fivetran_ext.integrations._policy import TaskPolicy  # noqa: E402
from fivetran_ext.integrations.airflow import FivetranSyncTrigger  # noqa: E402

from ..conftest import FakeAPI  # noqa: E402
from .test_operator import SYNC_DAG, _run_dag, _states  # noqa: E402


@pytest.fixture(autouse=True)
def _connection(fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    value = {"conn_type": "fivetran_ext", "login": "fake-key", "password": "fake-secret", "host": fake_api.base_url}
    monkeypatch.setenv("AIRFLOW_CONN_FIVETRAN_DEFAULT", json.dumps(value))


def _events(trigger: FivetranSyncTrigger) -> list[Any]:
    async def collect() -> list[Any]:
        return [event.payload async for event in trigger.run()]

    return asyncio.run(collect())


def _trigger(fake_api: FakeAPI, **options: Any) -> FivetranSyncTrigger:
    """Start a sync as the operator does in the worker, and the trigger as the triggerer rebuilds it."""
    with fake_api.fake.client() as client:
        run = TaskPolicy.checked(poll_interval=30, **options).start(client.connections, fake_api.connection_id)
    made = FivetranSyncTrigger(run=run.to_json(), fivetran_conn_id="fivetran_default")
    path, kwargs = made.serialize()
    assert path == "fivetran_ext.integrations.airflow.triggers.FivetranSyncTrigger"
    assert json.loads(json.dumps(kwargs)) == kwargs
    return FivetranSyncTrigger(**kwargs)


def _manual(fake_api: FakeAPI) -> None:
    with fake_api.fake.client() as client:
        client.connections.update(fake_api.connection_id, schedule_type="manual")


SYNC = "/v1/connections/decent_dropsy"


def test_the_trigger_checks_until_done_and_yields_one_event(fake_api: FakeAPI) -> None:
    trigger = _trigger(fake_api)
    started = len(fake_api.requests())

    (event,) = _events(trigger)

    assert event == {
        "result": {
            "connection_id": "decent_dropsy",
            "state": "succeeded",
            "succeeded": True,
            "reason": None,
            "succeeded_at": "2025-01-01T00:01:00+00:00",
            "failed_at": None,
            "rescheduled_for": None,
            "tasks": [],
            "warnings": [],
            "completed_at": "2025-01-01T00:01:00+00:00",
            "baseline": None,
            "triggers": 1,
            "polls": 3,
            "elapsed": 60.0,
        }
    }
    # Only reads in the triggerer: at 0 s, 30 s and 60 s (the 60 s sync ended).
    assert fake_api.requests()[started:] == [("GET", SYNC)] * 3


def test_the_trigger_survives_a_reschedule_of_a_manual_connection(fake_api: FakeAPI) -> None:
    _manual(fake_api)
    fake_api.fake.connections.set_sync_behavior(
        fake_api.connection_id, outcome=["rescheduled", "success"], reschedule_after=3600
    )
    trigger = _trigger(fake_api, on_reschedule="retrigger", timeout=7200)
    started = len(fake_api.requests())

    (event,) = _events(trigger)

    result = event["result"]
    assert (result["state"], result["triggers"]) == ("succeeded", 2)
    # Rescheduled at 00:01 for 01:01; the trigger awaited that, triggered again, and the sync took 60 s.
    assert result["completed_at"] == "2025-01-01T01:02:00+00:00"
    assert fake_api.requests()[started:] == [("GET", SYNC)] * 4 + [("POST", f"{SYNC}/sync")] + [("GET", SYNC)] * 2


def test_the_trigger_waits_out_a_reschedule_of_an_auto_connection_under_handoff(fake_api: FakeAPI) -> None:
    fake_api.fake.connections.set_sync_behavior(
        fake_api.connection_id, outcome=["rescheduled", "success"], reschedule_after=3600
    )
    trigger = _trigger(fake_api, on_reschedule="handoff", timeout=7200)
    started = len(fake_api.requests())

    (event,) = _events(trigger)

    # Fivetran restarts an auto connection by itself at rescheduled_for: no second trigger from us.
    assert (event["result"]["state"], event["result"]["triggers"]) == ("succeeded", 1)
    assert event["result"]["completed_at"] == "2025-01-01T01:02:00+00:00"
    assert all(method == "GET" for method, _ in fake_api.requests()[started:])


def test_the_trigger_reports_a_reschedule_under_return(fake_api: FakeAPI) -> None:
    fake_api.fake.connections.set_sync_behavior(fake_api.connection_id, outcome="rescheduled", reschedule_after=3600)

    (event,) = _events(_trigger(fake_api))

    assert event["result"]["state"] == "rescheduled"
    assert event["result"]["rescheduled_for"] == "2025-01-01T01:01:00+00:00"


def test_the_trigger_reports_a_failed_sync_with_the_reason(fake_api: FakeAPI) -> None:
    fake_api.fake.connections.set_sync_behavior(fake_api.connection_id, outcome="failure_with_task")

    (event,) = _events(_trigger(fake_api))

    assert event["result"]["state"] == "failed"
    assert event["result"]["reason"] == "Simulated sync failure"
    assert event["result"]["tasks"] == [{"code": "simulated_task", "message": "Simulated sync failure"}]


def test_the_trigger_times_out_at_the_runs_deadline(fake_api: FakeAPI) -> None:
    fake_api.fake.connections.set_sync_behavior(fake_api.connection_id, duration=600)

    (event,) = _events(_trigger(fake_api, timeout=120))

    assert (event["result"]["state"], event["result"]["elapsed"]) == ("timed_out", 120.0)


def test_the_trigger_turns_an_api_error_into_an_event(fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    trigger = _trigger(fake_api)
    value = {"conn_type": "fivetran_ext", "login": "fake-key", "password": "wrong", "host": fake_api.base_url}
    monkeypatch.setenv("AIRFLOW_CONN_FIVETRAN_DEFAULT", json.dumps(value))

    (event,) = _events(trigger)

    assert event["error"].startswith("AuthenticationError: ")
    assert "wrong" not in event["error"]


def test_a_handle_of_another_version_is_refused_when_the_trigger_is_built() -> None:
    from fivetran_ext import SyncRunFormatError

    with pytest.raises(SyncRunFormatError, match="unknown sync handle version 99"):
        FivetranSyncTrigger(run='{"version": 99}', fivetran_conn_id="fivetran_default")


def test_a_deferred_task_survives_a_rescheduled_sync(airflow_db: Path, fake_api: FakeAPI) -> None:
    with fake_api.fake.client() as client:
        client.connections.update(fake_api.connection_id, schedule_type="manual")
    fake_api.fake.connections.set_sync_behavior(
        fake_api.connection_id, outcome=["rescheduled", "success"], reschedule_after=3600
    )
    options = ', deferrable=True, on_reschedule="retrigger", timeout=7200'
    source = SYNC_DAG.format(name="deferred_ok", connection_id=fake_api.connection_id, options=options)

    run, xcom = _run_dag(airflow_db, "deferred_ok", source)

    assert _states(run) == {"sync": "success"}
    assert (xcom["sync"]["state"], xcom["sync"]["triggers"]) == ("succeeded", 2)


def test_a_deferred_task_fails_with_the_reason_when_the_sync_fails(
    airflow_db: Path, fake_api: FakeAPI, capfd: pytest.CaptureFixture[str]
) -> None:
    fake_api.fake.connections.set_sync_behavior(fake_api.connection_id, outcome="failure_with_task")
    source = SYNC_DAG.format(name="deferred_fails", connection_id=fake_api.connection_id, options=", deferrable=True")

    run, xcom = _run_dag(airflow_db, "deferred_fails", source)

    assert _states(run) == {"sync": "failed"}
    assert xcom == {}
    output = capfd.readouterr()
    assert (
        f"Fivetran sync of connection {fake_api.connection_id} ended failed: Simulated sync failure"
        " (tasks: simulated_task: Simulated sync failure)"
    ) in output.out + output.err


def test_a_deferrable_task_fails_before_deferring_when_the_connection_cannot_sync(
    airflow_db: Path, fake_api: FakeAPI, capfd: pytest.CaptureFixture[str]
) -> None:
    with fake_api.fake.client() as client:
        client.connections.pause(fake_api.connection_id)
    source = SYNC_DAG.format(name="deferred_paused", connection_id=fake_api.connection_id, options=", deferrable=True")

    run, _ = _run_dag(airflow_db, "deferred_paused", source)

    assert _states(run) == {"sync": "failed"}
    output = capfd.readouterr()
    assert "Fivetran sync of connection decent_dropsy ended not_syncable: paused" in output.out + output.err
    assert "running trigger in line" not in output.out + output.err
    assert ("POST", f"{SYNC}/sync") not in fake_api.requests()


def test_a_deferrable_task_with_max_age_skips_a_fresh_connection(airflow_db: Path, fake_api: FakeAPI) -> None:
    fake_api.fake.connections.trigger_sync(fake_api.connection_id)
    fake_api.fake.clock.advance(600)  # succeeded at 00:01:00, now 00:10:00
    source = SYNC_DAG.format(
        name="deferred_fresh", connection_id=fake_api.connection_id, options=", deferrable=True, max_age=3600"
    )

    run, xcom = _run_dag(airflow_db, "deferred_fresh", source)

    assert _states(run) == {"sync": "success"}
    assert (xcom["sync"]["state"], xcom["sync"]["triggers"]) == ("succeeded", 0)
    assert fake_api.requests() == [("GET", SYNC)]


def test_a_deferred_task_owning_the_schedule_restores_it_when_the_trigger_ends(
    airflow_db: Path, fake_api: FakeAPI
) -> None:
    options = ", deferrable=True, manage_schedule=True"
    source = SYNC_DAG.format(name="deferred_owned", connection_id=fake_api.connection_id, options=options)

    run, xcom = _run_dag(airflow_db, "deferred_owned", source)

    assert _states(run) == {"sync": "success"}
    assert xcom["sync"]["state"] == "succeeded"
    methods = [method for method, _ in fake_api.requests()]
    # Worker: read, switch to manual, trigger. Triggerer: a read every 20 s until done at 60 s, the restore.
    assert methods == ["GET", "PATCH", "POST", "GET", "GET", "GET", "GET", "PATCH"]
    assert fake_api.fake.connections.get(fake_api.connection_id)["schedule_type"] == "auto"


def test_the_trigger_never_blocks_the_event_loop(fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    # The triggerer runs every trigger on one event loop: a blocking sleep would stall all of them.
    import time

    def blocking_sleep(seconds: float) -> None:
        raise AssertionError(f"time.sleep({seconds}) called inside the trigger")

    trigger = _trigger(fake_api)
    monkeypatch.setattr(time, "sleep", blocking_sleep)
    ticks: list[int] = []

    async def main() -> list[Any]:
        async def ticker() -> None:
            while True:
                ticks.append(len(ticks))
                await asyncio.sleep(0)

        beside = asyncio.create_task(ticker())
        events = [event.payload async for event in trigger.run()]
        beside.cancel()
        return events

    (event,) = asyncio.run(main())

    assert event["result"]["state"] == "succeeded"
    assert len(ticks) >= 3  # the other task ran while the trigger waited between its checks


def test_killing_a_deferred_task_gives_the_schedule_back(fake_api: FakeAPI) -> None:
    trigger = _trigger(fake_api, manage_schedule=True)
    assert fake_api.fake.connections.get(fake_api.connection_id)["schedule_type"] == "manual"
    started = len(fake_api.requests())

    asyncio.run(trigger.on_kill())

    assert fake_api.fake.connections.get(fake_api.connection_id)["schedule_type"] == "auto"
    assert fake_api.requests()[started:] == [("PATCH", SYNC)]


def test_killing_a_deferred_task_that_took_no_schedule_sends_nothing(fake_api: FakeAPI) -> None:
    trigger = _trigger(fake_api)
    started = len(fake_api.requests())

    asyncio.run(trigger.on_kill())

    assert fake_api.requests()[started:] == []


# Every end of a deferred task gives back a schedule that manage_schedule=True took (issue #13's policy).


def _schedule_patches(fake_api: FakeAPI) -> list[tuple[str, Any]]:
    """(target, JSON body) of every PATCH the fake received, in order."""
    return [
        (request.target, json.loads(request.body)) for request in fake_api.fake.requests if request.method == "PATCH"
    ]


def _fail_when_the_trigger_starts(fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    """The triggerer's first request gets a 503, and its client does not retry: an ``{"error"}`` event."""
    from fivetran_ext.integrations.airflow import FivetranHook

    original = FivetranHook.get_async_client

    async def failing(self: FivetranHook) -> Any:
        client = await original(self)
        fake_api.fake.faults.fail_next(1, status=503)
        return client

    monkeypatch.setattr(FivetranHook, "get_async_client", failing)
    value = {
        "conn_type": "fivetran_ext",
        "login": "fake-key",
        "password": "fake-secret",
        "host": fake_api.base_url,
        "extra": {"max_retries": 0},
    }
    monkeypatch.setenv("AIRFLOW_CONN_FIVETRAN_DEFAULT", json.dumps(value))


def test_the_trigger_leaves_the_restore_of_an_error_end_to_the_worker(
    fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    trigger = _trigger(fake_api, manage_schedule=True)
    _fail_when_the_trigger_starts(fake_api, monkeypatch)
    started = len(fake_api.requests())

    (event,) = _events(trigger)

    assert event["error"].startswith("ServerError: ")
    # One failed read, and no PATCH from the triggerer: the worker owns the restore of this end.
    assert fake_api.requests()[started:] == [("GET", SYNC)]
    assert fake_api.fake.connections.get(fake_api.connection_id)["schedule_type"] == "manual"


def test_a_deferred_task_restores_the_schedule_when_the_trigger_ends_on_an_api_error(
    airflow_db: Path, fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    _fail_when_the_trigger_starts(fake_api, monkeypatch)
    options = ", deferrable=True, manage_schedule=True"
    source = SYNC_DAG.format(name="deferred_error_owned", connection_id=fake_api.connection_id, options=options)

    run, xcom = _run_dag(airflow_db, "deferred_error_owned", source)

    assert _states(run) == {"sync": "failed"}
    assert xcom == {}
    # Worker: read, switch to manual, trigger. Triggerer: one read, 503. Worker again: the restore.
    assert fake_api.requests() == [
        ("GET", SYNC),
        ("PATCH", SYNC),
        ("POST", f"{SYNC}/sync"),
        ("GET", SYNC),
        ("PATCH", SYNC),
    ]
    assert _schedule_patches(fake_api) == [(SYNC, {"schedule_type": "manual"}), (SYNC, {"schedule_type": "auto"})]
    assert fake_api.fake.connections.get(fake_api.connection_id)["schedule_type"] == "auto"
    output = capfd.readouterr()
    assert "Schedule of decent_dropsy restored to auto" in output.out + output.err
    assert "Fivetran sync of connection decent_dropsy could not be followed: " in output.out + output.err


def test_a_deferred_task_that_took_no_schedule_sends_no_patch_on_an_api_error(
    airflow_db: Path, fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _manual(fake_api)  # already manual: manage_schedule has nothing to switch, so nothing to give back
    _fail_when_the_trigger_starts(fake_api, monkeypatch)
    started = len(fake_api.requests())
    options = ", deferrable=True, manage_schedule=True"
    source = SYNC_DAG.format(name="deferred_error_manual", connection_id=fake_api.connection_id, options=options)

    run, _ = _run_dag(airflow_db, "deferred_error_manual", source)

    assert _states(run) == {"sync": "failed"}
    assert fake_api.requests()[started:] == [("GET", SYNC), ("POST", f"{SYNC}/sync"), ("GET", SYNC)]
    assert fake_api.fake.connections.get(fake_api.connection_id)["schedule_type"] == "manual"


def _resume(fake_api: FakeAPI, next_method: str, next_kwargs: dict[str, Any], **options: Any) -> Any:
    """Resume an `FivetranSyncOperator` in a worker as Airflow does, with the handle its execute kept in XCom."""
    from fivetran_ext.integrations.airflow import FivetranSyncOperator
    from fivetran_ext.integrations.airflow.operators import RUN_XCOM_KEY

    with fake_api.fake.client() as client:
        run = TaskPolicy.checked(**options).start(client.connections, fake_api.connection_id)
    operator = FivetranSyncOperator(task_id="sync", connection_id=fake_api.connection_id, deferrable=True, **options)

    class TaskInstance:
        def xcom_pull(self, *, task_ids: str, key: str) -> str | None:
            assert (task_ids, key) == ("sync", RUN_XCOM_KEY)
            return run.to_json()

    return operator.resume_execution(next_method, next_kwargs, {"ti": TaskInstance()})


def test_a_deferral_timeout_restores_the_schedule_in_the_worker(fake_api: FakeAPI) -> None:
    # The triggerer died and none took the trigger over: Airflow resumes the task with __fail__ after the
    # deferral timeout. (dag.test() runs triggers in line and never times one out, so resume as Airflow does.)
    from airflow.sdk.exceptions import TaskDeferralTimeout

    started = len(fake_api.fake.requests)
    with pytest.raises(TaskDeferralTimeout):
        _resume(fake_api, "__fail__", {"error": "Trigger timeout"}, manage_schedule=True)

    assert _schedule_patches(fake_api) == [(SYNC, {"schedule_type": "manual"}), (SYNC, {"schedule_type": "auto"})]
    assert [request.method for request in fake_api.fake.requests[started:]] == ["GET", "PATCH", "POST", "PATCH"]


def test_a_crashed_trigger_restores_the_schedule_in_the_worker(fake_api: FakeAPI) -> None:
    from airflow.sdk.exceptions import TaskDeferralError

    with pytest.raises(TaskDeferralError):
        _resume(fake_api, "__fail__", {"error": "Trigger failure", "traceback": ["boom"]}, manage_schedule=True)

    assert _schedule_patches(fake_api) == [(SYNC, {"schedule_type": "manual"}), (SYNC, {"schedule_type": "auto"})]


def test_a_result_event_sends_no_second_restore(fake_api: FakeAPI) -> None:
    # The trigger's final check already restored the schedule: the worker must not PATCH again.
    trigger = _trigger(fake_api, manage_schedule=True)
    (event,) = _events(trigger)
    patches = _schedule_patches(fake_api)
    assert patches == [(SYNC, {"schedule_type": "manual"}), (SYNC, {"schedule_type": "auto"})]

    from fivetran_ext.integrations.airflow import FivetranSyncOperator

    operator = FivetranSyncOperator(task_id="sync", connection_id=fake_api.connection_id, deferrable=True)

    class TaskInstance:
        def xcom_pull(self, *, task_ids: str, key: str) -> str | None:
            raise AssertionError("the handle is not needed after a result event")

    result = operator.resume_execution("execute_complete", {"event": event}, {"ti": TaskInstance()})

    assert result["state"] == "succeeded"
    assert _schedule_patches(fake_api) == patches


def test_with_redis_the_trigger_never_blocks_the_triggerers_loop(
    fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch, redis_url: str
) -> None:
    from fivetran_ext import RedisRateStore
    from fivetran_ext.integrations._connection import client_options

    namespace = f"test-trigger-{fake_api.base_url.rsplit(':', 1)[-1]}"
    extra = {"redis_url": redis_url, "redis_namespace": namespace}
    value = {"conn_type": "fivetran_ext", "login": "fake-key", "password": "fake-secret", "host": fake_api.base_url}
    monkeypatch.setenv("AIRFLOW_CONN_FIVETRAN_DEFAULT", json.dumps({**value, "extra": extra}))
    trigger = _trigger(fake_api)
    # The store the triggerer's clients share (one governor per account in the process): blocking calls fail.
    store = client_options(login="fake-key", password="fake-secret", host=fake_api.base_url, extra=extra)[
        "rate_limit"
    ].store
    assert isinstance(store, RedisRateStore)
    store.clear()

    def forbidden(*args: object) -> None:
        raise AssertionError("a blocking Redis call was made from the triggerer's event loop")

    for name in ("reserve", "calibrate", "pause", "get_run", "swap_run"):
        monkeypatch.setattr(store, name, forbidden)
    started = len(fake_api.requests())

    (event,) = _events(trigger)

    assert (event["result"]["state"], event["result"]["polls"]) == ("succeeded", 3)
    assert fake_api.requests()[started:] == [("GET", SYNC)] * 3
    # The three reads were admitted by Redis (through redis.asyncio: the blocking path raises).
    assert store._scripts.client.zcard("{" + namespace + "}:window:all") == 3

"""Deferred syncs: FivetranSyncTrigger driven in an event loop, and deferrable tasks in real DAG runs."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

airflow = pytest.importorskip("airflow", reason="the Airflow integration runs in `make test-integrations`")

from fivetran_ext.integrations._policy import SyncPolicy  # noqa: E402
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
    # Rebuilt from its own serialization, as the triggerer does.
    policy = SyncPolicy.checked(poll_interval=30, **options).to_dict()
    made = FivetranSyncTrigger(connection_id=fake_api.connection_id, fivetran_conn_id="fivetran_default", policy=policy)
    path, kwargs = made.serialize()
    assert path == "fivetran_ext.integrations.airflow.triggers.FivetranSyncTrigger"
    assert json.loads(json.dumps(kwargs)) == kwargs
    return FivetranSyncTrigger(**kwargs)


def test_the_trigger_yields_one_event_with_the_outcome(fake_api: FakeAPI) -> None:
    (event,) = _events(_trigger(fake_api))

    assert event["result"]["state"] == "succeeded"
    assert event["result"]["completed_at"] == "2025-01-01T00:01:00+00:00"
    assert json.loads(json.dumps(event)) == event


def test_the_trigger_survives_a_reschedule_of_a_manual_connection(fake_api: FakeAPI) -> None:
    with fake_api.fake.client() as client:
        client.connections.update(fake_api.connection_id, schedule_type="manual")
    fake_api.fake.connections.set_sync_behavior(
        fake_api.connection_id, outcome=["rescheduled", "success"], reschedule_after=3600
    )

    (event,) = _events(_trigger(fake_api, on_reschedule="retrigger", timeout=7200))

    result = event["result"]
    assert (result["state"], result["triggers"]) == ("succeeded", 2)
    # Rescheduled at 00:01 for 01:01; the trigger waited until then, triggered again, and the sync took 60 s.
    assert result["completed_at"] == "2025-01-01T01:02:00+00:00"
    posts = [target for method, target in fake_api.requests() if method == "POST"]
    assert posts == [f"/v1/connections/{fake_api.connection_id}/sync"] * 2


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


def test_the_trigger_turns_an_api_error_into_an_event(fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    value = {"conn_type": "fivetran_ext", "login": "fake-key", "password": "wrong", "host": fake_api.base_url}
    monkeypatch.setenv("AIRFLOW_CONN_FIVETRAN_DEFAULT", json.dumps(value))

    (event,) = _events(_trigger(fake_api))

    assert event["error"].startswith("AuthenticationError: ")
    assert "wrong" not in event["error"]


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

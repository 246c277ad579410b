"""FivetranFreshnessSensor: one read per poke, and it never waits for a sync that cannot come."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

airflow = pytest.importorskip("airflow", reason="the Airflow integration runs in `make test-integrations`")

from fivetran_ext.integrations.airflow import (  # noqa: E402
    FivetranFreshnessSensor,
    FivetranFreshnessTrigger,
    FivetranSyncError,
)

from ..conftest import FakeAPI  # noqa: E402
from .test_operator import _run_dag, _states  # noqa: E402

START = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _connection(fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    value = {"conn_type": "fivetran_ext", "login": "fake-key", "password": "fake-secret", "host": fake_api.base_url}
    monkeypatch.setenv("AIRFLOW_CONN_FIVETRAN_DEFAULT", json.dumps(value))


def _sensor(fake_api: FakeAPI, **options: object) -> FivetranFreshnessSensor:
    return FivetranFreshnessSensor(task_id="fresh", connection_id=fake_api.connection_id, **options)


def test_it_waits_for_a_success_after_the_moment_reading_once_per_poke(fake_api: FakeAPI) -> None:
    sensor = _sensor(fake_api, synced_after="2025-01-01T00:00:30Z")
    fake_api.fake.connections.trigger_sync(fake_api.connection_id)

    first = sensor.poke({})
    fake_api.fake.clock.advance(60)
    second = sensor.poke({})

    assert first.is_done is False
    assert first.xcom_value["state"] == "waiting"
    assert second.is_done is True
    assert second.xcom_value == {
        "connection_id": fake_api.connection_id,
        "state": "succeeded",
        "succeeded": True,
        "reason": None,
        "succeeded_at": "2025-01-01T00:01:00+00:00",
        "failed_at": None,
        "rescheduled_for": None,
        "tasks": [],
        "warnings": [],
        "since": "2025-01-01T00:00:30+00:00",
    }
    assert fake_api.requests() == [("GET", f"/v1/connections/{fake_api.connection_id}")] * 2


def test_max_age_counts_back_from_the_poke(fake_api: FakeAPI) -> None:
    fake_api.fake.connections.trigger_sync(fake_api.connection_id)
    fake_api.fake.clock.advance(60)  # succeeded at 00:01:00
    fake_api.fake.clock.advance(3600)  # now 01:01:00

    assert _sensor(fake_api, max_age=timedelta(minutes=61)).poke({}).is_done is True
    assert _sensor(fake_api, max_age=3540).poke({}).is_done is False


def test_a_paused_connection_fails_at_once_instead_of_never(fake_api: FakeAPI) -> None:
    with fake_api.fake.client() as client:
        client.connections.pause(fake_api.connection_id)

    with pytest.raises(FivetranSyncError) as raised:
        _sensor(fake_api, synced_after=START).poke({})

    assert str(raised.value) == f"Fivetran sync of connection {fake_api.connection_id} ended not_syncable: paused"


def test_a_failed_sync_after_the_moment_fails_unless_told_to_keep_waiting(fake_api: FakeAPI) -> None:
    fake_api.fake.connections.set_sync_behavior(fake_api.connection_id, outcome="failure_with_task")
    fake_api.fake.connections.trigger_sync(fake_api.connection_id)
    fake_api.fake.clock.advance(60)

    with pytest.raises(FivetranSyncError) as raised:
        _sensor(fake_api, synced_after=START).poke({})
    patient = _sensor(fake_api, synced_after=START, fail_on_failed_sync=False).poke({})

    assert raised.value.result["reason"] == "Simulated sync failure"
    assert raised.value.result["failed_at"] == "2025-01-01T00:01:00+00:00"
    assert (patient.is_done, patient.xcom_value["state"]) == (False, "failed")


def test_exactly_one_of_synced_after_and_max_age() -> None:
    with pytest.raises(ValueError, match="exactly one of synced_after and max_age"):
        FivetranFreshnessSensor(task_id="fresh", connection_id="c")
    with pytest.raises(ValueError, match="exactly one of synced_after and max_age"):
        FivetranFreshnessSensor(task_id="fresh", connection_id="c", synced_after=START, max_age=60)


def test_in_a_dag_run_the_sensor_passes_the_status_on(airflow_db: Path, fake_api: FakeAPI) -> None:
    fake_api.fake.connections.trigger_sync(fake_api.connection_id)
    fake_api.fake.clock.advance(60)
    source = f'''
from datetime import datetime

from airflow.sdk import DAG

from fivetran_ext.integrations.airflow import FivetranFreshnessSensor

with DAG("sensor_ok", schedule=None, start_date=datetime(2025, 1, 1)) as dag:
    FivetranFreshnessSensor(task_id="fresh", connection_id="{fake_api.connection_id}",
                            synced_after="{{{{ dag_run.conf.get('since', '2025-01-01T00:00:00Z') }}}}")
'''

    run, xcom = _run_dag(airflow_db, "sensor_ok", source)

    assert _states(run) == {"fresh": "success"}
    assert xcom["fresh"]["since"] == "2025-01-01T00:00:00+00:00"
    assert xcom["fresh"]["succeeded_at"] == "2025-01-01T00:01:00+00:00"


def _freshness_events(trigger: FivetranFreshnessTrigger) -> list[Any]:
    path, kwargs = trigger.serialize()
    assert path == "fivetran_ext.integrations.airflow.triggers.FivetranFreshnessTrigger"
    assert json.loads(json.dumps(kwargs)) == kwargs
    rebuilt = FivetranFreshnessTrigger(**kwargs)

    async def collect() -> list[Any]:
        return [event.payload async for event in rebuilt.run()]

    return asyncio.run(collect())


def _freshness_trigger(fake_api: FakeAPI, **options: Any) -> FivetranFreshnessTrigger:
    settings: dict[str, Any] = {
        "synced_after": "2025-01-01T00:00:30+00:00",
        "max_age": None,
        "poke_interval": 30.0,
        "deadline": "2025-01-01T01:00:00+00:00",
        "fail_on_failed_sync": True,
    }
    settings.update(options)
    return FivetranFreshnessTrigger(
        connection_id=fake_api.connection_id, fivetran_conn_id="fivetran_default", **settings
    )


def test_the_freshness_trigger_reads_until_fresh(fake_api: FakeAPI) -> None:
    fake_api.fake.connections.trigger_sync(fake_api.connection_id)

    (event,) = _freshness_events(_freshness_trigger(fake_api))

    assert (event["result"]["state"], event["result"]["succeeded_at"]) == ("succeeded", "2025-01-01T00:01:00+00:00")
    # Reads at 0 s (syncing), 30 s (syncing) and 60 s (succeeded at 60 s, after the moment).
    assert fake_api.requests() == [("GET", f"/v1/connections/{fake_api.connection_id}")] * 3


def test_the_freshness_trigger_ends_at_its_deadline(fake_api: FakeAPI) -> None:
    (event,) = _freshness_events(_freshness_trigger(fake_api, deadline="2025-01-01T00:02:00+00:00"))

    assert event["result"]["state"] == "timed_out"
    assert len(fake_api.requests()) == 5  # 0, 30, 60, 90 and 120 s


def test_the_freshness_trigger_stops_at_once_for_a_paused_connection(fake_api: FakeAPI) -> None:
    with fake_api.fake.client() as client:
        client.connections.pause(fake_api.connection_id)
    before = len(fake_api.requests())

    (event,) = _freshness_events(_freshness_trigger(fake_api, max_age=3600.0, synced_after=None))

    assert (event["result"]["state"], event["result"]["reason"]) == ("not_syncable", "paused")
    assert len(fake_api.requests()) == before + 1


DEFERRED_SENSOR = """
from datetime import datetime

from airflow.sdk import DAG

from fivetran_ext.integrations.airflow import FivetranFreshnessSensor

with DAG("{name}", schedule=None, start_date=datetime(2025, 1, 1)) as dag:
    FivetranFreshnessSensor(task_id="fresh", connection_id="decent_dropsy", synced_after="2025-01-01T00:00:30Z",
                            poke_interval=30, timeout={timeout}, deferrable=True)
"""


def test_a_deferred_sensor_waits_in_the_triggerer_until_fresh(airflow_db: Path, fake_api: FakeAPI) -> None:
    fake_api.fake.connections.trigger_sync(fake_api.connection_id)

    run, xcom = _run_dag(airflow_db, "sensor_deferred", DEFERRED_SENSOR.format(name="sensor_deferred", timeout=3600))

    assert _states(run) == {"fresh": "success"}
    assert (xcom["fresh"]["state"], xcom["fresh"]["succeeded_at"]) == ("succeeded", "2025-01-01T00:01:00+00:00")


def test_a_deferred_sensor_fails_with_timed_out_at_its_timeout(
    airflow_db: Path, fake_api: FakeAPI, capfd: pytest.CaptureFixture[str]
) -> None:
    run, _ = _run_dag(
        airflow_db, "sensor_deferred_late", DEFERRED_SENSOR.format(name="sensor_deferred_late", timeout=120)
    )

    assert _states(run) == {"fresh": "failed"}
    output = capfd.readouterr()
    assert "Fivetran sync of connection decent_dropsy ended timed_out" in output.out + output.err

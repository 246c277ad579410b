"""FivetranFreshnessSensor: one read per poke, and it never waits for a sync that cannot come."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

airflow = pytest.importorskip("airflow", reason="the Airflow integration runs in `make test-integrations`")

from fivetran_ext.integrations.airflow import FivetranFreshnessSensor, FivetranSyncError  # noqa: E402

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

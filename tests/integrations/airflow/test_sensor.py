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


def test_at_most_one_of_synced_after_and_max_age() -> None:
    with pytest.raises(ValueError, match="at most one of synced_after and max_age"):
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


# With neither synced_after nor max_age: a sync completed at or after the moment the sensor started.

GET = ("GET", "/v1/connections/decent_dropsy")


def _synced_at_one_minute_then_now_ten(fake_api: FakeAPI) -> None:
    """A success at 00:01:00 (before the sensor), the clock at 00:10:00, and a new sync ending at 00:11:00."""
    fake_api.fake.connections.trigger_sync(fake_api.connection_id)
    fake_api.fake.clock.advance(600)
    fake_api.fake.connections.trigger_sync(fake_api.connection_id)


class _TaskInstance:
    """What the sensor asks of Airflow's task instance: the first reschedule's start, if any."""

    def __init__(self, first_reschedule: datetime | None) -> None:
        self.first_reschedule = first_reschedule

    def get_first_reschedule_date(self, context: Any) -> datetime | None:
        return self.first_reschedule


def test_by_default_a_success_before_the_sensor_started_does_not_count(fake_api: FakeAPI) -> None:
    _synced_at_one_minute_then_now_ten(fake_api)
    sensor = _sensor(fake_api)

    first = sensor.poke({})
    fake_api.fake.clock.advance(60)
    second = sensor.poke({})

    assert (first.is_done, first.xcom_value["state"]) == (False, "waiting")
    assert first.xcom_value["succeeded_at"] == "2025-01-01T00:01:00+00:00"
    # The moment stays the start (00:10:00), not the second poke's time (00:11:00).
    assert (second.is_done, second.xcom_value["since"]) == (True, "2025-01-01T00:10:00+00:00")
    assert second.xcom_value["succeeded_at"] == "2025-01-01T00:11:00+00:00"
    assert fake_api.requests()[-2:] == [GET, GET]


def test_by_default_in_a_dag_run_the_sensor_waits_for_the_sync_after_its_start(
    airflow_db: Path, fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    import types

    from airflow.sdk.bases import sensor as sensor_module

    # Airflow's poke loop sleeps with time.sleep: here it moves the fake's clock instead.
    fake_time = types.SimpleNamespace(sleep=fake_api.fake.clock.advance, monotonic=sensor_module.time.monotonic)
    monkeypatch.setattr(sensor_module, "time", fake_time)
    _synced_at_one_minute_then_now_ten(fake_api)
    started = len(fake_api.requests())
    source = f'''
from datetime import datetime

from airflow.sdk import DAG

from fivetran_ext.integrations.airflow import FivetranFreshnessSensor

with DAG("sensor_default", schedule=None, start_date=datetime(2025, 1, 1)) as dag:
    FivetranFreshnessSensor(task_id="fresh", connection_id="{fake_api.connection_id}", poke_interval=30)
'''

    run, xcom = _run_dag(airflow_db, "sensor_default", source)

    assert _states(run) == {"fresh": "success"}
    assert (xcom["fresh"]["since"], xcom["fresh"]["succeeded_at"]) == (
        "2025-01-01T00:10:00+00:00",
        "2025-01-01T00:11:00+00:00",
    )
    assert fake_api.requests()[started:] == [GET] * 3  # 00:10:00, 00:10:30, 00:11:00


def test_by_default_a_deferred_sensor_hands_its_start_to_the_trigger(fake_api: FakeAPI) -> None:
    from airflow.sdk.exceptions import TaskDeferred

    _synced_at_one_minute_then_now_ten(fake_api)
    sensor = _sensor(fake_api, deferrable=True, poke_interval=30, timeout=3600)

    with pytest.raises(TaskDeferred) as deferred:
        sensor.execute({"ti": _TaskInstance(None)})
    trigger = deferred.value.trigger
    assert isinstance(trigger, FivetranFreshnessTrigger)
    kwargs = trigger.serialize()[1]
    assert (kwargs["synced_after"], kwargs["max_age"]) == ("2025-01-01T00:10:00+00:00", None)
    # The triggerer (or one that takes the trigger over after a restart) rebuilds it later: same moment.
    fake_api.fake.clock.advance(20)
    (event,) = _freshness_events(trigger)

    assert (event["result"]["since"], event["result"]["succeeded_at"]) == (
        "2025-01-01T00:10:00+00:00",
        "2025-01-01T00:11:00+00:00",
    )


def test_by_default_in_reschedule_mode_the_moment_is_the_first_reschedule(fake_api: FakeAPI) -> None:
    from airflow.sdk.exceptions import AirflowRescheduleException

    _synced_at_one_minute_then_now_ten(fake_api)
    context = {"ti": _TaskInstance(datetime(2025, 1, 1, 0, 0, 30, tzinfo=UTC)), "task_reschedule_count": 3}

    # Rescheduled since 00:00:30: the success at 00:01:00 is after the sensor started.
    result = _sensor(fake_api, mode="reschedule", poke_interval=30).execute(context)
    # A first run (no reschedule yet) starts now, at 00:10:00: that success is too old.
    with pytest.raises(AirflowRescheduleException):
        _sensor(fake_api, mode="reschedule", poke_interval=30).execute({"ti": _TaskInstance(None)})

    assert (result["since"], result["succeeded_at"]) == ("2025-01-01T00:00:30+00:00", "2025-01-01T00:01:00+00:00")

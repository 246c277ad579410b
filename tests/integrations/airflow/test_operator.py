"""FivetranSyncOperator in real DAG runs (`dag.test()`) against the fake Fivetran API over HTTP."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

airflow = pytest.importorskip("airflow", reason="the Airflow integration runs in `make test-integrations`")

from ..conftest import FakeAPI  # noqa: E402


def _connection(monkeypatch: pytest.MonkeyPatch, api: FakeAPI) -> None:
    value = {"conn_type": "fivetran_ext", "login": "fake-key", "password": "fake-secret", "host": api.base_url}
    monkeypatch.setenv("AIRFLOW_CONN_FIVETRAN_DEFAULT", json.dumps(value))


def _run_dag(home: Path, name: str, source: str) -> tuple[Any, dict[str, Any]]:
    """Write ``source`` as a DAG file, load it, `dag.test()` it; the run and each task's XCom value."""
    import importlib.util

    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session

    path = home / "dags" / f"{name}.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    run = module.dag.test()
    with create_session() as session:
        rows = session.query(XComModel).filter_by(dag_id=run.dag_id, run_id=run.run_id, key="return_value").all()
        values = {row.task_id: XComModel.deserialize_value(row) for row in rows}
    return run, values


def _states(run: Any) -> dict[str, str]:
    return {ti.task_id: str(ti.state) for ti in run.get_task_instances()}


SYNC_DAG = """
from datetime import datetime

from airflow.sdk import DAG

from fivetran_ext.integrations.airflow import FivetranSyncOperator

with DAG("{name}", schedule=None, start_date=datetime(2025, 1, 1)) as dag:
    FivetranSyncOperator(task_id="sync", connection_id="{connection_id}", poll_interval=20{options})
"""


def test_a_dag_run_syncs_and_pushes_the_json_result(
    airflow_db: Path, fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _connection(monkeypatch, fake_api)

    run, xcom = _run_dag(
        airflow_db, "sync_ok", SYNC_DAG.format(name="sync_ok", connection_id=fake_api.connection_id, options="")
    )

    assert _states(run) == {"sync": "success"}
    assert xcom["sync"]["state"] == "succeeded"
    assert xcom["sync"]["completed_at"] == "2025-01-01T00:01:00+00:00"
    sync = f"/v1/connections/{fake_api.connection_id}"
    assert fake_api.requests() == [("GET", sync), ("POST", f"{sync}/sync"), ("GET", sync), ("GET", sync), ("GET", sync)]


def test_a_failed_sync_fails_the_task_with_fivetrans_reason_in_the_log(
    airflow_db: Path, fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    _connection(monkeypatch, fake_api)
    fake_api.fake.connections.set_sync_behavior(fake_api.connection_id, outcome="failure_with_task")

    run, xcom = _run_dag(
        airflow_db, "sync_fails", SYNC_DAG.format(name="sync_fails", connection_id=fake_api.connection_id, options="")
    )

    assert _states(run) == {"sync": "failed"}
    assert xcom == {}
    output = capfd.readouterr()
    expected = (
        f"Fivetran sync of connection {fake_api.connection_id} ended failed: Simulated sync failure"
        " (tasks: simulated_task: Simulated sync failure)"
    )
    assert expected in output.out + output.err
    assert "fake-secret" not in output.out + output.err


def test_a_paused_connection_fails_the_task_without_a_trigger(
    airflow_db: Path, fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    _connection(monkeypatch, fake_api)
    with fake_api.fake.client() as client:
        client.connections.pause(fake_api.connection_id)

    run, _ = _run_dag(
        airflow_db, "sync_paused", SYNC_DAG.format(name="sync_paused", connection_id=fake_api.connection_id, options="")
    )

    assert _states(run) == {"sync": "failed"}
    output = capfd.readouterr()
    assert f"Fivetran sync of connection {fake_api.connection_id} ended not_syncable: paused" in output.out + output.err
    assert ("POST", f"/v1/connections/{fake_api.connection_id}/sync") not in fake_api.requests()

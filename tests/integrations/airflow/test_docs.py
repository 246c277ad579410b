"""The DAG of docs/integrations.md runs with `dag.test()` against the fake API, deferred task included."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

airflow = pytest.importorskip("airflow", reason="the Airflow integration runs in `make test-integrations`")


from ..conftest import FakeAPI  # noqa: E402
from .test_operator import _run_dag, _states  # noqa: E402

DOC = Path(__file__).resolve().parents[3] / "docs" / "integrations.md"
TAGGED = re.compile(
    r"<!-- example: (?P<name>[\w-]+) -->\n<!-- no-typecheck: [^\n]* -->\n```python\n(?P<code>.*?)```", re.S
)


def example(name: str) -> str:
    return {match["name"]: match["code"] for match in TAGGED.finditer(DOC.read_text(encoding="utf-8"))}[name]


def test_the_documented_dag_syncs_then_sees_fresh_data(
    airflow_db: Path, fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    value = {"conn_type": "fivetran_ext", "login": "fake-key", "password": "fake-secret", "host": fake_api.base_url}
    monkeypatch.setenv("AIRFLOW_CONN_FIVETRAN_DEFAULT", json.dumps(value))

    run, xcom = _run_dag(airflow_db, "fivetran_warehouse", example("airflow-dag"))

    assert _states(run) == {"sync_warehouse": "success", "warehouse_is_fresh": "success"}
    assert xcom["sync_warehouse"]["state"] == "succeeded"
    assert xcom["warehouse_is_fresh"]["succeeded_at"] == xcom["sync_warehouse"]["completed_at"]


def test_loading_the_documented_dag_sends_nothing(airflow_db: Path, fake_api: FakeAPI) -> None:
    # The scheduler parses DAG files over and over: a request there is a 429 waiting to happen.
    namespace: dict[str, object] = {}
    exec(compile(example("airflow-dag"), "fivetran_warehouse.py", "exec"), namespace)  # noqa: S102 - our own docs

    assert sorted(namespace["dag"].task_dict) == ["sync_warehouse", "warehouse_is_fresh"]  # type: ignore[attr-defined]
    assert fake_api.requests() == []

"""The Dagster examples of docs/integrations.md run against the fake API (materialize and a job run)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

dg = pytest.importorskip("dagster", reason="the Dagster integration runs in `make test-integrations`")

from ..conftest import FakeAPI  # noqa: E402

DOC = Path(__file__).resolve().parents[3] / "docs" / "integrations.md"
TAGGED = re.compile(
    r"<!-- example: (?P<name>[\w-]+) -->\n<!-- no-typecheck: [^\n]* -->\n```python\n(?P<code>.*?)```", re.S
)


def _run(name: str) -> dict[str, Any]:
    code = {match["name"]: match["code"] for match in TAGGED.finditer(DOC.read_text(encoding="utf-8"))}[name]
    namespace: dict[str, Any] = {}
    exec(compile(code, f"{DOC}:{name}", "exec"), namespace)  # noqa: S102 - our own docs
    return namespace


@pytest.fixture(autouse=True)
def _environment(fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIVETRAN_API_KEY", "fake-key")
    monkeypatch.setenv("FIVETRAN_API_SECRET", "fake-secret")
    monkeypatch.setenv("FIVETRAN_BASE_URL", fake_api.base_url)


def test_the_documented_assets_materialize(fake_api: FakeAPI) -> None:
    namespace = _run("dagster-assets")
    defs = namespace["defs"]

    result = dg.materialize([namespace["warehouse"]], resources={"fivetran": namespace["fivetran"]})

    assert result.success
    keys = sorted(tuple(event.asset_key.path) for event in result.get_asset_materialization_events())
    assert keys == [("public", "customers"), ("public", "orders"), ("web_analytics", "page_views")]
    assert {spec.group_name for spec in namespace["warehouse_specs"]} == {"warehouse"}
    assert defs.resolve_job_def("__ASSET_JOB") is not None


def test_the_documented_job_runs(fake_api: FakeAPI) -> None:
    result = _run("dagster-job")["nightly"].execute_in_process()

    assert result.success
    assert result.output_for_node("sync_warehouse")["state"] == "succeeded"

"""The Dagster integration against the fake Fivetran API over HTTP, with real Dagster (materialize, jobs)."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

dg = pytest.importorskip("dagster", reason="the Dagster integration runs in `make test-integrations`")

from fivetran_ext.integrations.dagster import (  # noqa: E402 - only once Dagster is known to be there
    FivetranResource,
    build_fivetran_asset_specs,
    build_fivetran_assets,
    build_fivetran_sync_op,
    load_fivetran_asset_specs,
    load_fivetran_group_asset_specs,
)

from ..conftest import FakeAPI  # noqa: E402


def _resource(api: FakeAPI) -> Any:
    return FivetranResource(api_key="fake-key", api_secret="fake-secret", base_url=api.base_url, max_retries=0)


def _failure_descriptions(result: Any) -> list[str]:
    return [
        event.step_failure_data.user_failure_data.description
        for event in result.all_events
        if event.is_step_failure and event.step_failure_data.user_failure_data is not None
    ]


def test_the_resource_hides_the_secret_and_builds_working_clients(fake_api: FakeAPI) -> None:
    resource = _resource(fake_api)
    assert "fake-secret" not in repr(resource) + str(resource)
    with resource.get_client() as client:
        assert [group.name for group in client.groups.stream()] == ["analytics"]


def test_the_resource_builds_async_clients(fake_api: FakeAPI) -> None:
    resource = _resource(fake_api)

    async def read() -> str | None:
        async with resource.get_async_client() as client:
            return (await client.connections.get_sync_status(fake_api.connection_id)).sync_state

    assert anyio.run(read) == "scheduled"


def test_asset_specs_are_the_enabled_tables_under_their_destination_names(fake_api: FakeAPI) -> None:
    resource = _resource(fake_api)
    with resource.get_client() as client:
        client.connections.update_table(fake_api.connection_id, "public", "customers", enabled=False)
        config = client.connections.get_schema_config(fake_api.connection_id)
    specs = build_fivetran_asset_specs(config, fake_api.connection_id, key_prefix=["fivetran"], group_name="raw")
    assert [spec.key.path for spec in specs] == [
        ["fivetran", "public", "orders"],
        ["fivetran", "web_analytics", "page_views"],
    ]
    assert {spec.group_name for spec in specs} == {"raw"}
    assert specs[1].metadata == {
        "fivetran/connection_id": fake_api.connection_id,
        "fivetran/source_table": "Web Analytics.Page Views",
    }
    assert specs[1].kinds == {"fivetran"}
    assert specs[1].description == (
        "web_analytics.page_views: table Web Analytics.Page Views synced by Fivetran connection "
        + fake_api.connection_id
    )


def test_materialize_syncs_the_connection_and_materializes_every_table(fake_api: FakeAPI) -> None:
    resource = _resource(fake_api)
    specs = load_fivetran_asset_specs(resource, fake_api.connection_id)
    assets = build_fivetran_assets(fake_api.connection_id, specs, poll_interval=15)
    before = len(fake_api.requests())

    result = dg.materialize([assets], resources={"fivetran": resource})

    assert result.success
    materialized = sorted(tuple(event.asset_key.path) for event in result.get_asset_materialization_events())
    assert materialized == [("public", "customers"), ("public", "orders"), ("web_analytics", "page_views")]
    sync = f"/v1/connections/{fake_api.connection_id}"
    # Read the watermark, trigger once, then one read per 15 s until the 60 s sync ended.
    assert fake_api.requests()[before:] == [("GET", sync), ("POST", f"{sync}/sync")] + [("GET", sync)] * 4
    event = result.get_asset_materialization_events()[0]
    metadata = event.materialization.metadata
    assert metadata["fivetran/state"].value == "succeeded"
    assert metadata["fivetran/completed_at"].value == "2025-01-01T00:01:00+00:00"


def test_a_failed_sync_fails_the_step_with_fivetrans_reason(fake_api: FakeAPI) -> None:
    fake_api.fake.connections.set_sync_behavior(fake_api.connection_id, outcome="failure_with_task")
    resource = _resource(fake_api)
    assets = build_fivetran_assets(fake_api.connection_id, load_fivetran_asset_specs(resource, fake_api.connection_id))

    result = dg.materialize([assets], resources={"fivetran": resource}, raise_on_error=False)

    assert not result.success
    assert _failure_descriptions(result) == [
        f"Fivetran sync of connection {fake_api.connection_id} ended failed: Simulated sync failure"
        " (tasks: simulated_task: Simulated sync failure)"
    ]
    assert result.get_asset_materialization_events() == []
    (failure,) = [event for event in result.all_events if event.is_step_failure]
    metadata = failure.step_failure_data.user_failure_data.metadata
    assert metadata["fivetran"].value["tasks"] == [{"code": "simulated_task", "message": "Simulated sync failure"}]


def test_a_paused_connection_fails_without_a_trigger(fake_api: FakeAPI) -> None:
    resource = _resource(fake_api)
    with resource.get_client() as client:
        client.connections.pause(fake_api.connection_id)
    op = build_fivetran_sync_op(fake_api.connection_id, name="sync_warehouse")

    @dg.job(resource_defs={"fivetran": resource})
    def warehouse() -> None:
        op()

    result = warehouse.execute_in_process(raise_on_error=False)

    assert not result.success
    assert _failure_descriptions(result) == [
        f"Fivetran sync of connection {fake_api.connection_id} ended not_syncable: paused"
    ]
    assert ("POST", f"/v1/connections/{fake_api.connection_id}/sync") not in fake_api.requests()


def test_the_sync_op_outputs_the_json_result(fake_api: FakeAPI) -> None:
    op = build_fivetran_sync_op(fake_api.connection_id, poll_interval=30)

    @dg.job(resource_defs={"fivetran": _resource(fake_api)})
    def warehouse() -> None:
        op()

    result = warehouse.execute_in_process()

    output = result.output_for_node(f"fivetran_sync_{fake_api.connection_id}")
    assert output == {
        "connection_id": fake_api.connection_id,
        "state": "succeeded",
        "succeeded": True,
        "reason": None,
        "completed_at": "2025-01-01T00:01:00+00:00",
        "succeeded_at": "2025-01-01T00:01:00+00:00",
        "failed_at": None,
        "rescheduled_for": None,
        "baseline": None,
        "triggers": 1,
        "polls": 2,
        "elapsed": 60.0,
        "tasks": [],
        "warnings": [],
    }


def test_the_assets_wait_out_a_reschedule_and_restore_the_schedule(fake_api: FakeAPI) -> None:
    fake_api.fake.connections.set_sync_behavior(
        fake_api.connection_id, outcome=["rescheduled", "success"], reschedule_after=3600
    )
    resource = _resource(fake_api)
    specs = load_fivetran_asset_specs(resource, fake_api.connection_id)
    assets = build_fivetran_assets(
        fake_api.connection_id, specs, on_reschedule="retrigger", manage_schedule=True, timeout=7200
    )
    before = len(fake_api.requests())

    result = dg.materialize([assets], resources={"fivetran": resource})

    assert result.success
    metadata = result.get_asset_materialization_events()[0].materialization.metadata
    assert (metadata["fivetran/state"].value, metadata["fivetran/triggers"].value) == ("succeeded", 2)
    assert metadata["fivetran/completed_at"].value == "2025-01-01T01:02:00+00:00"
    # Switched to manual for the run (so the re-trigger is ours to send), and back to auto at the end.
    patches = [target for method, target in fake_api.requests()[before:] if method == "PATCH"]
    assert patches == [f"/v1/connections/{fake_api.connection_id}"] * 2
    assert fake_api.fake.connections.get(fake_api.connection_id)["schedule_type"] == "auto"


def test_max_age_skips_the_sync_when_the_data_is_fresh(fake_api: FakeAPI) -> None:
    fake_api.fake.connections.trigger_sync(fake_api.connection_id)
    fake_api.fake.clock.advance(600)
    op = build_fivetran_sync_op(fake_api.connection_id, max_age=3600)

    @dg.job(resource_defs={"fivetran": _resource(fake_api)})
    def warehouse() -> None:
        op()

    output = warehouse.execute_in_process().output_for_node(f"fivetran_sync_{fake_api.connection_id}")

    assert (output["state"], output["triggers"]) == ("succeeded", 0)
    assert fake_api.requests() == [("GET", f"/v1/connections/{fake_api.connection_id}")]


def test_options_are_checked_when_the_definitions_load() -> None:
    with pytest.raises(ValueError, match="on_reschedule must be one of"):
        build_fivetran_sync_op("decent_dropsy", on_reschedule="later")  # type: ignore[arg-type]


def test_group_specs_cover_every_connection_of_a_big_group(fake_api: FakeAPI) -> None:
    # dagster-fivetran was measured listing 1,000 of a group's 2,500 connections: every page counts here.
    for number in range(1, 1201):
        fake_api.fake.connections.create(fake_api.group_id, "google_sheets", f"sheet_{number}", id=f"sheet_{number}")
    fake_api.fake.connections.create(
        fake_api.group_id, "postgres", "crm", catalog={"sales": {"deals": ["id"]}}, id="zz_crm"
    )
    before = len(fake_api.requests())

    specs = load_fivetran_group_asset_specs(_resource(fake_api), fake_api.group_id, key_prefix=["fivetran"])

    assert len(specs) == 1202
    assert [spec.key.path for spec in specs["zz_crm"]] == [["fivetran", "sales", "deals"]]
    assert len(specs[fake_api.connection_id]) == 3
    lists = [target for method, target in fake_api.requests()[before:] if "/schemas" not in target]
    assert len(lists) == 2  # two pages of up to 1,000
    assert all(target.startswith("/v1/connections?") for target in lists)


# manage_schedule=True: the op and the assets wait with client.connections.sync_and_wait, which gives the
# schedule back on any exit (an API error, a timeout of our own, Dagster interrupting the step).

SYNC = "/v1/connections/decent_dropsy"


def _schedule_patches(api: FakeAPI) -> list[tuple[str, Any]]:
    import json

    return [(request.target, json.loads(request.body)) for request in api.fake.requests if request.method == "PATCH"]


def _on_the_first_wait(api: FakeAPI, monkeypatch: pytest.MonkeyPatch, action: Any) -> None:
    """Run ``action`` when the op first waits between two reads (after the switch and the trigger)."""
    from fivetran_ext.integrations import _clock

    advance = _clock.sleep
    done: list[bool] = []

    def sleep(seconds: float) -> None:
        advance(seconds)
        if not done:
            done.append(True)
            action()

    monkeypatch.setattr(_clock, "sleep", sleep)


def test_the_op_restores_the_schedule_when_the_api_fails_mid_wait(
    fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _on_the_first_wait(fake_api, monkeypatch, lambda: fake_api.fake.faults.fail_next(1, status=503))
    op = build_fivetran_sync_op(fake_api.connection_id, manage_schedule=True, poll_interval=30)

    @dg.job(resource_defs={"fivetran": _resource(fake_api)})
    def warehouse() -> None:
        op()

    result = warehouse.execute_in_process(raise_on_error=False)

    assert not result.success
    # Read, switch to manual, trigger; the read after 30 s gets a 503 (no retries); the schedule goes back.
    assert fake_api.requests() == [
        ("GET", SYNC),
        ("PATCH", SYNC),
        ("POST", f"{SYNC}/sync"),
        ("GET", SYNC),
        ("PATCH", SYNC),
    ]
    assert _schedule_patches(fake_api) == [(SYNC, {"schedule_type": "manual"}), (SYNC, {"schedule_type": "auto"})]
    assert fake_api.fake.connections.get(fake_api.connection_id)["schedule_type"] == "auto"


def test_the_assets_restore_the_schedule_when_the_api_fails_mid_wait(
    fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    resource = _resource(fake_api)
    specs = load_fivetran_asset_specs(resource, fake_api.connection_id)
    assets = build_fivetran_assets(fake_api.connection_id, specs, manage_schedule=True, poll_interval=30)
    _on_the_first_wait(fake_api, monkeypatch, lambda: fake_api.fake.faults.fail_next(1, status=503))
    before = len(fake_api.requests())

    result = dg.materialize([assets], resources={"fivetran": resource}, raise_on_error=False)

    assert not result.success
    assert fake_api.requests()[before:] == [
        ("GET", SYNC),
        ("PATCH", SYNC),
        ("POST", f"{SYNC}/sync"),
        ("GET", SYNC),
        ("PATCH", SYNC),
    ]
    assert _schedule_patches(fake_api) == [(SYNC, {"schedule_type": "manual"}), (SYNC, {"schedule_type": "auto"})]


def test_the_op_restores_the_schedule_when_dagster_interrupts_it(
    fake_api: FakeAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What Dagster raises in a step when the run is terminated (a BaseException, like Ctrl-C).
    def interrupt() -> None:
        raise dg.DagsterExecutionInterruptedError()

    _on_the_first_wait(fake_api, monkeypatch, interrupt)
    op = build_fivetran_sync_op(fake_api.connection_id, manage_schedule=True, poll_interval=30)

    @dg.job(resource_defs={"fivetran": _resource(fake_api)})
    def warehouse() -> None:
        op()

    result = warehouse.execute_in_process(raise_on_error=False)

    assert not result.success

    # No read after the interruption: straight to the restore.
    assert fake_api.requests() == [("GET", SYNC), ("PATCH", SYNC), ("POST", f"{SYNC}/sync"), ("PATCH", SYNC)]
    assert _schedule_patches(fake_api) == [(SYNC, {"schedule_type": "manual"}), (SYNC, {"schedule_type": "auto"})]

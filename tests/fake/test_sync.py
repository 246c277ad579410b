"""The sync lifecycle on the fake clock: success, failure, force, rescheduled, paused, resync, schedules."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from fivetran_ext.testing.fake import FakeFivetran

from .conftest import AUTH, BASE_URL, Seeded

T0 = "2025-01-01T00:00:00.000000Z"


def _at(seconds: int) -> str:
    minutes, secs = divmod(seconds, 60)
    return f"2025-01-01T00:{minutes:02d}:{secs:02d}.000000Z"


@pytest.fixture
def conn(api: httpx.Client, seeded: Seeded) -> Any:
    """``conn()`` → the connection's current ``data``; ``conn.sync(force)`` → the trigger's response."""

    class Connection:
        id = seeded.connection

        def __call__(self) -> dict[str, Any]:
            data: dict[str, Any] = api.get(f"/v1/connections/{seeded.connection}").json()["data"]
            return data

        def sync(self, force: bool | None = None) -> httpx.Response:
            body = None if force is None else {"force": force}
            return api.post(f"/v1/connections/{seeded.connection}/sync", json=body)

        def state(self) -> tuple[str, str | None, str | None]:
            data = self()
            return data["status"]["sync_state"], data["succeeded_at"], data["failed_at"]

    return Connection()


def test_a_sync_succeeds_after_its_duration(conn: Any, fake_fivetran: FakeFivetran) -> None:
    triggered = conn.sync()
    assert triggered.json() == {
        "code": "Success",
        "message": f"Sync has been successfully triggered for connection with id '{conn.id}'",
    }
    assert conn.state() == ("syncing", None, None)
    fake_fivetran.clock.advance(59)
    assert conn.state() == ("syncing", None, None)
    fake_fivetran.clock.advance(1)
    assert conn.state() == ("scheduled", _at(60), None)
    assert conn()["status"]["is_historical_sync"] is False


def test_failure_then_success(conn: Any, fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.connections.set_sync_behavior(conn.id, outcome=["failure", "success"], duration=10)
    conn.sync()
    fake_fivetran.clock.advance(10)
    assert conn.state() == ("scheduled", None, _at(10))
    conn.sync()
    fake_fivetran.clock.advance(10)
    assert conn.state() == ("scheduled", _at(20), _at(10))
    conn.sync()
    fake_fivetran.clock.advance(10)
    assert conn.state() == ("scheduled", _at(30), _at(10))  # the last outcome repeats


def test_failure_with_task(conn: Any, fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.connections.set_sync_behavior(conn.id, outcome="failure_with_task", failure_reason="Grant SELECT")
    conn.sync()
    fake_fivetran.clock.advance(60)
    assert conn()["status"]["tasks"] == [{"code": "simulated_task", "message": "Grant SELECT"}]
    assert conn.state() == ("scheduled", None, _at(60))


def test_failure_with_warning_then_success_clears_it(conn: Any, fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.connections.set_sync_behavior(
        conn.id, outcome=["failure_with_warning", "success"], failure_reason="Source is slow"
    )
    conn.sync()
    fake_fivetran.clock.advance(60)
    assert conn()["status"]["warnings"] == [{"code": "simulated_warning", "message": "Source is slow"}]
    assert conn()["status"]["tasks"] == []
    assert conn.state() == ("scheduled", None, _at(60))
    conn.sync()
    fake_fivetran.clock.advance(60)
    assert conn()["status"]["warnings"] == []


def test_force_false_while_syncing_changes_nothing(conn: Any, fake_fivetran: FakeFivetran) -> None:
    conn.sync()
    fake_fivetran.clock.advance(30)
    assert conn.sync(force=False).status_code == 200
    fake_fivetran.clock.advance(30)
    assert conn.state() == ("scheduled", _at(60), None)


def test_force_true_restarts_the_running_sync(conn: Any, fake_fivetran: FakeFivetran) -> None:
    conn.sync()
    fake_fivetran.clock.advance(30)
    conn.sync(force=True)
    fake_fivetran.clock.advance(30)
    assert conn.state() == ("syncing", None, None)  # the first run was abandoned, no timestamp moved
    fake_fivetran.clock.advance(30)
    assert conn.state() == ("scheduled", _at(90), None)


def test_skipped_sync_returns_to_scheduled_without_timestamps(conn: Any, fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.connections.set_sync_behavior(conn.id, outcome="skipped")
    conn.sync()
    fake_fivetran.clock.advance(60)
    assert conn.state() == ("scheduled", None, None)


def test_rescheduled_manual_connection_waits_for_a_trigger(
    api: httpx.Client, conn: Any, fake_fivetran: FakeFivetran
) -> None:
    api.patch(f"/v1/connections/{conn.id}", json={"schedule_type": "manual"})
    fake_fivetran.connections.set_sync_behavior(
        conn.id, outcome=["rescheduled", "success"], duration=60, reschedule_after=600
    )
    conn.sync()
    fake_fivetran.clock.advance(60)
    assert conn.state() == ("rescheduled", None, None)
    assert conn()["status"]["rescheduled_for"] == _at(660)

    conn.sync()  # before rescheduled_for: the quota is not back yet
    assert conn.state()[0] == "rescheduled"
    fake_fivetran.clock.advance(1200)
    assert conn.state()[0] == "rescheduled"  # manual: nothing happens by itself
    conn.sync()
    assert conn.state()[0] == "syncing"
    assert "rescheduled_for" not in conn()["status"]
    fake_fivetran.clock.advance(60)
    assert conn.state() == ("scheduled", _at(1320), None)


def test_rescheduled_auto_connection_restarts_by_itself(conn: Any, fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.connections.set_sync_behavior(
        conn.id, outcome=["rescheduled", "success"], duration=60, reschedule_after=600
    )
    conn.sync()
    fake_fivetran.clock.advance(60 + 600 + 60)
    assert conn.state() == ("scheduled", _at(720), None)


def test_reschedule_control(conn: Any, fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.connections.reschedule(conn.id, after=120)
    assert (conn.state()[0], conn()["status"]["rescheduled_for"]) == ("rescheduled", _at(120))


@pytest.mark.parametrize("blocker", ["paused", "broken", "incomplete"])
def test_paused_or_not_connected_connections_never_sync(conn: Any, fake_fivetran: FakeFivetran, blocker: str) -> None:
    if blocker == "paused":
        fake_fivetran.connections.delete(conn.id)
        group = fake_fivetran.groups.list()[0]["id"]
        conn.id = fake_fivetran.connections.create(group, "postgres", "paused_pg", paused=True)["id"]
    else:
        fake_fivetran.connections.set_setup_state(conn.id, blocker)
    assert fake_fivetran.connections.trigger_sync(conn.id) is False
    fake_fivetran.clock.advance(3600)
    data = fake_fivetran.connections.get(conn.id)
    assert (data["succeeded_at"], data["failed_at"]) == (None, None)


def test_paused_trigger_still_answers_200(api: httpx.Client, conn: Any) -> None:
    api.patch(f"/v1/connections/{conn.id}", json={"paused": True})
    assert conn.sync().status_code == 200
    assert conn.state() == ("paused", None, None)


def test_pausing_stops_a_running_sync(api: httpx.Client, conn: Any, fake_fivetran: FakeFivetran) -> None:
    conn.sync()
    api.patch(f"/v1/connections/{conn.id}", json={"paused": True})
    fake_fivetran.clock.advance(120)
    assert conn.state() == ("paused", None, None)


def test_resync_conflicts_with_a_running_sync(api: httpx.Client, conn: Any, fake_fivetran: FakeFivetran) -> None:
    conn.sync()
    conflict = api.post(f"/v1/connections/{conn.id}/resync", json={"scope": {"pg_main": ["accounts"]}})
    assert (conflict.status_code, conflict.json()["code"]) == (409, "Conflict")
    fake_fivetran.clock.advance(60)
    started = api.post(f"/v1/connections/{conn.id}/resync")
    assert "data" not in started.json()
    assert (conn()["status"]["sync_state"], conn()["status"]["is_historical_sync"]) == ("syncing", True)
    tables = api.post(f"/v1/connections/{conn.id}/schemas/tables/resync", json={"pg_main": ["accounts"]})
    assert tables.status_code == 409


@pytest.mark.parametrize("scope", [{}, {"pg_main": []}, {"pg_main": "accounts"}])
def test_resync_scope_must_not_be_empty(api: httpx.Client, conn: Any, scope: Any) -> None:
    response = api.post(f"/v1/connections/{conn.id}/resync", json={"scope": scope})
    assert (response.status_code, response.json()["code"]) == (400, "BadRequest")


def test_resync_of_a_paused_connection_runs_on_resume(api: httpx.Client, conn: Any) -> None:
    api.patch(f"/v1/connections/{conn.id}", json={"paused": True})
    assert api.post(f"/v1/connections/{conn.id}/resync").status_code == 200
    assert conn.state()[0] == "paused"
    api.patch(f"/v1/connections/{conn.id}", json={"paused": False})
    assert conn.state()[0] == "syncing"


def test_finish_sync_control(conn: Any, fake_fivetran: FakeFivetran) -> None:
    conn.sync()
    fake_fivetran.clock.advance(5)
    fake_fivetran.connections.finish_sync(conn.id, "failure")
    assert conn.state() == ("scheduled", None, _at(5))
    with pytest.raises(ValueError, match="not syncing"):
        fake_fivetran.connections.finish_sync(conn.id)


def test_invalid_behaviour_is_refused(fake_fivetran: FakeFivetran, seeded: Seeded) -> None:
    with pytest.raises(ValueError, match="outcome"):
        fake_fivetran.connections.set_sync_behavior(seeded.connection, outcome="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="negative"):
        fake_fivetran.connections.set_sync_behavior(seeded.connection, duration=-1)


def test_scheduled_syncs_follow_the_frequency() -> None:
    with FakeFivetran(scheduled_syncs=True, sync_duration=60, webhook_delivery="manual") as fake:
        group = fake.groups.create("g")["id"]
        connection = fake.connections.create(group, "postgres", "pg", sync_frequency=15)["id"]
        fake.clock.advance(0)
        assert fake.connections.get(connection)["status"]["sync_state"] == "syncing"  # first sync at once
        fake.clock.advance(60 + 15 * 60 + 60)
        assert fake.connections.get(connection)["succeeded_at"] == "2025-01-01T00:17:00.000000Z"
        manual = fake.connections.create(group, "postgres", "pg_manual", schedule_type="manual")["id"]
        fake.clock.advance(3600)
        assert fake.connections.get(manual)["succeeded_at"] is None


@pytest.mark.anyio
async def test_async_transport_sees_the_same_lifecycle(fake_fivetran: FakeFivetran, seeded: Seeded) -> None:
    async with httpx.AsyncClient(transport=fake_fivetran.async_transport(), base_url=BASE_URL, auth=AUTH) as http:
        await http.post(f"/v1/connections/{seeded.connection}/sync")
        fake_fivetran.clock.advance(60)
        data = (await http.get(f"/v1/connections/{seeded.connection}")).json()["data"]
    assert data["succeeded_at"] == _at(60)

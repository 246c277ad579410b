"""Schema config (standard config), table columns, reload, and connection state."""

from __future__ import annotations

import httpx
import pytest

from fivetran_ext.testing.fake import FakeFivetran

from .conftest import Seeded


@pytest.fixture
def schemas(seeded: Seeded) -> str:
    return f"/v1/connections/{seeded.connection}/schemas"


def test_initial_config_lists_schemas_and_tables_but_no_untouched_columns(api: httpx.Client, schemas: str) -> None:
    data = api.get(schemas).json()["data"]
    assert (data["schema_change_handling"], data["enable_new_by_default"]) == ("ALLOW_ALL", True)
    tables = data["schemas"]["pg_main"]["tables"]
    assert set(tables) == {"accounts", "events"}
    assert tables["accounts"]["enabled"] is True
    assert tables["accounts"]["sync_mode"] == "SOFT_DELETE"
    assert tables["accounts"]["columns"] == {}


def test_patch_levels(api: httpx.Client, schemas: str) -> None:
    table = api.patch(f"{schemas}/pg_main/tables/events", json={"enabled": False, "sync_mode": "HISTORY"}).json()
    assert table["message"] == "Table configuration has been modified"
    assert table["data"]["schemas"]["pg_main"]["tables"]["events"]["enabled"] is False

    column = api.patch(f"{schemas}/pg_main/tables/accounts/columns/name", json={"hashed": True}).json()["data"]
    assert column["schemas"]["pg_main"]["tables"]["accounts"]["columns"] == {
        "name": {
            "name_in_destination": "name",
            "enabled": True,
            "hashed": True,
            "is_primary_key": False,
            "enabled_patch_settings": {"allowed": True},
        }
    }

    whole = api.patch(
        schemas,
        json={"schema_change_handling": "BLOCK_ALL", "schemas": {"pg_main": {"enabled": False, "tables": {}}}},
    ).json()["data"]
    assert (whole["schema_change_handling"], whole["enable_new_by_default"]) == ("BLOCK_ALL", False)
    assert whole["schemas"]["pg_main"]["enabled"] is False
    assert api.patch(f"{schemas}/pg_main", json={"enabled": True}).json()["data"]["schemas"]["pg_main"]["enabled"]


def test_columns_endpoint_lists_every_column(api: httpx.Client, schemas: str) -> None:
    columns = api.get(f"{schemas}/pg_main/tables/accounts/columns").json()["data"]["columns"]
    assert list(columns) == ["id", "name", "updated_at"]
    assert columns["id"]["is_primary_key"] is True
    assert columns["id"]["enabled_patch_settings"]["allowed"] is False


@pytest.mark.parametrize(
    ("path", "body", "status", "code"),
    [
        ("/nope", {"enabled": True}, 404, "NotFound_Schema"),
        ("/pg_main/tables/nope", {"enabled": True}, 404, "NotFound_Table"),
        ("/pg_main/tables/accounts/columns/nope", {"enabled": True}, 404, "NotFound_Column"),
        ("/pg_main/tables/accounts/columns/id", {"enabled": False}, 400, "InvalidInput"),
        ("/pg_main/tables/accounts", {"sync_mode": "SOMETIMES"}, 400, "InvalidInput"),
        ("", {"schemas": {"Pg_Main": {"enabled": True}}}, 404, "NotFound_Schema"),
    ],
)
def test_patch_errors(
    api: httpx.Client, schemas: str, path: str, body: dict[str, object], status: int, code: str
) -> None:
    response = api.patch(f"{schemas}{path}", json=body)
    assert (response.status_code, response.json()["code"]) == (status, code)


def test_config_is_read_only_until_setup_completes(
    api: httpx.Client, fake_fivetran: FakeFivetran, seeded: Seeded, schemas: str
) -> None:
    fake_fivetran.connections.set_setup_state(seeded.connection, "broken")
    response = api.patch(f"{schemas}/pg_main", json={"enabled": False})
    assert (response.status_code, response.json()["code"]) == (400, "BadRequest")
    # Pre-creating is for exactly those connections, and accepts names the source has not shown yet.
    created = api.post(schemas, json={"schemas": {"future": {"enabled": True, "tables": {"t": {"enabled": False}}}}})
    assert created.json()["data"]["schemas"]["future"]["tables"]["t"]["enabled"] is False


@pytest.mark.parametrize(("mode", "enabled"), [("PRESERVE", False), ("INCLUDE", True), ("EXCLUDE", False)])
def test_reload_follows_the_catalog(
    api: httpx.Client, fake_fivetran: FakeFivetran, seeded: Seeded, schemas: str, mode: str, enabled: bool
) -> None:
    api.patch(f"{schemas}/pg_main/tables/accounts", json={"enabled": False})
    fake_fivetran.connections.set_catalog(
        seeded.connection, {"pg_main": {"accounts": ["id"], "invoices": ["id", "total"]}}
    )

    data = api.post(f"{schemas}/reload", json={"exclude_mode": mode}).json()["data"]

    tables = data["schemas"]["pg_main"]["tables"]
    assert set(tables) == {"accounts", "invoices"}  # "events" left the source
    assert tables["accounts"]["enabled"] is enabled
    assert tables["invoices"]["enabled"] is (mode != "EXCLUDE")


def test_drop_column_needs_a_blocked_column(api: httpx.Client, schemas: str) -> None:
    column = f"{schemas}/pg_main/tables/accounts/columns/name"
    assert (api.delete(column).status_code, api.delete(column).json()["code"]) == (409, "Conflict")
    api.patch(column, json={"enabled": False})
    assert api.delete(column).json() == {"code": "Success", "message": "Column successfully marked for deletion"}
    assert list(api.get(f"{schemas}/pg_main/tables/accounts/columns").json()["data"]["columns"]) == ["id", "updated_at"]


def test_state_only_for_function_and_sdk_connections(
    api: httpx.Client, fake_fivetran: FakeFivetran, seeded: Seeded
) -> None:
    assert api.get(f"/v1/connections/{seeded.connection}/state").json()["code"] == "BadRequest"

    sdk = fake_fivetran.connections.create(seeded.group, "connector_sdk", "sdk")["id"]
    state = f"/v1/connections/{sdk}/state"
    assert api.get(state).json()["data"] == {"state": {}}
    assert api.patch(state, json={"state": {"cursor": 1}}).status_code == 400  # not paused
    api.post(f"/v1/connections/{sdk}/sync")
    assert api.patch(state, json={"state": {"cursor": 1}}).status_code == 409  # syncing

    api.patch(f"/v1/connections/{sdk}", json={"paused": True})
    updated = api.patch(state, json={"state": {"cursor": 1}})
    assert updated.json() == {"code": "Success", "message": "Connection state has been updated"}
    assert api.get(state).json()["data"] == {"state": {"cursor": 1}}
    assert api.patch(state, json={}).json()["code"] == "InvalidInput"

"""The schema config tree: typed entries, iteration helpers, unknown fields kept, hostile names end to end."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from fivetran_ext import ColumnEntry, SchemaConfig, SchemaEntry, TableEntry
from fivetran_ext.testing import FakeFivetran

from ._data import COLUMN, SCHEMA, SCHEMA_CONFIG, TABLE


@pytest.fixture
def config() -> SchemaConfig:
    return SchemaConfig.from_dict(SCHEMA_CONFIG)


def test_the_tree_is_typed_and_keeps_the_api_order(config: SchemaConfig) -> None:
    assert (config.schema_change_handling, config.enable_new_by_default) == ("ALLOW_COLUMNS", False)
    assert list(config.schemas) == ["public", "schema", SCHEMA]
    public = config.schemas["public"]
    assert isinstance(public, SchemaEntry)
    assert (public.name, public.enabled, public.name_in_destination) == ("public", True, "public")
    orders = public.tables["orders"]
    assert isinstance(orders, TableEntry)
    assert (orders.schema, orders.name, orders.sync_mode, orders.supports_columns_config) == (
        "public",
        "orders",
        "SOFT_DELETE",
        True,
    )
    assert orders.enabled_patch_settings == {"allowed": True}
    email = orders.columns["email"]
    assert isinstance(email, ColumnEntry)
    assert (email.schema, email.table, email.name, email.hashed, email.is_primary_key) == (
        "public",
        "orders",
        "email",
        True,
        None,
    )


def test_iteration_helpers(config: SchemaConfig) -> None:
    assert [(t.schema, t.name) for t in config.iter_tables()] == [
        ("public", "orders"),
        ("public", "logs"),
        ("schema", "t"),
        (SCHEMA, TABLE),
    ]
    assert [(c.table, c.name) for c in config.iter_columns()] == [("orders", "email"), ("orders", "id")]
    # Disabled tables and every table of a disabled schema are left out.
    assert [(t.schema, t.name) for t in config.enabled_tables()] == [("public", "orders"), (SCHEMA, TABLE)]
    assert config.schemas["public"].enabled_tables() == [config.table("public", "orders")]
    assert config.table(SCHEMA, TABLE).schema == SCHEMA
    with pytest.raises(KeyError):
        config.table("public", "missing")


def test_unknown_fields_stay_reachable(config: SchemaConfig) -> None:
    assert config.raw["future_setting"] == "kept"
    assert config.table("public", "orders").columns["id"].raw["new_flag"] == 7
    assert config.raw["schemas"]["public"]["tables"]["logs"]["sync_mode"] == "LIVE"


def test_the_tree_is_read_only(config: SchemaConfig) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.schema_change_handling = "BLOCK_ALL"  # type: ignore[misc]
    with pytest.raises(TypeError):
        config.schemas["new"] = config.schemas["public"]  # type: ignore[index]


def test_scalars_of_an_unexpected_type_read_as_none() -> None:
    config = SchemaConfig.from_dict({"schemas": {"s": {"enabled": "yes", "tables": None}}, "schema_change_handling": 1})

    assert config.schemas["s"].enabled is None
    assert config.schemas["s"].tables == {}
    assert config.schema_change_handling is None
    assert config.schemas["s"].raw["enabled"] == "yes"


def test_an_empty_config_is_empty() -> None:
    config = SchemaConfig.from_dict({})

    assert config.schemas == {}
    assert list(config.iter_tables()) == []
    assert config.enabled_tables() == []


# ------------------------------------------------------------------ against the fake, names that need encoding


@pytest.fixture
def fake() -> Iterator[FakeFivetran]:
    with FakeFivetran(webhook_delivery="manual") as fake:
        yield fake


def test_hostile_names_round_trip_through_every_schema_endpoint(fake: FakeFivetran) -> None:
    group = fake.groups.create("analytics")
    catalog = {SCHEMA: {TABLE: ["id", COLUMN, "a/b"]}, "public": {"orders": ["id"]}}
    connection_id = fake.connections.create(group["id"], "postgres", "warehouse", catalog=catalog)["id"]

    with fake.client() as client:
        columns = client.connections.get_table_columns(connection_id, SCHEMA, TABLE)
        assert list(columns) == ["id", COLUMN, "a/b"]
        updated = client.connections.update_column(connection_id, SCHEMA, TABLE, COLUMN, enabled=False, hashed=True)
        assert updated.table(SCHEMA, TABLE).columns[COLUMN].enabled is False
        updated = client.connections.update_table(connection_id, SCHEMA, TABLE, enabled=True, sync_mode="HISTORY")
        assert updated.table(SCHEMA, TABLE).sync_mode == "HISTORY"
        updated = client.connections.update_schema(connection_id, "public", enabled=False)
        assert [t.name for t in updated.enabled_tables()] == [TABLE]
        client.connections.drop_blocked_column(connection_id, SCHEMA, TABLE, COLUMN)
        assert list(client.connections.get_table_columns(connection_id, SCHEMA, TABLE)) == ["id", "a/b"]
        reloaded = client.connections.reload_schema_config(connection_id, "INCLUDE")
        assert {t.name for t in reloaded.enabled_tables()} == {TABLE, "orders"}

    paths = [request.raw_path for request in fake.requests]
    assert "/v1/connections/" + connection_id + "/schemas/my%20schema%2Ev2/tables/orders%2F2024%3F%23/columns" in paths

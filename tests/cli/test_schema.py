"""``schema show``: the schema config as a tree with enabled markers, sync modes and column notes."""

from __future__ import annotations

import json

from fivetran_ext.cli._exit import ExitCode
from fivetran_ext.testing.fake import FakeFivetran

from .conftest import CONNECTION, GROUP, Runner


def edit(fake: FakeFivetran) -> None:
    with fake.client() as client:
        client.connections.update_table(CONNECTION, "public", "customers", enabled=False)
        client.connections.update_column(CONNECTION, "public", "orders", "total", enabled=True, hashed=True)


def test_schema_show_draws_schemas_tables_and_columns(run: Runner, seeded: FakeFivetran) -> None:
    edit(seeded)

    result = run("schema", "show", CONNECTION)

    assert (result.code, result.stderr) == (ExitCode.OK, "")
    assert result.stdout.splitlines() == [
        f"{CONNECTION}  schema changes: ALLOW_ALL",
        "└── ✓ public",
        "    ├── ✓ orders  SOFT_DELETE",
        "    │   └── ✓ total  hashed",
        "    └── ✗ customers  SOFT_DELETE",
        "1 schema, 2 tables (1 enabled); columns are listed only where settings differ from the defaults",
    ]


def test_destination_names_that_differ_are_shown(run: Runner, fake: FakeFivetran) -> None:
    fake.groups.create("analytics", id=GROUP)
    catalog = {"Sales Data": {"Orders": ["id"]}, "crm": {"leads": ["id"]}}
    fake.connections.create(GROUP, "postgres", "warehouse", id=CONNECTION, catalog=catalog)

    lines = run("schema", "show", CONNECTION).stdout.splitlines()

    assert lines[1:5] == [
        "├── ✓ Sales Data → sales_data",
        "│   └── ✓ Orders → orders  SOFT_DELETE",
        "└── ✓ crm",
        "    └── ✓ leads  SOFT_DELETE",
    ]


def test_terminals_that_cannot_show_unicode_get_ascii(run: Runner, seeded: FakeFivetran) -> None:
    edit(seeded)

    result = run("schema", "show", CONNECTION, encoding="ascii")

    assert result.code == ExitCode.OK
    assert result.stdout.splitlines()[1:5] == [
        "`-- + public",
        "    |-- + orders  SOFT_DELETE",
        "    |   `-- + total  hashed",
        "    `-- x customers  SOFT_DELETE",
    ]


def test_schema_show_json_is_the_api_data(run: Runner, seeded: FakeFivetran) -> None:
    edit(seeded)

    result = run("--json", "schema", "show", CONNECTION)

    with seeded.client() as client:
        expected = client.generated.get_httpx_client().get(f"/v1/connections/{CONNECTION}/schemas").json()["data"]
    assert result.json() == expected
    assert result.json()["schemas"]["public"]["tables"]["customers"]["enabled"] is False


def test_schema_show_of_an_unknown_connection_is_an_api_error(run: Runner, seeded: FakeFivetran) -> None:
    result = run("schema", "show", "nope")

    assert result.code == ExitCode.API
    assert result.stderr.startswith("error: 404 NotFound_Integration: ")


def test_disable_a_table_then_a_column_then_enable_the_schema(run: Runner, seeded: FakeFivetran) -> None:
    table = run("schema", "disable", CONNECTION, "public.orders")
    column = run("schema", "disable", CONNECTION, "public.customers.email")
    schema = run("schema", "enable", CONNECTION, "public", "--json")

    assert (table.code, column.code, schema.code) == (0, 0, 0), table.stderr + column.stderr + schema.stderr
    assert [(r.method, r.target, json.loads(r.body)) for r in seeded.requests if r.method == "PATCH"] == [
        ("PATCH", f"/v1/connections/{CONNECTION}/schemas/public/tables/orders", {"enabled": False}),
        ("PATCH", f"/v1/connections/{CONNECTION}/schemas/public/tables/customers/columns/email", {"enabled": False}),
        ("PATCH", f"/v1/connections/{CONNECTION}/schemas/public", {"enabled": True}),
    ]
    assert "✗ orders" in table.stdout
    assert schema.json()["schemas"]["public"]["enabled"] is True


def test_sync_mode_keeps_the_table_enabled_state(run: Runner, seeded: FakeFivetran) -> None:
    run("schema", "disable", CONNECTION, "public.orders")

    result = run("schema", "sync-mode", CONNECTION, "public.orders", "HISTORY")

    assert result.code == 0, result.stderr
    assert [json.loads(r.body) for r in seeded.requests if r.method == "PATCH"][-1] == {
        "enabled": False,
        "sync_mode": "HISTORY",
    }
    assert "✗ orders  HISTORY" in result.stdout


def test_sync_mode_needs_a_table(run: Runner, seeded: FakeFivetran) -> None:
    result = run("schema", "sync-mode", CONNECTION, "public", "LIVE")

    assert (result.code, result.stderr) == (ExitCode.USAGE, "error: expected SCHEMA.TABLE, got 'public'\n")

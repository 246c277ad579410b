"""Every method of groups, connections, destinations and webhooks, sync and async: the exact request and result.

Each case is one call; the server records the method, the raw (still percent-encoded) path, the query,
the JSON body and the ``Accept`` header, and answers the envelope of the case. Bodies without ``data``
(delete, sync, resync, state update) are ordinary successes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from fivetran_ext import (
    ColumnEntry,
    ConnectCard,
    Connection,
    ConnectionState,
    Destination,
    Group,
    GroupPublicKey,
    GroupServiceAccount,
    Page,
    SchemaConfig,
    SyncStatus,
    User,
    Webhook,
    WebhookTestResult,
)

from ._data import (
    COLUMN,
    COLUMN_RAW,
    COLUMNS,
    CONNECTION_ID,
    DESTINATION,
    GROUP,
    GROUP_ID,
    SCHEMA,
    SCHEMA_CONFIG,
    SCHEMA_RAW,
    TABLE,
    TABLE_RAW,
    USER,
    USER_ID,
    WEBHOOK,
    WEBHOOK_ID,
    connection,
    page,
)
from .conftest import V1, V2, Recorder, Runner, envelope

Expect = Callable[[Any], None]


def model(cls: type, **attributes: Any) -> Expect:
    def check(result: Any) -> None:
        assert isinstance(result, cls), type(result)
        for name, value in attributes.items():
            assert getattr(result, name) == value, name

    return check


def paged(cls: type, ids: list[str], next_cursor: str | None = None) -> Expect:
    def check(result: Any) -> None:
        assert isinstance(result, Page)
        assert all(isinstance(item, cls) for item in result.items)
        assert [item.id for item in result.items] == ids
        assert result.next_cursor == next_cursor

    return check


def listed(cls: type, ids: list[str]) -> Expect:
    def check(result: Any) -> None:
        assert all(isinstance(item, cls) for item in result)
        assert [item.id for item in result] == ids

    return check


def nothing(result: Any) -> None:
    assert result is None


def state_cursor_5(result: Any) -> None:
    assert isinstance(result, ConnectionState)
    assert result.state.to_dict() == {"cursor": 5}


def schema_config(result: Any) -> None:
    assert isinstance(result, SchemaConfig)
    assert list(result.schemas) == ["public", "schema", SCHEMA]
    assert result.raw["future_setting"] == "kept"


def columns(result: Any) -> None:
    assert list(result) == ["id", COLUMN]
    assert all(isinstance(column, ColumnEntry) for column in result.values())
    assert (result[COLUMN].schema, result[COLUMN].table, result[COLUMN].enabled) == (SCHEMA, TABLE, False)


@dataclass(frozen=True)
class Case:
    name: str
    call: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    method: str
    path: str
    accept: str
    expect: Expect
    data: Any = None
    body: Any = None
    query: dict[str, str] = field(default_factory=dict)


CONN = f"/v1/connections/{CONNECTION_ID}"
SCHEMAS = f"{CONN}/schemas"
TABLE_PATH = f"{SCHEMAS}/{SCHEMA_RAW}/tables/{TABLE_RAW}"
HOOK = "https://hooks.example.com/fivetran"

# Case(test id, method called, args, kwargs, HTTP method, raw path, Accept, check of the result,
#      data=<response data>, body=<expected JSON body>, query=<expected query>)
CASES = [
    # ---------------------------------------------------------------- groups
    Case(
        "groups.list",
        "groups.list",
        (),
        {"limit": 2, "cursor": "abc"},
        "GET",
        "/v1/groups",
        V1,
        paged(Group, [GROUP_ID], "next"),
        data=page(GROUP, next_cursor="next"),
        query={"limit": "2", "cursor": "abc"},
    ),
    Case(
        "groups.stream",
        "groups.stream",
        (),
        {"limit": 2},
        "GET",
        "/v1/groups",
        V1,
        listed(Group, [GROUP_ID]),
        data=page(GROUP),
        query={"limit": "2"},
    ),
    Case(
        "groups.get",
        "groups.get",
        (GROUP_ID,),
        {},
        "GET",
        f"/v1/groups/{GROUP_ID}",
        V1,
        model(Group, name="Warehouse"),
        data=GROUP,
    ),
    Case(
        "groups.create",
        "groups.create",
        (),
        {"name": "Warehouse"},
        "POST",
        "/v1/groups",
        V1,
        model(Group, id=GROUP_ID),
        data=GROUP,
        body={"name": "Warehouse"},
    ),
    Case(
        "groups.update",
        "groups.update",
        (GROUP_ID,),
        {"name": "Renamed"},
        "PATCH",
        f"/v1/groups/{GROUP_ID}",
        V1,
        model(Group, id=GROUP_ID),
        data=GROUP,
        body={"name": "Renamed"},
    ),
    Case("groups.delete", "groups.delete", (GROUP_ID,), {}, "DELETE", f"/v1/groups/{GROUP_ID}", V1, nothing),
    Case(
        "groups.list_connections",
        "groups.list_connections",
        (GROUP_ID,),
        {"schema": "pg", "limit": 5},
        "GET",
        f"/v1/groups/{GROUP_ID}/connections",
        V1,
        paged(Connection, ["a", "b"]),
        data=page(connection("a"), connection("b")),
        query={"schema": "pg", "limit": "5"},
    ),
    Case(
        "groups.stream_connections",
        "groups.stream_connections",
        (GROUP_ID,),
        {},
        "GET",
        f"/v1/groups/{GROUP_ID}/connections",
        V1,
        listed(Connection, ["a"]),
        data=page(connection("a")),
    ),
    Case(
        "groups.list_users",
        "groups.list_users",
        (GROUP_ID,),
        {"limit": 1},
        "GET",
        f"/v1/groups/{GROUP_ID}/users",
        V1,
        paged(User, [USER_ID]),
        data=page(USER),
        query={"limit": "1"},
    ),
    Case(
        "groups.stream_users",
        "groups.stream_users",
        (GROUP_ID,),
        {},
        "GET",
        f"/v1/groups/{GROUP_ID}/users",
        V1,
        listed(User, [USER_ID]),
        data=page(USER),
    ),
    Case(
        "groups.add_user",
        "groups.add_user",
        (GROUP_ID,),
        {"email": "ada@example.com", "role": "Destination Analyst"},
        "POST",
        f"/v1/groups/{GROUP_ID}/users",
        V1,
        nothing,
        body={"email": "ada@example.com", "role": "Destination Analyst"},
    ),
    Case(
        "groups.remove_user",
        "groups.remove_user",
        (GROUP_ID, USER_ID),
        {},
        "DELETE",
        f"/v1/groups/{GROUP_ID}/users/{USER_ID}",
        V1,
        nothing,
    ),
    Case(
        "groups.get_service_account",
        "groups.get_service_account",
        (GROUP_ID,),
        {},
        "GET",
        f"/v1/groups/{GROUP_ID}/service-account",
        V1,
        model(GroupServiceAccount, service_account="g-sickle@fivetran.iam.gserviceaccount.com"),
        data={"service_account": "g-sickle@fivetran.iam.gserviceaccount.com"},
    ),
    Case(
        "groups.get_public_key",
        "groups.get_public_key",
        (GROUP_ID,),
        {},
        "GET",
        f"/v1/groups/{GROUP_ID}/public-key",
        V1,
        model(GroupPublicKey, public_key="ssh-rsa AAAA"),
        data={"public_key": "ssh-rsa AAAA"},
    ),
    # ---------------------------------------------------------------- connections
    Case(
        "connections.list",
        "connections.list",
        (),
        {"group_id": GROUP_ID, "schema": "pg", "limit": 10, "cursor": "c1"},
        "GET",
        "/v1/connections",
        V2,
        paged(Connection, ["a", "b"], "c2"),
        data=page(connection("a"), connection("b"), next_cursor="c2"),
        query={"group_id": GROUP_ID, "schema": "pg", "limit": "10", "cursor": "c1"},
    ),
    Case(
        "connections.stream",
        "connections.stream",
        (),
        {"group_id": GROUP_ID},
        "GET",
        "/v1/connections",
        V2,
        listed(Connection, ["a"]),
        data=page(connection("a")),
        query={"group_id": GROUP_ID},
    ),
    Case(
        "connections.get",
        "connections.get",
        (CONNECTION_ID,),
        {},
        "GET",
        CONN,
        V2,
        model(
            Connection, id=CONNECTION_ID, sync_frequency=360, additional_properties={"brand_new_field": {"kept": True}}
        ),
        data=connection(),
    ),
    Case(
        "connections.create",
        "connections.create",
        (),
        {
            "group_id": GROUP_ID,
            "service": "postgres",
            "config": {"host": "db", "port": 5432},
            "paused": True,
            "sync_frequency": 1440,
            "daily_sync_time": "03:00",
            "schedule_type": "manual",
            "run_setup_tests": False,
        },
        "POST",
        "/v1/connections",
        V2,
        model(Connection, id=CONNECTION_ID),
        data=connection(),
        body={
            "group_id": GROUP_ID,
            "service": "postgres",
            "config": {"host": "db", "port": 5432},
            "paused": True,
            "sync_frequency": 1440,
            "daily_sync_time": "03:00",
            "schedule_type": "manual",
            "run_setup_tests": False,
        },
    ),
    Case(
        "connections.update",
        "connections.update",
        (CONNECTION_ID,),
        {"sync_frequency": 60, "config": {"password": "rotated"}},
        "PATCH",
        CONN,
        V2,
        model(Connection, id=CONNECTION_ID),
        data=connection(),
        body={"sync_frequency": 60, "config": {"password": "rotated"}},
    ),
    Case("connections.delete", "connections.delete", (CONNECTION_ID,), {}, "DELETE", CONN, V2, nothing),
    Case(
        "connections.pause",
        "connections.pause",
        (CONNECTION_ID,),
        {},
        "PATCH",
        CONN,
        V2,
        model(Connection, paused=True),
        data=connection(paused=True),
        body={"paused": True},
    ),
    Case(
        "connections.resume",
        "connections.resume",
        (CONNECTION_ID,),
        {},
        "PATCH",
        CONN,
        V2,
        model(Connection, paused=False),
        data=connection(),
        body={"paused": False},
    ),
    Case(
        "connections.set_sync_frequency",
        "connections.set_sync_frequency",
        (CONNECTION_ID, 60),
        {},
        "PATCH",
        CONN,
        V2,
        model(Connection),
        data=connection(),
        body={"sync_frequency": 60},
    ),
    Case(
        "connections.set_sync_frequency/daily",
        "connections.set_sync_frequency",
        (CONNECTION_ID, 1440, "manual", "03:00"),
        {},
        "PATCH",
        CONN,
        V2,
        model(Connection),
        data=connection(),
        body={"sync_frequency": 1440, "schedule_type": "manual", "daily_sync_time": "03:00"},
    ),
    Case(
        "connections.sync",
        "connections.sync",
        (CONNECTION_ID,),
        {},
        "POST",
        f"{CONN}/sync",
        V2,
        nothing,
        body={"force": False},
    ),
    Case(
        "connections.sync/force",
        "connections.sync",
        (CONNECTION_ID,),
        {"force": True},
        "POST",
        f"{CONN}/sync",
        V2,
        nothing,
        body={"force": True},
    ),
    Case(
        "connections.resync",
        "connections.resync",
        (CONNECTION_ID,),
        {"confirm": True},
        "POST",
        f"{CONN}/resync",
        V2,
        nothing,
        body={},
    ),
    Case(
        "connections.resync/scope",
        "connections.resync",
        (CONNECTION_ID,),
        {"confirm": True, "scope": {"public": ["orders", "customers"], "schema": ["t"]}},
        "POST",
        f"{CONN}/resync",
        V2,
        nothing,
        body={"scope": {"public": ["orders", "customers"], "schema": ["t"]}},
    ),
    Case(
        "connections.resync_tables",
        "connections.resync_tables",
        (CONNECTION_ID,),
        {"confirm": True, "tables": {SCHEMA: ["orders"], "model": ["m"]}},
        "POST",
        f"{SCHEMAS}/tables/resync",
        V1,
        nothing,
        body={SCHEMA: ["orders"], "model": ["m"]},
    ),
    Case(
        "connections.get_state",
        "connections.get_state",
        (CONNECTION_ID,),
        {},
        "GET",
        f"{CONN}/state",
        V2,
        state_cursor_5,
        data={"state": {"cursor": 5}},
    ),
    Case(
        "connections.update_state",
        "connections.update_state",
        (CONNECTION_ID, {"cursor": 6}),
        {},
        "PATCH",
        f"{CONN}/state",
        V2,
        nothing,
        body={"state": {"cursor": 6}},
    ),
    Case(
        "connections.get_sync_status",
        "connections.get_sync_status",
        (CONNECTION_ID,),
        {},
        "GET",
        CONN,
        V2,
        model(SyncStatus, connection_id=CONNECTION_ID, sync_state="scheduled", can_sync=True),
        data=connection(),
    ),
    Case(
        "connections.get_schema_config",
        "connections.get_schema_config",
        (CONNECTION_ID,),
        {},
        "GET",
        SCHEMAS,
        V1,
        schema_config,
        data=SCHEMA_CONFIG,
    ),
    Case(
        "connections.update_schema_config",
        "connections.update_schema_config",
        (CONNECTION_ID,),
        {"schema_change_handling": "BLOCK_ALL", "schemas": {"public": {"tables": {"logs": {"enabled": True}}}}},
        "PATCH",
        SCHEMAS,
        V1,
        schema_config,
        data=SCHEMA_CONFIG,
        body={"schema_change_handling": "BLOCK_ALL", "schemas": {"public": {"tables": {"logs": {"enabled": True}}}}},
    ),
    Case(
        "connections.create_schema_config",
        "connections.create_schema_config",
        (CONNECTION_ID,),
        {"schemas": {"public": {"enabled": True}}, "schema_change_handling": "ALLOW_ALL"},
        "POST",
        SCHEMAS,
        V1,
        schema_config,
        data=SCHEMA_CONFIG,
        body={"schemas": {"public": {"enabled": True}}, "schema_change_handling": "ALLOW_ALL"},
    ),
    Case(
        "connections.reload_schema_config",
        "connections.reload_schema_config",
        (CONNECTION_ID,),
        {},
        "POST",
        f"{SCHEMAS}/reload",
        V1,
        schema_config,
        data=SCHEMA_CONFIG,
        body={},
    ),
    Case(
        "connections.reload_schema_config/exclude",
        "connections.reload_schema_config",
        (CONNECTION_ID, "EXCLUDE"),
        {},
        "POST",
        f"{SCHEMAS}/reload",
        V1,
        schema_config,
        data=SCHEMA_CONFIG,
        body={"exclude_mode": "EXCLUDE"},
    ),
    Case(
        "connections.get_table_columns",
        "connections.get_table_columns",
        (CONNECTION_ID, SCHEMA, TABLE),
        {},
        "GET",
        f"{TABLE_PATH}/columns",
        V1,
        columns,
        data=COLUMNS,
    ),
    Case(
        "connections.update_schema",
        "connections.update_schema",
        (CONNECTION_ID, SCHEMA),
        {"enabled": False, "tables": {TABLE: {"enabled": True}}},
        "PATCH",
        f"{SCHEMAS}/{SCHEMA_RAW}",
        V1,
        schema_config,
        data=SCHEMA_CONFIG,
        body={"enabled": False, "tables": {TABLE: {"enabled": True}}},
    ),
    Case(
        "connections.update_table",
        "connections.update_table",
        (CONNECTION_ID, SCHEMA, TABLE),
        {"enabled": True, "sync_mode": "HISTORY", "columns": {COLUMN: {"hashed": True}}},
        "PATCH",
        TABLE_PATH,
        V1,
        schema_config,
        data=SCHEMA_CONFIG,
        body={"enabled": True, "sync_mode": "HISTORY", "columns": {COLUMN: {"hashed": True}}},
    ),
    Case(
        "connections.update_column",
        "connections.update_column",
        (CONNECTION_ID, SCHEMA, TABLE, COLUMN),
        {"enabled": False, "hashed": True},
        "PATCH",
        f"{TABLE_PATH}/columns/{COLUMN_RAW}",
        V1,
        schema_config,
        data=SCHEMA_CONFIG,
        body={"enabled": False, "hashed": True},
    ),
    Case(
        "connections.drop_blocked_column",
        "connections.drop_blocked_column",
        (CONNECTION_ID, SCHEMA, TABLE, COLUMN),
        {},
        "DELETE",
        f"{TABLE_PATH}/columns/{COLUMN_RAW}",
        V1,
        nothing,
    ),
    Case(
        "connections.drop_blocked_columns",
        "connections.drop_blocked_columns",
        (CONNECTION_ID, {SCHEMA: {TABLE: ["a", COLUMN]}}),
        {},
        "POST",
        f"{SCHEMAS}/drop-columns",
        V1,
        nothing,
        body={"schemas": {SCHEMA: {"tables": {TABLE: {"columns": ["a", COLUMN]}}}}},
    ),
    Case(
        "connections.run_setup_tests",
        "connections.run_setup_tests",
        (CONNECTION_ID,),
        {},
        "POST",
        f"{CONN}/test",
        V2,
        model(Connection, id=CONNECTION_ID),
        data=connection(),
        body={},
    ),
    Case(
        "connections.run_setup_tests/trust",
        "connections.run_setup_tests",
        (CONNECTION_ID,),
        {"trust_certificates": True, "trust_fingerprints": False},
        "POST",
        f"{CONN}/test",
        V2,
        model(Connection),
        data=connection(),
        body={"trust_certificates": True, "trust_fingerprints": False},
    ),
    Case(
        "connections.connect_card",
        "connections.connect_card",
        (CONNECTION_ID,),
        {"redirect_uri": "https://example.com/back", "hide_setup_guide": True},
        "POST",
        f"{CONN}/connect-card",
        V2,
        model(ConnectCard, connector_id=CONNECTION_ID),
        data={"connector_id": CONNECTION_ID, "connect_card": {"token": "t", "uri": "https://fivetran.com/connect"}},
        body={"connect_card_config": {"redirect_uri": "https://example.com/back", "hide_setup_guide": True}},
    ),
    # ---------------------------------------------------------------- destinations
    Case(
        "destinations.list",
        "destinations.list",
        (),
        {"limit": 3},
        "GET",
        "/v1/destinations",
        V2,
        paged(Destination, [GROUP_ID]),
        data=page(DESTINATION),
        query={"limit": "3"},
    ),
    Case(
        "destinations.stream",
        "destinations.stream",
        (),
        {},
        "GET",
        "/v1/destinations",
        V2,
        listed(Destination, [GROUP_ID]),
        data=page(DESTINATION),
    ),
    Case(
        "destinations.get",
        "destinations.get",
        (GROUP_ID,),
        {},
        "GET",
        f"/v1/destinations/{GROUP_ID}",
        V2,
        model(Destination, region="GCP_US_EAST4"),
        data=DESTINATION,
    ),
    Case(
        "destinations.create",
        "destinations.create",
        (),
        {
            "group_id": GROUP_ID,
            "service": "snowflake",
            "time_zone_offset": "-5",
            "region": "GCP_US_EAST4",
            "config": {"host": "h"},
        },
        "POST",
        "/v1/destinations",
        V2,
        model(Destination, id=GROUP_ID),
        data=DESTINATION,
        body={
            "group_id": GROUP_ID,
            "service": "snowflake",
            "time_zone_offset": "-5",
            "region": "GCP_US_EAST4",
            "config": {"host": "h"},
        },
    ),
    Case(
        "destinations.update",
        "destinations.update",
        (GROUP_ID,),
        {"config": {"password": "new"}},
        "PATCH",
        f"/v1/destinations/{GROUP_ID}",
        V2,
        model(Destination),
        data=DESTINATION,
        body={"config": {"password": "new"}},
    ),
    Case(
        "destinations.update/time_zone",
        "destinations.update",
        (GROUP_ID,),
        {"time_zone_offset": "+1", "region": "AWS_EU_CENTRAL_1"},
        "PATCH",
        f"/v1/destinations/{GROUP_ID}",
        V2,
        model(Destination),
        data=DESTINATION,
        body={"time_zone_offset": "+1", "region": "AWS_EU_CENTRAL_1"},
    ),
    Case(
        "destinations.delete",
        "destinations.delete",
        (GROUP_ID,),
        {},
        "DELETE",
        f"/v1/destinations/{GROUP_ID}",
        V2,
        nothing,
    ),
    Case(
        "destinations.test",
        "destinations.test",
        (GROUP_ID,),
        {},
        "POST",
        f"/v1/destinations/{GROUP_ID}/test",
        V2,
        model(Destination, setup_status="connected"),
        data=DESTINATION,
        body={},
    ),
    Case(
        "destinations.test/trust",
        "destinations.test",
        (GROUP_ID, True, False),
        {},
        "POST",
        f"/v1/destinations/{GROUP_ID}/test",
        V2,
        model(Destination),
        data=DESTINATION,
        body={"trust_certificates": True, "trust_fingerprints": False},
    ),
    # ---------------------------------------------------------------- webhooks
    Case(
        "webhooks.list",
        "webhooks.list",
        (),
        {"limit": 1},
        "GET",
        "/v1/webhooks",
        V1,
        paged(Webhook, [WEBHOOK_ID]),
        data=page(WEBHOOK),
        query={"limit": "1"},
    ),
    Case(
        "webhooks.stream",
        "webhooks.stream",
        (),
        {},
        "GET",
        "/v1/webhooks",
        V1,
        listed(Webhook, [WEBHOOK_ID]),
        data=page(WEBHOOK),
    ),
    Case(
        "webhooks.get",
        "webhooks.get",
        (WEBHOOK_ID,),
        {},
        "GET",
        f"/v1/webhooks/{WEBHOOK_ID}",
        V1,
        model(Webhook, type_="account", secret="******"),
        data=WEBHOOK,
    ),
    Case(
        "webhooks.create_account",
        "webhooks.create_account",
        (),
        {"url": HOOK, "events": ["sync_start", "sync_end"], "active": False, "secret": "s3cret"},
        "POST",
        "/v1/webhooks/account",
        V1,
        model(Webhook, id=WEBHOOK_ID),
        data=WEBHOOK,
        body={"url": HOOK, "events": ["sync_start", "sync_end"], "active": False, "secret": "s3cret"},
    ),
    Case(
        "webhooks.create_group",
        "webhooks.create_group",
        (GROUP_ID,),
        {"url": HOOK, "events": ["sync_end"]},
        "POST",
        f"/v1/webhooks/group/{GROUP_ID}",
        V1,
        model(Webhook),
        data=WEBHOOK,
        body={"url": HOOK, "events": ["sync_end"]},
    ),
    Case(
        "webhooks.update",
        "webhooks.update",
        (WEBHOOK_ID,),
        {"active": True},
        "PATCH",
        f"/v1/webhooks/{WEBHOOK_ID}",
        V1,
        model(Webhook),
        data=WEBHOOK,
        body={"active": True},
    ),
    Case("webhooks.delete", "webhooks.delete", (WEBHOOK_ID,), {}, "DELETE", f"/v1/webhooks/{WEBHOOK_ID}", V1, nothing),
    Case(
        "webhooks.test",
        "webhooks.test",
        (WEBHOOK_ID,),
        {},
        "POST",
        f"/v1/webhooks/{WEBHOOK_ID}/test",
        V1,
        model(WebhookTestResult, succeed=True, status=200),
        data={"succeed": True, "status": 200, "message": "OK"},
        body={"event": "sync_start"},
    ),
    Case(
        "webhooks.test/event",
        "webhooks.test",
        (WEBHOOK_ID, "sync_end"),
        {},
        "POST",
        f"/v1/webhooks/{WEBHOOK_ID}/test",
        V1,
        model(WebhookTestResult, succeed=False, status=500),
        data={"succeed": False, "status": 500, "message": "Receiver failed"},
        body={"event": "sync_end"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_request_and_result(case: Case, run: Runner, recorder: Recorder) -> None:
    recorder.answer(envelope(case.data, message="ok"))

    result = run(case.call, *case.args, **case.kwargs)

    (seen,) = recorder.seen
    assert (seen.method, seen.raw_path) == (case.method, case.path)
    assert sorted(seen.query) == sorted(case.query.items())
    assert seen.body == case.body
    assert seen.headers["Accept"] == case.accept
    if case.body is not None:
        assert seen.headers["Content-Type"] == "application/json"
    case.expect(result)


def test_every_method_of_the_four_resources_has_a_case() -> None:
    from fivetran_ext._coverage import COVERAGE

    served = {name for name in COVERAGE.values() if isinstance(name, str)}
    ours = {name for name in served if name.split(".")[0] in ("groups", "connections", "destinations", "webhooks")}
    streams = {name.replace(".list", ".stream") for name in ours if ".list" in name}
    extras = {
        "connections.pause",
        "connections.resume",
        "connections.set_sync_frequency",
        "connections.get_sync_status",
    }
    assert {case.call for case in CASES} == ours | streams | extras

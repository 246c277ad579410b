"""Connections: CRUD at ``/v1/connections``, sync, resync, setup tests, connect card, state.

Pause and resume are ``PATCH {"paused": ...}``. Sync semantics live in `_sync.SyncEngine`; this module
validates requests and shapes answers.
"""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import quote

from ._context import RequestContext
from ._crud import deleted, page, target
from ._errors import already_exists, bad_request, conflict, invalid_input
from ._records import Connection
from ._replies import Reply, created, success
from ._router import Router
from ._schema_config import Catalog, SchemaConfig, default_catalog
from ._setup_tests import setup_test_results
from ._validation import Body
from ._world import OWNER_ID, World

__all__ = [
    "STATE_SERVICES",
    "connection_rows",
    "create_connection",
    "delete_connection",
    "register",
    "run_setup_tests",
]

# Stored and echoed without meaning in the fake.
_PASSTHROUGH = (
    "proxy_agent_id",
    "private_link_id",
    "hybrid_deployment_agent_id",
    "networking_method",
    "destination_schema_names",
    "destination_configuration",
    "external_secrets_manager_id",
    "data_delay_threshold",
)
_DATA_DELAY_SENSITIVITY = ("LOW", "NORMAL", "HIGH", "CUSTOM", "SYNC_FREQUENCY")
_SCHEDULE_TYPES = ("auto", "manual")

STATE_SERVICES = frozenset({"connector_sdk", "aws_lambda", "azure_function", "google_cloud_function"})
"""Connector types with a readable and writable state (Functions and Connector SDK, per the spec)."""


def connection_rows(
    world: World, *, group_id: str | None = None, schema: str | None = None
) -> list[tuple[int, Connection]]:
    """Connections in creation order, optionally filtered by group and schema name."""
    return world.store.connections.rows(
        lambda c: (group_id is None or c.group_id == group_id) and (schema is None or c.schema == schema)
    )


def _schema_name(world: World, group_id: str, service: str, config: dict[str, Any]) -> str:
    # The live API takes the name from the connector-specific config (``schema`` or ``schema_prefix``,
    # plus ``table`` for single-table connectors); without one the fake derives a free name instead of
    # rejecting the request, so minimal bodies work.
    name = config.get("schema_prefix") or config.get("schema")
    if isinstance(name, str) and name:
        table = config.get("table")
        return f"{name}.{table}" if isinstance(table, str) and table else name
    taken = {c.schema for _, c in connection_rows(world, group_id=group_id)}
    candidate, suffix = service, 1
    while candidate in taken:
        suffix += 1
        candidate = f"{service}_{suffix}"
    return candidate


def run_setup_tests(connection: Connection) -> None:
    """Run the (simulated) setup tests: passing connects the connection, failing breaks it."""
    connection.setup_tests = setup_test_results(connection.setup_tests_pass)
    if connection.setup_tests_pass:
        connection.setup_state = "connected"
    elif connection.setup_state == "connected":
        connection.setup_state = "broken"


def _apply_schedule(connection: Connection, body: Body) -> None:
    frequency = body.sync_frequency() or connection.sync_frequency
    daily = body.daily_sync_time(frequency)
    connection.sync_frequency = frequency
    if daily is not None:
        connection.daily_sync_time = daily
    elif frequency != 1440:
        connection.daily_sync_time = None
    connection.schedule_type = body.choice("schedule_type", _SCHEDULE_TYPES) or connection.schedule_type
    sensitivity = body.choice("data_delay_sensitivity", _DATA_DELAY_SENSITIVITY)
    connection.data_delay_sensitivity = sensitivity or connection.data_delay_sensitivity
    pause_after_trial = body.flag("pause_after_trial")
    if pause_after_trial is not None:
        connection.pause_after_trial = pause_after_trial
    connection.extra.update(body.pick(_PASSTHROUGH))


def create_connection(
    world: World, body: Body, *, catalog: Catalog | None = None, item_id: str | None = None
) -> Connection:
    """Create a connection from a ``POST /v1/connections`` body.

    Raises:
        FakeAPIError: 400 for missing or invalid fields, 404 for an unknown group, 409 for a schema name
            already used in the group.
    """
    group_id = body.required_text("group_id")
    service = body.required_text("service")
    world.store.groups.get(group_id)
    config = body.mapping("config") or {}
    schema = _schema_name(world, group_id, service, config)
    if connection_rows(world, group_id=group_id, schema=schema):
        raise already_exists(f"Connection with schema '{schema}' already exists in group '{group_id}'")
    connection = Connection(
        id=world.store.new_id(item_id),
        group_id=group_id,
        service=service,
        schema=schema,
        created_at=world.now(),
        config=dict(config),
        auth=body.mapping("auth") or {},
        connected_by=OWNER_ID,
        setup_state="incomplete",
    )
    _apply_schedule(connection, body)
    connection.connect_card_config = body.mapping("connect_card_config")
    # run_setup_tests defaults to true on creation: a passing run leaves the connection connected.
    if body.flag("run_setup_tests") is not False:
        run_setup_tests(connection)
    connection.schema_config = SchemaConfig.from_catalog(catalog or default_catalog(schema.split(".")[0]))
    if body.flag("paused"):
        world.sync.pause(connection)
    world.store.connections.add(connection.id, connection)
    world.sync.created(connection)
    world.emit("create_connector", connection)
    return connection


def update_connection(world: World, connection: Connection, body: Body) -> None:
    """Apply a ``PATCH /v1/connections/{id}`` body; ``paused`` pauses or resumes."""
    _apply_schedule(connection, body)
    for name, stored in (("config", connection.config), ("auth", connection.auth)):
        stored.update(body.mapping(name) or {})
    paused = body.flag("paused")
    if paused is True and not connection.paused:
        world.sync.pause(connection)
        world.emit("pause_connector", connection)
    elif paused is False and connection.paused:
        world.sync.resume(connection)
        world.emit("resume_connector", connection)
    if body.flag("run_setup_tests"):
        run_setup_tests(connection)


def delete_connection(world: World, connection_id: str) -> None:
    connection = world.store.connections.remove(connection_id)
    world.sync.forget(connection_id)
    world.emit("delete_connector", connection)


def _connection(ctx: RequestContext) -> Connection:
    return target(ctx, ctx.world.store.connections, "connectionId")


def _list(ctx: RequestContext) -> Reply:
    rows = connection_rows(ctx.world, group_id=ctx.query.get("group_id"), schema=ctx.query.get("schema"))
    return page(ctx, rows, Connection.view, "Connections list retrieved successfully")


def _create(ctx: RequestContext) -> Reply:
    return created(create_connection(ctx.world, ctx.body()).view(), "Connection has been created")


def _get(ctx: RequestContext) -> Reply:
    return success(_connection(ctx).view(), "Connection details retrieved successfully")


def _update(ctx: RequestContext) -> Reply:
    connection = _connection(ctx)
    update_connection(ctx.world, connection, ctx.body())
    return success(connection.view(), "Connection has been updated")


def _delete(ctx: RequestContext) -> Reply:
    delete_connection(ctx.world, ctx.params["connectionId"])
    return deleted("Connection", ctx.params["connectionId"])


def _sync(ctx: RequestContext) -> Reply:
    connection = _connection(ctx)
    # Answers 200 even when nothing starts (paused, broken, already syncing): so does the live API.
    ctx.world.sync.trigger(connection, force=bool(ctx.body().flag("force")))
    return success(message=f"Sync has been successfully triggered for connection with id '{connection.id}'")


def _tables_scope(scope: Any, name: str) -> None:
    """A ``{schema: [table, ...]}`` map: non-empty, and every table list non-empty."""
    if not isinstance(scope, dict) or not scope:
        raise bad_request(f"'{name}' must be a non-empty object mapping schema names to table names")
    for schema, tables in scope.items():
        if not isinstance(tables, list) or not tables or not all(isinstance(t, str) for t in tables):
            raise bad_request(f"'{name}' for schema '{schema}' must be a non-empty array of table names")


def _resync(ctx: RequestContext) -> Reply:
    connection = _connection(ctx)
    body = ctx.body()
    if "scope" in body:
        _tables_scope(body.data["scope"], "scope")
    ctx.world.sync.resync(connection)
    return success(message=f"Re-sync has been triggered successfully for connection with id '{connection.id}'")


def _resync_tables(ctx: RequestContext) -> Reply:
    connection = _connection(ctx)
    _tables_scope(ctx.body().data, "request body")
    ctx.world.sync.resync(connection)
    return success(message="Re-sync has been triggered successfully")


def _test(ctx: RequestContext) -> Reply:
    connection = _connection(ctx)
    if not ctx.has_body:
        # The spec: an omitted body is a 400, an empty object is fine.
        raise bad_request("The request body is required (send {} to run the setup tests without options)")
    ctx.body()
    run_setup_tests(connection)
    return success(connection.view(), "Setup tests have been completed")


def _connect_card(ctx: RequestContext) -> Reply:
    connection = _connection(ctx)
    card_config = ctx.body().mapping("connect_card_config")
    redirect_uri = (card_config or {}).get("redirect_uri")
    if not card_config or not isinstance(redirect_uri, str) or not redirect_uri:
        raise invalid_input("Missing required field: 'connect_card_config.redirect_uri'")
    connection.connect_card_config = dict(card_config)
    token = base64.urlsafe_b64encode(f"fake-card:{connection.id}".encode()).decode().rstrip("=")
    uri = f"https://fivetran.com/connect-card/setup?redirect_uri={quote(redirect_uri, safe='')}&auth={token}"
    data = {
        "connector_id": connection.id,
        "connect_card": {"token": token, "uri": uri},
        "connect_card_config": card_config,
    }
    return success(data, "Connection Connect Card has been created")


def _state_connection(ctx: RequestContext) -> Connection:
    connection = _connection(ctx)
    if connection.service not in STATE_SERVICES:
        raise bad_request(
            f"Connection '{connection.id}' ({connection.service}) has no state: only Function and "
            "Connector SDK connections do"
        )
    return connection


def _get_state(ctx: RequestContext) -> Reply:
    return success({"state": _state_connection(ctx).state}, "Connection state retrieved successfully")


def _update_state(ctx: RequestContext) -> Reply:
    connection = _state_connection(ctx)
    state = ctx.body().mapping("state")
    if state is None:
        raise invalid_input("Missing required field: 'state'")
    if connection.sync_state == "syncing":
        raise conflict(f"Connection '{connection.id}' cannot be updated because the sync is in progress")
    if not connection.paused:
        raise bad_request(f"Pause connection '{connection.id}' before updating its state")
    connection.state = state
    # The live API answers without ``data`` here, although the spec declares it.
    return success(message="Connection state has been updated")


def register(router: Router) -> None:
    base = "/v1/connections/{connectionId}"
    router.add("GET", "/v1/connections", _list)
    router.add("POST", "/v1/connections", _create)
    router.add("GET", base, _get)
    router.add("PATCH", base, _update)
    router.add("DELETE", base, _delete)
    router.add("POST", f"{base}/sync", _sync)
    router.add("POST", f"{base}/resync", _resync)
    router.add("POST", f"{base}/schemas/tables/resync", _resync_tables)
    router.add("POST", f"{base}/test", _test)
    router.add("POST", f"{base}/connect-card", _connect_card)
    router.add("GET", f"{base}/state", _get_state)
    router.add("PATCH", f"{base}/state", _update_state)

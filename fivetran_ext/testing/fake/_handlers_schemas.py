"""A connection's schema config: read, patch at every level, pre-create, reload, table columns."""

from __future__ import annotations

from ._context import RequestContext
from ._crud import target
from ._errors import bad_request, conflict
from ._records import Connection
from ._replies import Reply, success
from ._router import Router
from ._schema_config import EXCLUDE_MODES

__all__ = ["register"]


def _connection(ctx: RequestContext) -> Connection:
    return target(ctx, ctx.world.store.connections, "connectionId")


def _editable(ctx: RequestContext) -> Connection:
    """The connection, if its schema config may change: the live API refuses until setup is complete."""
    connection = _connection(ctx)
    if connection.setup_state != "connected":
        raise bad_request(
            f"Schema config of connection '{connection.id}' cannot be changed while its setup state is "
            f"'{connection.setup_state}'"
        )
    return connection


def _config_reply(connection: Connection, message: str) -> Reply:
    return success(connection.schema_config.view(), message)


def _get(ctx: RequestContext) -> Reply:
    return _config_reply(_connection(ctx), "Schema configuration retrieved successfully")


def _patch(ctx: RequestContext) -> Reply:
    connection = _editable(ctx)
    connection.schema_config.update(ctx.body().data)
    return _config_reply(connection, "Schema configuration has been modified")


def _precreate(ctx: RequestContext) -> Reply:
    # Pre-creating is meant for connections whose schema has not been fetched yet: no setup-state check,
    # and names unknown to the source are accepted.
    connection = _connection(ctx)
    connection.schema_config.update(ctx.body().data, create_missing=True)
    return _config_reply(connection, "Schema configuration pre-created successfully")


def _patch_schema(ctx: RequestContext) -> Reply:
    connection = _editable(ctx)
    entry = connection.schema_config.schema(ctx.params["schemaName"])
    entry.patch(ctx.body().data, create_missing=False)
    return _config_reply(connection, "Database schema configuration has been modified")


def _patch_table(ctx: RequestContext) -> Reply:
    connection = _editable(ctx)
    table = connection.schema_config.schema(ctx.params["schemaName"]).table(ctx.params["tableName"])
    table.patch(ctx.body().data, create_missing=False)
    return _config_reply(connection, "Table configuration has been modified")


def _patch_column(ctx: RequestContext) -> Reply:
    connection = _editable(ctx)
    schema, table, column = ctx.params["schemaName"], ctx.params["tableName"], ctx.params["columnName"]
    connection.schema_config.schema(schema).table(table).column(column).patch(column, ctx.body().data)
    return _config_reply(connection, "Column configuration has been modified")


def _drop_column(ctx: RequestContext) -> Reply:
    connection = _editable(ctx)
    schema, table, column = ctx.params["schemaName"], ctx.params["tableName"], ctx.params["columnName"]
    if connection.schema_config.schema(schema).table(table).column(column).enabled:
        raise conflict(f"Column '{column}' is not blocked: only blocked (disabled) columns can be dropped")
    connection.schema_config.drop_column(schema, table, column)
    return success(message="Column successfully marked for deletion")


def _reload(ctx: RequestContext) -> Reply:
    connection = _connection(ctx)
    mode = ctx.body().choice("exclude_mode", EXCLUDE_MODES) or "PRESERVE"
    connection.schema_config.reload(mode)
    return _config_reply(connection, "Schema configuration has been reloaded")


def _columns(ctx: RequestContext) -> Reply:
    table = _connection(ctx).schema_config.schema(ctx.params["schema"]).table(ctx.params["table"])
    return success({"columns": table.columns_view()}, "Column configuration retrieved successfully")


def register(router: Router) -> None:
    base = "/v1/connections/{connectionId}/schemas"
    router.add("GET", base, _get)
    router.add("PATCH", base, _patch)
    router.add("POST", base, _precreate)
    router.add("POST", f"{base}/reload", _reload)
    router.add("PATCH", f"{base}/{{schemaName}}", _patch_schema)
    router.add("PATCH", f"{base}/{{schemaName}}/tables/{{tableName}}", _patch_table)
    router.add("PATCH", f"{base}/{{schemaName}}/tables/{{tableName}}/columns/{{columnName}}", _patch_column)
    router.add("DELETE", f"{base}/{{schemaName}}/tables/{{tableName}}/columns/{{columnName}}", _drop_column)
    router.add("GET", f"{base}/{{schema}}/tables/{{table}}/columns", _columns)

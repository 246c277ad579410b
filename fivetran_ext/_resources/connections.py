"""Connections: ``client.connections`` (`Connections`) and its async twin `AsyncConnections`.

Only the current ``/v1/connections`` paths are used: Fivetran renamed connectors to connections and the old
``/v1/connectors`` paths answer 404. ``client.connectors`` is a deprecated alias of the same object.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from datetime import timedelta
from enum import StrEnum
from functools import cache, partial
from typing import TYPE_CHECKING, Any, Literal, TypedDict, Unpack

from .. import _models as models
from .. import _request_models as request_models
from .._call import Call
from .._pagination import Page
from .._paths import path_param
from .._validation import (
    check_columns,
    check_confirm,
    check_count,
    check_daily_sync_time,
    check_named_objects,
    check_sync_frequency,
    check_tables,
)
from ._base import AsyncResource, DataOf, NoData, PageCall, PageOf, SyncResource, _anyio_sleep
from ._builders import by_id, choice, flag, json_body, json_object, optional_text, pages, present, required_text
from ._common import Check, Converted, RawData, check_options, trust_flags, with_extra

if TYPE_CHECKING:
    from .._fleet import FleetCalls
    from .._models import ConnectCard, Connection, ConnectionState
    from .._run_claims import RunClaimStore
    from .._schema_config import ColumnEntry, SchemaConfig
    from .._sync_run import OnReschedule, SyncCheck, SyncRun
    from .._sync_status import SyncStatus
    from .._sync_wait import SyncOutcome, SyncPolicy

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
connection_details = "fivetran_api.api.connection_management.connection_details"
list_connections = "fivetran_api.api.connection_management.list_connections"

__all__ = [
    "CONNECTION_PAGE",
    "AsyncConnections",
    "ConnectionOptions",
    "Connections",
    "NewConnectionOptions",
]


class ConnectionOptions(TypedDict, total=False):
    """Documented settings of a connection, the keyword arguments of `Connections.create` and ``update``.

    Anything else Fivetran accepts goes in ``extra={...}``. Values are checked before sending: the
    sync frequency, schedule type and daily sync time against the allowed values, flags are real bools.
    """

    config: Mapping[str, Any]
    """Service-specific configuration (free-form; the shape depends on ``service``)."""
    auth: Mapping[str, Any]
    """Service-specific authorization (free-form)."""
    paused: bool
    pause_after_trial: bool
    sync_frequency: int
    """Minutes between syncs: 1, 5, 15, 30, 60, 120, 180, 360, 480, 720 or 1440."""
    schedule_type: Literal["auto", "manual"]
    daily_sync_time: str
    """``"HH:00"``, only with ``sync_frequency=1440``."""
    data_delay_sensitivity: Literal["LOW", "NORMAL", "HIGH", "CUSTOM", "SYNC_FREQUENCY"]
    data_delay_threshold: int
    trust_certificates: bool
    trust_fingerprints: bool
    run_setup_tests: bool
    networking_method: Literal["Directly", "SshTunnel", "ProxyAgent", "PrivateLink"]
    proxy_agent_id: str
    private_link_id: str
    hybrid_deployment_agent_id: str
    destination_configuration: Mapping[str, Any]
    external_secrets_manager_id: str


class NewConnectionOptions(ConnectionOptions, total=False):
    """`ConnectionOptions` plus the settings that exist only when creating a connection."""

    connect_card_config: Mapping[str, Any]
    """``{"redirect_uri": ..., "hide_setup_guide": ...}``: answer with a Connect Card to finish setup."""
    destination_schema_names: Literal["SOURCE_NAMING", "FIVETRAN_NAMING"]


def _frequency(name: str, value: int | None) -> int | None:
    return check_sync_frequency(value)


def _daily_time(name: str, value: str | None) -> str | None:
    return check_daily_sync_time(value, None)


@cache
def _option_checks() -> dict[str, Check]:
    # Built on first use: the generated enums are imported only by create/update.
    return {
        "config": json_object,
        "auth": json_object,
        "paused": flag,
        "pause_after_trial": flag,
        "sync_frequency": _frequency,
        "schedule_type": partial(choice, allowed=request_models.NewConnectorRequestV1ScheduleType),
        "daily_sync_time": _daily_time,
        "data_delay_sensitivity": partial(choice, allowed=request_models.NewConnectorRequestV1DataDelaySensitivity),
        "data_delay_threshold": check_count,
        "trust_certificates": flag,
        "trust_fingerprints": flag,
        "run_setup_tests": flag,
        "networking_method": partial(choice, allowed=request_models.NewConnectorRequestV1NetworkingMethod),
        "proxy_agent_id": optional_text,
        "private_link_id": optional_text,
        "hybrid_deployment_agent_id": optional_text,
        "destination_configuration": json_object,
        "external_secrets_manager_id": optional_text,
    }


@cache
def _new_option_checks() -> dict[str, Check]:
    return {
        **_option_checks(),
        "connect_card_config": json_object,
        "destination_schema_names": partial(choice, allowed=request_models.NewConnectorRequestV1DestinationSchemaNames),
    }


class _ExcludeMode(StrEnum):
    # Not an enum in the spec; these are the documented values of `exclude_mode`.
    PRESERVE = "PRESERVE"
    INCLUDE = "INCLUDE"
    EXCLUDE = "EXCLUDE"


_CONNECTION = DataOf(lambda: models.Connection)
CONNECTION_PAGE = PageOf(lambda: models.Connection)
"""Reader of connection lists (also ``GET /v1/groups/{id}/connections``): items as `Connection`."""
_NO_DATA = NoData()

_get = by_id(connection_details, _CONNECTION, "connection_id")


# What `client.connections` needs first (get, list, stream) is imported with the module; the rest (the other
# operations and their request models, schema configs, sync handles and fleets) is imported by the
# functions below on first use, so reaching `client.connections` stays cheap (issue 11's import target).
@cache
def _schema_config() -> Converted[Any, SchemaConfig]:
    from .._schema_config import SchemaConfig

    return Converted(RawData(), SchemaConfig.from_dict)


@cache
def _status() -> Converted[Connection, SyncStatus]:
    from .._sync_status import SyncStatus

    return Converted(_CONNECTION, SyncStatus.from_connection)


def _get_sync_status(connection_id: str) -> Call[SyncStatus]:
    return by_id(connection_details, _status(), "connection_id")(connection_id)


def _delete(connection_id: str) -> Call[None]:
    delete_connection = "fivetran_api.api.connection_management.delete_connection"

    return by_id(delete_connection, _NO_DATA, "connection_id")(connection_id)


def _get_state(connection_id: str) -> Call[ConnectionState]:
    connection_state = "fivetran_api.api.connection_management.connection_state"

    return by_id(connection_state, DataOf(lambda: models.ConnectionState), "connection_id")(connection_id)


def _get_schema_config(connection_id: str) -> Call[SchemaConfig]:
    connection_schema_config = "fivetran_api.api.connection_schema_management.connection_schema_config"

    return by_id(connection_schema_config, _schema_config(), "connection_id")(connection_id)


# Call builders: validation and request shape, shared by both twins.
def _list(group_id: str | None, schema: str | None) -> PageCall[Connection]:
    filters = present(group_id=optional_text("group_id", group_id), schema=optional_text("schema", schema))
    return pages(list_connections, CONNECTION_PAGE, **filters)


def _schedule(fields: dict[str, Any]) -> dict[str, Any]:
    # Only now are both known: a daily sync time only applies to a daily sync frequency.
    check_daily_sync_time(fields.get("daily_sync_time"), fields.get("sync_frequency"))
    return fields


def _create(
    group_id: str, service: str, extra: Mapping[str, Any] | None, options: Mapping[str, Any]
) -> Call[Connection]:
    create_connection = "fivetran_api.api.connection_management.create_connection"

    fields = {
        "group_id": required_text("group_id", group_id),
        "service": required_text("service", service),
        **_schedule(check_options(options, _new_option_checks())),
    }
    return Call(
        create_connection,
        {"body": json_body(request_models.NewConnectorRequestV1, **with_extra(fields, extra))},
        _CONNECTION,
    )


def _update(connection_id: str, extra: Mapping[str, Any] | None, options: Mapping[str, Any]) -> Call[Connection]:
    modify_connection = "fivetran_api.api.connection_management.modify_connection"

    fields = with_extra(_schedule(check_options(options, _option_checks())), extra, update=True)
    arguments = {"connection_id": path_param("connection_id", connection_id)}
    return Call(
        modify_connection,
        {**arguments, "body": json_body(request_models.UpdateConnectorRequest, **fields)},
        _CONNECTION,
    )


def _set_sync_frequency(
    connection_id: str, minutes: int, schedule_type: str | None, daily_sync_time: str | None
) -> Call[Connection]:
    options = present(sync_frequency=minutes, schedule_type=schedule_type, daily_sync_time=daily_sync_time)
    return _update(connection_id, None, options)


def _sync(connection_id: str, force: bool) -> Call[None]:
    sync_connection = "fivetran_api.api.connection_management.sync_connection"

    # Always a body: {"force": false} says what is meant, and retries key on the force flag (_operations.py).
    body = json_body(request_models.SyncConnectorRequest, force=flag("force", force))
    return Call(sync_connection, {"connection_id": path_param("connection_id", connection_id), "body": body}, _NO_DATA)


def _resync(connection_id: str, confirm: bool, scope: Mapping[str, Sequence[str]] | None) -> Call[None]:
    resync_connection = "fivetran_api.api.connection_management.resync_connection"

    check_confirm(confirm, "A historical resync")
    scope_tables = None if scope is None else check_tables("scope", scope)
    body = json_body(request_models.ResyncConnectorRequest, scope=scope_tables)
    return Call(
        resync_connection, {"connection_id": path_param("connection_id", connection_id), "body": body}, _NO_DATA
    )


def _resync_tables(connection_id: str, confirm: bool, tables: Mapping[str, Sequence[str]]) -> Call[None]:
    resync_tables = "fivetran_api.api.connection_schema_management.resync_tables"

    check_confirm(confirm, "A table resync")
    # The body is the schema -> tables map itself; from_dict keeps every schema name as given.
    body = request_models.ResyncTablesBody.from_dict(check_tables("tables", tables))
    return Call(resync_tables, {"connection_id": path_param("connection_id", connection_id), "body": body}, _NO_DATA)


def _update_state(connection_id: str, state: Mapping[str, Any]) -> Call[None]:
    modify_connection_state = "fivetran_api.api.connection_management.modify_connection_state"

    if state is None:
        raise TypeError("state must be a mapping (the connection's new state), got None")
    body = json_body(request_models.UpdateFunctionOrConnectorSdkState, state=json_object("state", state))
    arguments = {"connection_id": path_param("connection_id", connection_id), "body": body}
    # The live API answers without `data` (the spec declares it): nothing to return.
    return Call(modify_connection_state, arguments, _NO_DATA)


def _handling(value: str | None) -> str | None:
    return choice("schema_change_handling", value, request_models.StandardConfigUpdateRequestSchemaChangeHandling)


def _update_schema_config(
    connection_id: str,
    schema_change_handling: str | None,
    schemas: Mapping[str, Mapping[str, Any]] | None,
    is_type_locked: bool | None,
    extra: Mapping[str, Any] | None,
) -> Call[SchemaConfig]:
    modify_connection_schema_config = "fivetran_api.api.connection_schema_management.modify_connection_schema_config"

    fields = {
        "schema_change_handling": _handling(schema_change_handling),
        "schemas": check_named_objects("schemas", schemas),
        "is_type_locked": flag("is_type_locked", is_type_locked),
    }
    body = json_body(request_models.StandardConfigUpdateRequest, **with_extra(fields, extra, update=True))
    arguments = {"connection_id": path_param("connection_id", connection_id), "body": body}
    return Call(modify_connection_schema_config, arguments, _schema_config())


def _create_schema_config(
    connection_id: str,
    schemas: Mapping[str, Mapping[str, Any]],
    schema_change_handling: str | None,
    extra: Mapping[str, Any] | None,
) -> Call[SchemaConfig]:
    pre_create_connection_schema_config = (
        "fivetran_api.api.connection_schema_management.pre_create_connection_schema_config"
    )

    fields = {
        "schemas": check_named_objects("schemas", schemas),
        "schema_change_handling": _handling(schema_change_handling),
    }
    body = json_body(request_models.StandardConfigCreateRequest, **with_extra(fields, extra))
    arguments = {"connection_id": path_param("connection_id", connection_id), "body": body}
    return Call(pre_create_connection_schema_config, arguments, _schema_config())


def _reload_schema_config(connection_id: str, exclude_mode: str | None) -> Call[SchemaConfig]:
    # Without a mode the body is {}: the API then keeps every schema's and table's state (PRESERVE).
    reload_connection_schema_config = "fivetran_api.api.connection_schema_management.reload_connection_schema_config"

    body = json_body(
        request_models.ReloadStandardConfigRequest, exclude_mode=choice("exclude_mode", exclude_mode, _ExcludeMode)
    )
    arguments = {"connection_id": path_param("connection_id", connection_id), "body": body}
    return Call(reload_connection_schema_config, arguments, _schema_config())


def _path(connection_id: str, schema: str, table: str | None = None, column: str | None = None) -> dict[str, str]:
    # The generated functions percent-encode each value into one segment ("/", "?", "#", "." included).
    arguments = {
        "connection_id": path_param("connection_id", connection_id),
        "schema_name": path_param("schema", schema),
    }
    if table is not None:
        arguments["table_name"] = path_param("table", table)
    if column is not None:
        arguments["column_name"] = path_param("column", column)
    return arguments


def _table_columns(connection_id: str, schema: str, table: str) -> Call[dict[str, ColumnEntry]]:
    # This operation names its path parameters {schema}/{table} where the PATCH ones say {schema_name}/...
    connection_column_config = "fivetran_api.api.connection_schema_management.connection_column_config"

    from .._schema_config import table_columns

    path = _path(connection_id, schema, table)
    arguments = {"connection_id": path["connection_id"], "schema": path["schema_name"], "table": path["table_name"]}
    result = Converted(RawData(), partial(table_columns, schema=schema, table=table))
    return Call(connection_column_config, arguments, result)


def _update_schema(
    connection_id: str,
    schema: str,
    enabled: bool,
    tables: Mapping[str, Mapping[str, Any]] | None,
    extra: Mapping[str, Any] | None,
) -> Call[SchemaConfig]:
    modify_connection_database_schema_config = (
        "fivetran_api.api.connection_schema_management.modify_connection_database_schema_config"
    )

    fields = {"enabled": flag("enabled", enabled), "tables": check_named_objects("tables", tables)}
    body = json_body(request_models.SchemaUpdateRequest, **with_extra(fields, extra))
    return Call(
        modify_connection_database_schema_config, {**_path(connection_id, schema), "body": body}, _schema_config()
    )


def _update_table(
    connection_id: str,
    schema: str,
    table: str,
    enabled: bool,
    sync_mode: str | None,
    columns: Mapping[str, Mapping[str, Any]] | None,
    extra: Mapping[str, Any] | None,
) -> Call[SchemaConfig]:
    modify_connection_table_config = "fivetran_api.api.connection_schema_management.modify_connection_table_config"

    fields = {
        "enabled": flag("enabled", enabled),
        "sync_mode": choice("sync_mode", sync_mode, request_models.TableUpdateRequestSyncMode),
        "columns": check_named_objects("columns", columns),
    }
    body = json_body(request_models.TableUpdateRequest, **with_extra(fields, extra))
    arguments = {**_path(connection_id, schema, table), "body": body}
    return Call(modify_connection_table_config, arguments, _schema_config())


def _update_column(
    connection_id: str,
    location: tuple[str, str, str],
    enabled: bool,
    hashed: bool | None,
    is_primary_key: bool | None,
    extra: Mapping[str, Any] | None,
) -> Call[SchemaConfig]:
    modify_connection_column_config = "fivetran_api.api.connection_schema_management.modify_connection_column_config"

    fields = {
        "enabled": flag("enabled", enabled),
        "hashed": flag("hashed", hashed),
        "is_primary_key": flag("is_primary_key", is_primary_key),
    }
    body = json_body(request_models.ColumnUpdateRequest, **with_extra(fields, extra))
    arguments = {**_path(connection_id, *location), "body": body}
    return Call(modify_connection_column_config, arguments, _schema_config())


def _drop_blocked_column(connection_id: str, schema: str, table: str, column: str) -> Call[None]:
    delete_column_connection_config = "fivetran_api.api.connection_schema_management.delete_column_connection_config"

    return Call(delete_column_connection_config, _path(connection_id, schema, table, column), _NO_DATA)


def _drop_blocked_columns(connection_id: str, columns: Mapping[str, Mapping[str, Sequence[str]]]) -> Call[None]:
    delete_multiple_columns_connection_config = (
        "fivetran_api.api.connection_schema_management.delete_multiple_columns_connection_config"
    )

    schemas = {
        schema: {"tables": {table: {"columns": names} for table, names in tables.items()}}
        for schema, tables in check_columns("columns", columns).items()
    }
    arguments = {"connection_id": path_param("connection_id", connection_id)}
    body = json_body(request_models.DropColumnsRequest, schemas=schemas)
    return Call(delete_multiple_columns_connection_config, {**arguments, "body": body}, _NO_DATA)


def _run_setup_tests(
    connection_id: str, trust_certificates: bool | None, trust_fingerprints: bool | None
) -> Call[Connection]:
    # Always a body, {} at least: the spec makes an omitted body a 400.
    run_setup_tests = "fivetran_api.api.connection_management.run_setup_tests"

    body = json_body(request_models.RunSetupTestsRequest, **trust_flags(trust_certificates, trust_fingerprints))
    return Call(
        run_setup_tests, {"connection_id": path_param("connection_id", connection_id), "body": body}, _CONNECTION
    )


def _connect_card(connection_id: str, redirect_uri: str, hide_setup_guide: bool | None) -> Call[ConnectCard]:
    connect_card = "fivetran_api.api.connection_management.connect_card"

    card = present(
        redirect_uri=required_text("redirect_uri", redirect_uri),
        hide_setup_guide=flag("hide_setup_guide", hide_setup_guide),
    )
    body = json_body(request_models.ConnectCardConfigRequest, connect_card_config=card)
    arguments = {"connection_id": path_param("connection_id", connection_id), "body": body}
    return Call(connect_card, arguments, DataOf(lambda: models.ConnectCard))


def _set_schedule(connection_id: str, schedule_type: str) -> Call[Connection]:
    return _update(connection_id, None, {"schedule_type": schedule_type})


def _page(group_id: str | None, cursor: str | None) -> Call[Page[Connection]]:
    # The largest page: one list request answers up to 1000 waiters.
    from .._fleet import PAGE_SIZE

    return _list(group_id, None)(PAGE_SIZE, cursor)


@cache
def _sync_calls() -> FleetCalls:
    from .._fleet import FleetCalls

    return FleetCalls(read=_get_sync_status, trigger=_sync, set_schedule=_set_schedule, page=_page)


def _ids(connection_ids: Iterable[str]) -> list[str]:
    if isinstance(connection_ids, str):
        raise TypeError("connection_ids must be an iterable of ids, not one string")
    return [path_param("connection_id", connection_id) for connection_id in connection_ids]


def _runs(runs: Iterable[SyncRun]) -> list[SyncRun]:
    return [_checked_run(run) for run in runs]


def _started(outcome: SyncRun | SyncCheck) -> SyncRun:
    from .._sync_run import NotSyncableError, SyncCheck

    if isinstance(outcome, SyncCheck):
        raise NotSyncableError(outcome)
    return outcome


def _policy(
    force: bool,
    timeout: float,
    start_deadline: float | None,
    on_reschedule: str,
    manage_schedule: bool,
    poll_interval: float,
    retrigger_rescheduled: bool = False,
) -> SyncPolicy:
    # Everything is checked here, when the method is called; the plan itself runs step by step.
    from .._sync_wait import SyncPolicy

    return SyncPolicy.checked(
        force=flag("force", force) is True,
        timeout=timeout,
        start_deadline=start_deadline,
        on_reschedule=on_reschedule,
        manage_schedule=manage_schedule,
        poll_interval=poll_interval,
        retrigger_rescheduled=retrigger_rescheduled,
    )


def _progress(on_progress: Callable[[SyncStatus], object] | None) -> Callable[[SyncStatus], object] | None:
    if on_progress is not None and not callable(on_progress):
        raise TypeError("on_progress must be a callable taking a SyncStatus, or None")
    return on_progress


def _checked_run(run: SyncRun) -> SyncRun:
    from .._sync_run import SyncRun

    if not isinstance(run, SyncRun):
        raise TypeError(f"run must be a SyncRun (SyncRun.from_json reads a stored one), got {type(run).__name__}")
    return run


class Connections(SyncResource):
    """Fivetran connections (formerly "connectors"; only the ``/v1/connections`` paths are used).

    Example:
        connection = client.connections.create(
            group_id="projected_sickle", service="postgres", config={"host": "db.example.com"}, sync_frequency=60
        )
        outcome = client.connections.sync_and_wait(connection.id, timeout=3600)
        print(outcome.kind, outcome.status.succeeded_at)
    """

    __slots__ = ()

    def list(
        self,
        *,
        group_id: str | None = None,
        schema: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[Connection]:
        """Fetch one page of the account's connections (``GET /v1/connections``).

        Args:
            group_id: Only the connections of this group.
            schema: Only the connection with this destination schema name.
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: an argument is invalid (nothing is sent).
        """
        return self._run(_list(group_id, schema)(limit, cursor))

    def stream(
        self,
        *,
        group_id: str | None = None,
        schema: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Iterator[Connection]:
        """Iterate over the account's connections (optionally of one group), fetching pages lazily.

        Example:
            broken = [c.id for c in client.connections.stream(group_id="projected_sickle")
                      if c.status and c.status.setup_state == "broken"]

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
        """
        return self._stream(_list(group_id, schema), limit=limit, cursor=cursor, max_items=max_items)

    def get(self, connection_id: str) -> Connection:
        """Fetch one connection's configuration and status (``GET /v1/connections/{connection_id}``).

        Raises:
            NotFoundError: no such connection.
            ValueError: ``connection_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(connection_id))

    def create(
        self,
        *,
        group_id: str,
        service: str,
        extra: Mapping[str, Any] | None = None,
        **options: Unpack[NewConnectionOptions],
    ) -> Connection:
        """Create a connection (``POST /v1/connections``).

        Args:
            group_id: The group (destination) the connection loads into.
            service: The connector type, e.g. ``"postgres"`` (see ``client.connector_types``).
            extra: Further body fields this client has no keyword for, sent as given.
            **options: The documented settings (`NewConnectionOptions`): ``config``, ``auth``, ``paused``,
                ``sync_frequency``, ``schedule_type``, ``daily_sync_time``, ``run_setup_tests``, ...

        Raises:
            ValueError: a setting is outside its allowed values (nothing is sent).
            TypeError: an unknown keyword, or a value of the wrong type.

        Example:
            connection = client.connections.create(
                group_id="projected_sickle", service="postgres", config={"host": "db", "port": 5432},
                paused=True, sync_frequency=1440, daily_sync_time="03:00",
            )
        """
        return self._run(_create(group_id, service, extra, options))

    def update(
        self, connection_id: str, *, extra: Mapping[str, Any] | None = None, **options: Unpack[ConnectionOptions]
    ) -> Connection:
        """Change a connection's settings (``PATCH /v1/connections/{connection_id}``); only given ones are sent.

        Raises:
            ValueError: nothing to update, or a setting is outside its allowed values (nothing is sent).
            TypeError: an unknown keyword, or a value of the wrong type.

        Example:
            client.connections.update("decent_dropsy", sync_frequency=60, config={"password": "rotated"})
        """
        return self._run(_update(connection_id, extra, options))

    def delete(self, connection_id: str) -> None:
        """Delete a connection (``DELETE /v1/connections/{connection_id}``); its data stays in the destination."""
        return self._run(_delete(connection_id))

    def pause(self, connection_id: str) -> Connection:
        """Pause a connection: ``PATCH {"paused": true}``. A running sync stops."""
        return self._run(_update(connection_id, None, {"paused": True}))

    def resume(self, connection_id: str) -> Connection:
        """Resume a paused connection: ``PATCH {"paused": false}``."""
        return self._run(_update(connection_id, None, {"paused": False}))

    def set_sync_frequency(
        self,
        connection_id: str,
        minutes: int,
        schedule_type: Literal["auto", "manual"] | None = None,
        daily_sync_time: str | None = None,
    ) -> Connection:
        """Set how often a connection syncs (``PATCH`` with ``sync_frequency`` and the given options).

        Args:
            connection_id: The connection.
            minutes: 1, 5, 15, 30, 60, 120, 180, 360, 480, 720 or 1440.
            schedule_type: ``"auto"`` (Fivetran schedules syncs) or ``"manual"`` (only triggered syncs).
            daily_sync_time: ``"HH:00"`` start time, only with ``minutes=1440``.

        Raises:
            ValueError: a value is outside the allowed ones (nothing is sent).

        Example:
            client.connections.set_sync_frequency("decent_dropsy", 1440, daily_sync_time="03:00")
        """
        return self._run(_set_sync_frequency(connection_id, minutes, schedule_type, daily_sync_time))

    def sync(self, connection_id: str, force: bool = False) -> None:
        """Trigger a sync now (``POST /v1/connections/{connection_id}/sync`` with ``{"force": ...}``).

        Without ``force`` nothing happens if a sync is already running; ``force=True`` stops it and starts a
        new one. The API answers success even for a paused or broken connection, which then does not sync:
        `sync_and_wait` checks first.
        """
        return self._run(_sync(connection_id, force))

    def start_sync(
        self,
        connection_id: str,
        *,
        force: bool = False,
        timeout: float = 3600.0,
        start_deadline: float | None = None,
        on_reschedule: OnReschedule = "return",
        manage_schedule: bool = False,
        poll_interval: float = 10.0,
        clock: Callable[[], float] | None = None,
        coordinator: RunClaimStore | None = None,
    ) -> SyncRun:
        """Trigger a sync and return its resumable handle; ``check`` it now or from another process later.

        One ``GET`` (the watermark ``max(succeeded_at, failed_at)``), then one ``POST .../sync``; with
        ``manage_schedule=True`` and an ``auto`` schedule, a ``PATCH {"schedule_type": "manual"}`` first
        (the run restores it when it ends).

        Args:
            connection_id: The connection.
            force: Restart a running sync instead of joining it (it cancels that sync: never the default).
            timeout: Seconds from the trigger until the run is ``timed_out``.
            start_deadline: Seconds from the trigger: no sign of the sync by then gives ``never_started``.
            on_reschedule: ``"return"``, ``"retrigger"`` or ``"handoff"`` (see `OnReschedule`).
            manage_schedule: Switch an ``auto`` connection to ``manual`` while the run orchestrates it, and
                back when it ends (even on error, timeout or Ctrl-C under ``sync_and_wait``).
            poll_interval: Seconds between checks that ``check(...).next_check_at`` suggests.
            clock: Wall-clock seconds since the epoch; replaces `time.time`.
            coordinator: A store shared by the workers (a ``RedisRateStore``, or one ``LocalRateStore``
                for threads): if another worker's run still covers this connection, that run is returned
                and nothing is sent, so two workers never force (cancel) each other's sync.

        Raises:
            NotSyncableError: the connection is paused, broken or not set up (nothing was sent).
            ValueError: an argument is invalid (nothing is sent).

        Example:
            run = client.connections.start_sync("decent_dropsy", timeout=3600, start_deadline=600)
            store(run.to_json())        # later, anywhere: client.connections.check(SyncRun.from_json(text))
        """
        from .._sync_wait import plan_start

        policy = _policy(force, timeout, start_deadline, on_reschedule, manage_schedule, poll_interval)
        return _started(
            self._drive(plan_start(_sync_calls(), connection_id, policy, clock or time.time, None, coordinator))
        )

    def check(self, run: SyncRun, *, clock: Callable[[], float] | None = None) -> SyncCheck:
        """Judge a `SyncRun` now: exactly one ``GET``, never sleeps; returns a `SyncCheck`.

        Keep ``check.run`` (not the run passed in) for the next check. Two cases send one more request:
        a ``rescheduled`` sync of a ``manual`` connection whose ``rescheduled_for`` has come, under
        ``on_reschedule="retrigger"`` or ``"handoff"``, is triggered again (``POST .../sync``) and the
        check says ``pending``; and when the run ends with a schedule to restore, the ``PATCH`` is sent.

        Example:
            check = client.connections.check(run)
            if not check.done:
                defer_until(check.next_check_at, check.run.to_json())
            elif check.state == "failed":
                raise RuntimeError(check.reason)
        """
        from .._sync_wait import plan_check

        return self._drive(plan_check(_sync_calls(), _checked_run(run), clock or time.time))

    def sync_and_wait(
        self,
        connection_id: str,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 10.0,
        force: bool = False,
        on_progress: Callable[[SyncStatus], object] | None = None,
        retrigger_rescheduled: bool = False,
        start_deadline: float | None = None,
        on_reschedule: OnReschedule = "return",
        manage_schedule: bool = False,
        sleep: Callable[[float], object] | None = None,
        clock: Callable[[], float] | None = None,
        coordinator: RunClaimStore | None = None,
    ) -> SyncOutcome:
        """Trigger a sync and wait until it ends; returns a typed `SyncOutcome`, never waits past ``timeout``.

        ``start_sync`` followed by ``check`` every ``poll_interval`` seconds until the check is done: the same
        rules, in one process. A paused, broken or incompletely set-up connection gives ``not_syncable``
        without sending the trigger. See docs/orchestration.md for every rule and policy.

        Args:
            connection_id: The connection.
            timeout: Seconds before giving up with ``timed_out`` (the sync itself is not cancelled).
            poll_interval: Seconds between status reads.
            force: Restart a running sync instead of waiting for it.
            on_progress: Called with each polled `SyncStatus` (e.g. for a live display).
            retrigger_rescheduled: Older spelling of ``on_reschedule="retrigger"``.
            start_deadline: Seconds: no sign of the sync by then gives ``never_started``.
            on_reschedule: ``"return"`` (default), ``"retrigger"`` (sleep until ``rescheduled_for`` and
                trigger a manual connection again) or ``"handoff"`` (return ``rescheduled`` at once; its
                ``outcome.run`` is the handle to ``check`` at ``rescheduled_for``).
            manage_schedule: Switch to ``manual`` while waiting, restored afterwards even on error,
                timeout or Ctrl-C.
            sleep: Replaces `time.sleep` (tests inject one that returns at once).
            clock: Wall-clock seconds since the epoch; replaces `time.time`.

        Raises:
            ValueError: an argument is invalid (nothing is sent).
            APIError: a request failed after the transport's retries (e.g. `RateLimitError` whose
                ``retry_after`` exceeds the retry cap): raised, not swallowed, so a polling loop cannot hide
                an outage.

        Example:
            outcome = client.connections.sync_and_wait("decent_dropsy", timeout=1800, poll_interval=30)
            if not outcome.succeeded:
                raise SystemExit(f"sync {outcome.kind}: {outcome.reason}")
        """
        from .._sync_wait import plan_sync_and_wait

        policy = _policy(
            force, timeout, start_deadline, on_reschedule, manage_schedule, poll_interval, retrigger_rescheduled
        )
        plan = plan_sync_and_wait(
            _sync_calls(), connection_id, policy, clock or time.time, _progress(on_progress), claims=coordinator
        )
        return self._drive(plan, sleep or time.sleep)

    def ensure_fresh(
        self,
        connection_id: str,
        max_age: float | timedelta,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 10.0,
        force: bool = False,
        on_progress: Callable[[SyncStatus], object] | None = None,
        start_deadline: float | None = None,
        on_reschedule: OnReschedule = "return",
        manage_schedule: bool = False,
        sleep: Callable[[float], object] | None = None,
        clock: Callable[[], float] | None = None,
        coordinator: RunClaimStore | None = None,
    ) -> SyncOutcome:
        """Make sure the connection's data is at most ``max_age`` old: sync only when it is not.

        One ``GET``: when the last sync succeeded less than ``max_age`` ago (and no failure came after it)
        and the connection can sync, the outcome is ``succeeded`` with ``triggers == 0`` at once. Otherwise
        it is `sync_and_wait` with the same policies (reusing that read).

        Example:
            outcome = client.connections.ensure_fresh("decent_dropsy", timedelta(minutes=30))
        """
        from .._sync_wait import max_age_seconds, plan_ensure_fresh

        policy = _policy(force, timeout, start_deadline, on_reschedule, manage_schedule, poll_interval)
        plan = plan_ensure_fresh(
            _sync_calls(),
            connection_id,
            max_age_seconds(max_age),
            policy,
            clock or time.time,
            _progress(on_progress),
            coordinator,
        )
        return self._drive(plan, sleep or time.sleep)

    def sync_many(
        self,
        connection_ids: Iterable[str],
        *,
        force: bool = False,
        timeout: float = 3600.0,
        start_deadline: float | None = None,
        on_reschedule: OnReschedule = "return",
        manage_schedule: bool = False,
        poll_interval: float = 10.0,
        concurrency: int = 8,
        sleep: Callable[[float], object] | None = None,
        clock: Callable[[], float] | None = None,
        coordinator: RunClaimStore | None = None,
    ) -> Iterator[SyncOutcome]:
        """Sync many connections and yield each `SyncOutcome` as soon as it is decided.

        Watermarks and statuses are read by listing (account or group lists, 1000 per page; one detail
        ``GET`` only where that is cheaper or a list cannot answer), so one request answers every waiter
        on its page; triggers go out with at most ``concurrency`` in flight. The policies are those of
        `start_sync`, for every connection, ``coordinator`` included (a connection another worker's run
        covers is waited for under that run, without a trigger). Nothing is sent until the iteration
        starts; a connection that cannot sync yields ``not_syncable`` without a trigger.

        A request for one connection alone that fails after the transport's retries (its trigger answers
        404, its detail read 403, its schedule ``PATCH``) yields that connection's ``error`` outcome, with
        the exception as ``outcome.error``, after giving back the schedule it took; the others go on. A
        failed list page is answered by detail reads of its connections, once. Every id gets exactly one
        outcome, or the iteration raises (docs/orchestration.md).

        Raises:
            ValueError, TypeError: an argument is invalid (raised here, before iteration).
            AuthenticationError, ClientClosedError: raised from the iteration (they concern every
                request), after the schedules this call switched were restored; so is anything that is not
                a `FivetranError` (a bug, ``KeyboardInterrupt``, a cancellation).

        Example:
            for outcome in client.connections.sync_many(ids, timeout=3600, poll_interval=30):
                print(outcome.connection_id, outcome.kind, outcome.reason or "")
        """
        from .._fleet import check_concurrency, plan_sync_many

        policy = _policy(force, timeout, start_deadline, on_reschedule, manage_schedule, poll_interval)
        ids, bound = _ids(connection_ids), check_concurrency(concurrency)
        plan = plan_sync_many(_sync_calls(), ids, policy, clock or time.time, bound, coordinator)
        return self._stream_plan(plan, sleep or time.sleep)

    def wait_many(
        self,
        runs: Iterable[SyncRun],
        *,
        concurrency: int = 8,
        sleep: Callable[[float], object] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> Iterator[SyncOutcome]:
        """Wait for many `SyncRun` handles (from ``start_sync``, maybe other processes), one poll for all.

        Each run keeps its own policies and deadlines; every status read (a list page, or a detail ``GET``
        where cheaper) is judged for every run it concerns, exactly as `check` would. Outcomes are yielded
        as they are decided. A request for one connection that fails ends that connection ``error``, as in
        `sync_many`.

        Example:
            runs = [SyncRun.from_json(text) for text in stored]
            failed = [o for o in client.connections.wait_many(runs) if o.kind != "succeeded"]
        """
        from .._fleet import check_concurrency, plan_wait_many

        plan = plan_wait_many(_sync_calls(), _runs(runs), clock or time.time, check_concurrency(concurrency))
        return self._stream_plan(plan, sleep or time.sleep)

    def resync(
        self, connection_id: str, *, confirm: bool = False, scope: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        """WARNING: destructive. Re-import all data of the connection (or of ``scope``) from scratch.

        ``POST /v1/connections/{connection_id}/resync``. A historical resync can take hours and re-reads
        the whole source. Nothing is sent unless ``confirm`` is exactly ``True``; once sent, the request is
        never retried (a duplicate could restart it).

        Args:
            connection_id: The connection.
            confirm: Must be ``True`` (the boolean; ``"yes"`` or ``1`` are refused).
            scope: Only these tables: ``{"schema": ["table", ...]}``, both levels non-empty.

        Raises:
            ResyncNotConfirmedError: ``confirm`` is not True (a `ValueError`; nothing is sent).
            ValueError: ``scope`` is malformed (nothing is sent).
            ConflictError: 409, e.g. a sync is running.

        Example:
            client.connections.resync("decent_dropsy", confirm=True, scope={"public": ["orders"]})
        """
        return self._run(_resync(connection_id, confirm, scope))

    def resync_tables(self, connection_id: str, *, confirm: bool = False, tables: Mapping[str, Sequence[str]]) -> None:
        """WARNING: destructive. Re-import some tables from scratch (``POST .../schemas/tables/resync``).

        Same safety rule as `resync`: nothing is sent unless ``confirm`` is exactly ``True``, never retried.

        Args:
            connection_id: The connection.
            confirm: Must be ``True``.
            tables: ``{"schema": ["table", ...]}``, both levels non-empty.

        Raises:
            ResyncNotConfirmedError: ``confirm`` is not True (nothing is sent).
            ValueError: ``tables`` is malformed (nothing is sent).
            ConflictError: 409, e.g. a sync is running.
        """
        return self._run(_resync_tables(connection_id, confirm, tables))

    def get_state(self, connection_id: str) -> ConnectionState:
        """Read the state of a Function or Connector SDK connection (``GET .../state``).

        Raises:
            NotFoundError, BadRequestError, APIError: other connection types have no state (404/400/405).
        """
        return self._run(_get_state(connection_id))

    def update_state(self, connection_id: str, state: Mapping[str, Any]) -> None:
        """Replace a Function or Connector SDK connection's state (``PATCH .../state`` with ``{"state": ...}``).

        The connection must be paused and not syncing (409 otherwise).
        """
        return self._run(_update_state(connection_id, state))

    def get_sync_status(self, connection_id: str) -> SyncStatus:
        """Read where the connection's syncing stands (one ``GET /v1/connections/{connection_id}``)."""
        return self._run(_get_sync_status(connection_id))

    def get_schema_config(self, connection_id: str) -> SchemaConfig:
        """Read the schema config (``GET .../schemas``): schemas, tables and non-default columns.

        Example:
            config = client.connections.get_schema_config("decent_dropsy")
            print([f"{t.schema}.{t.name}" for t in config.enabled_tables()])
        """
        return self._run(_get_schema_config(connection_id))

    def update_schema_config(
        self,
        connection_id: str,
        *,
        schema_change_handling: Literal["ALLOW_ALL", "ALLOW_COLUMNS", "BLOCK_ALL"] | None = None,
        schemas: Mapping[str, Mapping[str, Any]] | None = None,
        is_type_locked: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SchemaConfig:
        """Change the schema config (``PATCH .../schemas``); the connection's setup must be complete (else 400).

        Example:
            client.connections.update_schema_config(
                "decent_dropsy", schemas={"public": {"enabled": True, "tables": {"logs": {"enabled": False}}}}
            )
        """
        return self._run(_update_schema_config(connection_id, schema_change_handling, schemas, is_type_locked, extra))

    def create_schema_config(
        self,
        connection_id: str,
        *,
        schemas: Mapping[str, Mapping[str, Any]],
        schema_change_handling: Literal["ALLOW_ALL", "ALLOW_COLUMNS", "BLOCK_ALL"] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SchemaConfig:
        """Pre-create the schema config of a connection not yet set up (``POST .../schemas``)."""
        return self._run(_create_schema_config(connection_id, schemas, schema_change_handling, extra))

    def reload_schema_config(
        self, connection_id: str, exclude_mode: Literal["PRESERVE", "INCLUDE", "EXCLUDE"] | None = None
    ) -> SchemaConfig:
        """Re-read the source's schemas (``POST .../schemas/reload``); without ``exclude_mode`` the body is ``{}``.

        Args:
            connection_id: The connection.
            exclude_mode: ``PRESERVE`` (keep what is enabled), ``INCLUDE`` (enable all) or ``EXCLUDE``.
        """
        return self._run(_reload_schema_config(connection_id, exclude_mode))

    def get_table_columns(self, connection_id: str, schema: str, table: str) -> dict[str, ColumnEntry]:
        """All columns of one table (``GET .../schemas/{schema}/tables/{table}/columns``): name -> `ColumnEntry`.

        Names are source names; any character is fine (they are percent-encoded into the path).
        """
        return self._run(_table_columns(connection_id, schema, table))

    def update_schema(
        self,
        connection_id: str,
        schema: str,
        *,
        enabled: bool,
        tables: Mapping[str, Mapping[str, Any]] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SchemaConfig:
        """Change one schema's settings (``PATCH .../schemas/{schema}``); the spec requires ``enabled``."""
        return self._run(_update_schema(connection_id, schema, enabled, tables, extra))

    def update_table(
        self,
        connection_id: str,
        schema: str,
        table: str,
        *,
        enabled: bool,
        sync_mode: Literal["SOFT_DELETE", "HISTORY", "LIVE"] | None = None,
        columns: Mapping[str, Mapping[str, Any]] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SchemaConfig:
        """Change one table's settings (``PATCH .../schemas/{schema}/tables/{table}``)."""
        return self._run(_update_table(connection_id, schema, table, enabled, sync_mode, columns, extra))

    def update_column(
        self,
        connection_id: str,
        schema: str,
        table: str,
        column: str,
        *,
        enabled: bool,
        hashed: bool | None = None,
        is_primary_key: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SchemaConfig:
        """Change one column's settings (``PATCH .../tables/{table}/columns/{column}``)."""
        location = (schema, table, column)
        return self._run(_update_column(connection_id, location, enabled, hashed, is_primary_key, extra))

    def drop_blocked_column(self, connection_id: str, schema: str, table: str, column: str) -> None:
        """Drop a blocked (disabled) column from the destination (``DELETE .../columns/{column}``)."""
        return self._run(_drop_blocked_column(connection_id, schema, table, column))

    def drop_blocked_columns(self, connection_id: str, columns: Mapping[str, Mapping[str, Sequence[str]]]) -> None:
        """Drop several blocked columns (``POST .../schemas/drop-columns``): ``{schema: {table: [column]}}``."""
        return self._run(_drop_blocked_columns(connection_id, columns))

    def run_setup_tests(
        self, connection_id: str, *, trust_certificates: bool | None = None, trust_fingerprints: bool | None = None
    ) -> Connection:
        """Run the connection's setup tests (``POST .../test``); the result is in ``setup_tests``."""
        return self._run(_run_setup_tests(connection_id, trust_certificates, trust_fingerprints))

    def connect_card(
        self, connection_id: str, *, redirect_uri: str, hide_setup_guide: bool | None = None
    ) -> ConnectCard:
        """Create a Connect Card to let someone finish the setup (``POST .../connect-card``): ``.connect_card.uri``."""
        return self._run(_connect_card(connection_id, redirect_uri, hide_setup_guide))


class AsyncConnections(AsyncResource):
    """Async twin of `Connections`; ``stream()`` is used with ``async for``."""

    __slots__ = ()

    async def list(
        self,
        *,
        group_id: str | None = None,
        schema: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> Page[Connection]:
        """See `Connections.list`."""
        return await self._run(_list(group_id, schema)(limit, cursor))

    def stream(
        self,
        *,
        group_id: str | None = None,
        schema: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Connection]:
        """See `Connections.stream`."""
        return self._stream(_list(group_id, schema), limit=limit, cursor=cursor, max_items=max_items)

    async def get(self, connection_id: str) -> Connection:
        """See `Connections.get`."""
        return await self._run(_get(connection_id))

    async def create(
        self,
        *,
        group_id: str,
        service: str,
        extra: Mapping[str, Any] | None = None,
        **options: Unpack[NewConnectionOptions],
    ) -> Connection:
        """See `Connections.create`."""
        return await self._run(_create(group_id, service, extra, options))

    async def update(
        self, connection_id: str, *, extra: Mapping[str, Any] | None = None, **options: Unpack[ConnectionOptions]
    ) -> Connection:
        """See `Connections.update`."""
        return await self._run(_update(connection_id, extra, options))

    async def delete(self, connection_id: str) -> None:
        """See `Connections.delete`."""
        return await self._run(_delete(connection_id))

    async def pause(self, connection_id: str) -> Connection:
        """See `Connections.pause`."""
        return await self._run(_update(connection_id, None, {"paused": True}))

    async def resume(self, connection_id: str) -> Connection:
        """See `Connections.resume`."""
        return await self._run(_update(connection_id, None, {"paused": False}))

    async def set_sync_frequency(
        self,
        connection_id: str,
        minutes: int,
        schedule_type: Literal["auto", "manual"] | None = None,
        daily_sync_time: str | None = None,
    ) -> Connection:
        """See `Connections.set_sync_frequency`."""
        return await self._run(_set_sync_frequency(connection_id, minutes, schedule_type, daily_sync_time))

    async def sync(self, connection_id: str, force: bool = False) -> None:
        """See `Connections.sync`."""
        return await self._run(_sync(connection_id, force))

    async def start_sync(
        self,
        connection_id: str,
        *,
        force: bool = False,
        timeout: float = 3600.0,
        start_deadline: float | None = None,
        on_reschedule: OnReschedule = "return",
        manage_schedule: bool = False,
        poll_interval: float = 10.0,
        clock: Callable[[], float] | None = None,
        coordinator: RunClaimStore | None = None,
    ) -> SyncRun:
        """See `Connections.start_sync`."""
        from .._sync_wait import plan_start

        policy = _policy(force, timeout, start_deadline, on_reschedule, manage_schedule, poll_interval)
        return _started(
            await self._drive(plan_start(_sync_calls(), connection_id, policy, clock or time.time, None, coordinator))
        )

    async def check(self, run: SyncRun, *, clock: Callable[[], float] | None = None) -> SyncCheck:
        """See `Connections.check`."""
        from .._sync_wait import plan_check

        return await self._drive(plan_check(_sync_calls(), _checked_run(run), clock or time.time))

    async def sync_and_wait(
        self,
        connection_id: str,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 10.0,
        force: bool = False,
        on_progress: Callable[[SyncStatus], object] | None = None,
        retrigger_rescheduled: bool = False,
        start_deadline: float | None = None,
        on_reschedule: OnReschedule = "return",
        manage_schedule: bool = False,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        clock: Callable[[], float] | None = None,
        coordinator: RunClaimStore | None = None,
    ) -> SyncOutcome:
        """See `Connections.sync_and_wait`; ``sleep`` is awaited (default `anyio.sleep`)."""
        from .._sync_wait import plan_sync_and_wait

        policy = _policy(
            force, timeout, start_deadline, on_reschedule, manage_schedule, poll_interval, retrigger_rescheduled
        )
        plan = plan_sync_and_wait(
            _sync_calls(), connection_id, policy, clock or time.time, _progress(on_progress), claims=coordinator
        )
        return await self._drive(plan, sleep or _anyio_sleep())

    async def ensure_fresh(
        self,
        connection_id: str,
        max_age: float | timedelta,
        *,
        timeout: float = 3600.0,
        poll_interval: float = 10.0,
        force: bool = False,
        on_progress: Callable[[SyncStatus], object] | None = None,
        start_deadline: float | None = None,
        on_reschedule: OnReschedule = "return",
        manage_schedule: bool = False,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        clock: Callable[[], float] | None = None,
        coordinator: RunClaimStore | None = None,
    ) -> SyncOutcome:
        """See `Connections.ensure_fresh`; ``sleep`` is awaited (default `anyio.sleep`)."""
        from .._sync_wait import max_age_seconds, plan_ensure_fresh

        policy = _policy(force, timeout, start_deadline, on_reschedule, manage_schedule, poll_interval)
        plan = plan_ensure_fresh(
            _sync_calls(),
            connection_id,
            max_age_seconds(max_age),
            policy,
            clock or time.time,
            _progress(on_progress),
            coordinator,
        )
        return await self._drive(plan, sleep or _anyio_sleep())

    def sync_many(
        self,
        connection_ids: Iterable[str],
        *,
        force: bool = False,
        timeout: float = 3600.0,
        start_deadline: float | None = None,
        on_reschedule: OnReschedule = "return",
        manage_schedule: bool = False,
        poll_interval: float = 10.0,
        concurrency: int = 8,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        clock: Callable[[], float] | None = None,
        coordinator: RunClaimStore | None = None,
    ) -> AsyncIterator[SyncOutcome]:
        """See `Connections.sync_many`; used with ``async for``."""
        from .._fleet import check_concurrency, plan_sync_many

        policy = _policy(force, timeout, start_deadline, on_reschedule, manage_schedule, poll_interval)
        ids, bound = _ids(connection_ids), check_concurrency(concurrency)
        plan = plan_sync_many(_sync_calls(), ids, policy, clock or time.time, bound, coordinator)
        return self._stream_plan(plan, sleep or _anyio_sleep())

    def wait_many(
        self,
        runs: Iterable[SyncRun],
        *,
        concurrency: int = 8,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> AsyncIterator[SyncOutcome]:
        """See `Connections.wait_many`; used with ``async for``."""
        from .._fleet import check_concurrency, plan_wait_many

        plan = plan_wait_many(_sync_calls(), _runs(runs), clock or time.time, check_concurrency(concurrency))
        return self._stream_plan(plan, sleep or _anyio_sleep())

    async def resync(
        self, connection_id: str, *, confirm: bool = False, scope: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        """WARNING: destructive. See `Connections.resync`."""
        return await self._run(_resync(connection_id, confirm, scope))

    async def resync_tables(
        self, connection_id: str, *, confirm: bool = False, tables: Mapping[str, Sequence[str]]
    ) -> None:
        """WARNING: destructive. See `Connections.resync_tables`."""
        return await self._run(_resync_tables(connection_id, confirm, tables))

    async def get_state(self, connection_id: str) -> ConnectionState:
        """See `Connections.get_state`."""
        return await self._run(_get_state(connection_id))

    async def update_state(self, connection_id: str, state: Mapping[str, Any]) -> None:
        """See `Connections.update_state`."""
        return await self._run(_update_state(connection_id, state))

    async def get_sync_status(self, connection_id: str) -> SyncStatus:
        """See `Connections.get_sync_status`."""
        return await self._run(_get_sync_status(connection_id))

    async def get_schema_config(self, connection_id: str) -> SchemaConfig:
        """See `Connections.get_schema_config`."""
        return await self._run(_get_schema_config(connection_id))

    async def update_schema_config(
        self,
        connection_id: str,
        *,
        schema_change_handling: Literal["ALLOW_ALL", "ALLOW_COLUMNS", "BLOCK_ALL"] | None = None,
        schemas: Mapping[str, Mapping[str, Any]] | None = None,
        is_type_locked: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SchemaConfig:
        """See `Connections.update_schema_config`."""
        return await self._run(
            _update_schema_config(connection_id, schema_change_handling, schemas, is_type_locked, extra)
        )

    async def create_schema_config(
        self,
        connection_id: str,
        *,
        schemas: Mapping[str, Mapping[str, Any]],
        schema_change_handling: Literal["ALLOW_ALL", "ALLOW_COLUMNS", "BLOCK_ALL"] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SchemaConfig:
        """See `Connections.create_schema_config`."""
        return await self._run(_create_schema_config(connection_id, schemas, schema_change_handling, extra))

    async def reload_schema_config(
        self, connection_id: str, exclude_mode: Literal["PRESERVE", "INCLUDE", "EXCLUDE"] | None = None
    ) -> SchemaConfig:
        """See `Connections.reload_schema_config`."""
        return await self._run(_reload_schema_config(connection_id, exclude_mode))

    async def get_table_columns(self, connection_id: str, schema: str, table: str) -> dict[str, ColumnEntry]:
        """See `Connections.get_table_columns`."""
        return await self._run(_table_columns(connection_id, schema, table))

    async def update_schema(
        self,
        connection_id: str,
        schema: str,
        *,
        enabled: bool,
        tables: Mapping[str, Mapping[str, Any]] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SchemaConfig:
        """See `Connections.update_schema`."""
        return await self._run(_update_schema(connection_id, schema, enabled, tables, extra))

    async def update_table(
        self,
        connection_id: str,
        schema: str,
        table: str,
        *,
        enabled: bool,
        sync_mode: Literal["SOFT_DELETE", "HISTORY", "LIVE"] | None = None,
        columns: Mapping[str, Mapping[str, Any]] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SchemaConfig:
        """See `Connections.update_table`."""
        return await self._run(_update_table(connection_id, schema, table, enabled, sync_mode, columns, extra))

    async def update_column(
        self,
        connection_id: str,
        schema: str,
        table: str,
        column: str,
        *,
        enabled: bool,
        hashed: bool | None = None,
        is_primary_key: bool | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> SchemaConfig:
        """See `Connections.update_column`."""
        location = (schema, table, column)
        return await self._run(_update_column(connection_id, location, enabled, hashed, is_primary_key, extra))

    async def drop_blocked_column(self, connection_id: str, schema: str, table: str, column: str) -> None:
        """See `Connections.drop_blocked_column`."""
        return await self._run(_drop_blocked_column(connection_id, schema, table, column))

    async def drop_blocked_columns(
        self, connection_id: str, columns: Mapping[str, Mapping[str, Sequence[str]]]
    ) -> None:
        """See `Connections.drop_blocked_columns`."""
        return await self._run(_drop_blocked_columns(connection_id, columns))

    async def run_setup_tests(
        self, connection_id: str, *, trust_certificates: bool | None = None, trust_fingerprints: bool | None = None
    ) -> Connection:
        """See `Connections.run_setup_tests`."""
        return await self._run(_run_setup_tests(connection_id, trust_certificates, trust_fingerprints))

    async def connect_card(
        self, connection_id: str, *, redirect_uri: str, hide_setup_guide: bool | None = None
    ) -> ConnectCard:
        """See `Connections.connect_card`."""
        return await self._run(_connect_card(connection_id, redirect_uri, hide_setup_guide))

"""The Python control API: seed state and steer syncs without HTTP (``fake.connections.create(...)``).

Seeding goes through the same code as the HTTP handlers, so seeded objects are exactly what the API
would have created, and every method returns the API's view of the object (a dict, secrets masked).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from ._handlers_connections import connection_rows, create_connection, delete_connection, run_setup_tests
from ._handlers_destinations import create_destination
from ._handlers_groups import create_group, delete_group
from ._handlers_users import create_user
from ._handlers_webhooks import create_webhook
from ._records import Connection
from ._schema_config import Catalog
from ._sync import SyncOutcome
from ._validation import Body
from ._world import World

__all__ = ["ConnectionsControl", "DestinationsControl", "GroupsControl", "UsersControl", "WebhooksControl"]

_SETUP_STATES = ("connected", "incomplete", "broken")


def _body(**fields: Any) -> Body:
    return Body({name: value for name, value in fields.items() if value is not None})


class _Control:
    def __init__(self, world: World, lock: threading.RLock) -> None:
        self._world = world
        self._lock = lock


class GroupsControl(_Control):
    """``fake.groups``."""

    def create(self, name: str | None = None, *, id: str | None = None) -> dict[str, Any]:
        """Create a group (a unique name is made up when omitted; ``id`` picks the id)."""
        with self._lock:
            name = name or f"group_{len(self._world.store.groups) + 1}"
            return create_group(self._world, _body(name=name), item_id=id).view()

    def get(self, group_id: str) -> dict[str, Any]:
        with self._lock:
            return self._world.store.groups.get(group_id).view()

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [group.view() for group in self._world.store.groups]

    def delete(self, group_id: str) -> None:
        """Delete the group and everything in it."""
        with self._lock:
            delete_group(self._world, group_id)

    def add_user(self, group_id: str, user_id: str, role: str = "Destination Reviewer") -> None:
        """Make a user a member of a group."""
        with self._lock:
            self._world.store.groups.get(group_id)
            self._world.store.users.get(user_id)
            self._world.store.members.setdefault(group_id, {})[user_id] = role


class DestinationsControl(_Control):
    """``fake.destinations``."""

    def create(
        self,
        group_id: str,
        service: str = "snowflake",
        *,
        region: str = "GCP_US_EAST4",
        time_zone_offset: str = "0",
        config: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        with self._lock:
            body = _body(
                group_id=group_id, service=service, region=region, time_zone_offset=time_zone_offset, config=config
            )
            return create_destination(self._world, body).view()

    def get(self, destination_id: str) -> dict[str, Any]:
        with self._lock:
            return self._world.store.destinations.get(destination_id).view()

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [destination.view() for destination in self._world.store.destinations]


class ConnectionsControl(_Control):
    """``fake.connections``: seed connections and decide how their syncs go."""

    def create(
        self,
        group_id: str,
        service: str = "google_sheets",
        schema: str | None = None,
        *,
        paused: bool = False,
        setup_state: str = "connected",
        schedule_type: str = "auto",
        sync_frequency: int = 360,
        daily_sync_time: str | None = None,
        config: dict[str, Any] | None = None,
        catalog: Catalog | None = None,
        id: str | None = None,
    ) -> dict[str, Any]:
        """Create a connection as ``POST /v1/connections`` would.

        Args:
            group_id: An existing group.
            service: The connector type.
            schema: The connection's schema name (made up from ``service`` when omitted).
            paused: Create it paused.
            setup_state: ``connected`` (default, can sync), ``incomplete`` or ``broken`` (never sync).
            schedule_type: ``auto`` or ``manual``.
            sync_frequency: Minutes, one of the API's allowed values.
            daily_sync_time: ``HH:00``, only with ``sync_frequency=1440``.
            config: Connector config (stored; secret-looking values are answered masked).
            catalog: What the source contains, ``{schema: {table: [column, ...]}}``; the schema config
                starts with all of it enabled. Defaults to two small tables.
            id: The id to give it (default: a generated Fivetran-looking id).
        """
        if setup_state not in _SETUP_STATES:
            raise ValueError(f"setup_state must be one of {_SETUP_STATES}, got {setup_state!r}")
        with self._lock:
            merged_config = {**(config or {}), **({"schema": schema} if schema else {})}
            body = _body(
                group_id=group_id,
                service=service,
                paused=paused,
                schedule_type=schedule_type,
                sync_frequency=sync_frequency,
                daily_sync_time=daily_sync_time,
                config=merged_config,
                run_setup_tests=setup_state == "connected",
            )
            connection = create_connection(self._world, body, catalog=catalog, item_id=id)
            if setup_state == "broken":
                connection.setup_state = "broken"
            return connection.view()

    def get(self, connection_id: str) -> dict[str, Any]:
        with self._lock:
            self._world.sync.catch_up()
            return self._connection(connection_id).view()

    def list(self, group_id: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            self._world.sync.catch_up()
            return [connection.view() for _, connection in connection_rows(self._world, group_id=group_id)]

    def delete(self, connection_id: str) -> None:
        with self._lock:
            delete_connection(self._world, connection_id)

    def set_sync_behavior(
        self,
        connection_id: str,
        *,
        outcome: SyncOutcome | Sequence[SyncOutcome] | None = None,
        duration: float | None = None,
        reschedule_after: float | None = None,
        failure_reason: str | None = None,
    ) -> None:
        """Decide how this connection's next syncs end.

        Args:
            connection_id: The connection.
            outcome: ``success``, ``failure``, ``failure_with_task``, ``failure_with_warning``,
                ``rescheduled`` or ``skipped``; or a
                sequence consumed one per sync whose last item repeats (``["failure", "success"]``).
            duration: Seconds each sync takes.
            reschedule_after: For ``rescheduled``: seconds until ``rescheduled_for``.
            failure_reason: The ``reason`` of failure webhooks and the task message.
        """
        with self._lock:
            self._connection(connection_id)
            self._world.sync.set_behavior(
                connection_id,
                outcome=outcome,
                duration=duration,
                reschedule_after=reschedule_after,
                failure_reason=failure_reason,
            )

    def trigger_sync(self, connection_id: str, *, force: bool = False) -> bool:
        """Trigger a sync as ``POST .../sync`` does; returns whether one started."""
        with self._lock:
            self._world.sync.catch_up()
            return self._world.sync.trigger(self._connection(connection_id), force=force)

    def finish_sync(self, connection_id: str, outcome: SyncOutcome | None = None) -> None:
        """End the running sync now (``outcome`` overrides the configured one)."""
        with self._lock:
            self._world.sync.finish_now(self._connection(connection_id), outcome)

    def reschedule(self, connection_id: str, *, after: float = 3600.0, until: datetime | None = None) -> None:
        """Put the connection in ``rescheduled`` (quota hit) until ``until`` or ``after`` seconds from now."""
        with self._lock:
            when = until or self._world.now() + timedelta(seconds=after)
            self._world.sync.reschedule(self._connection(connection_id), when)

    def set_setup_state(self, connection_id: str, setup_state: str) -> None:
        """Force ``status.setup_state`` (``broken`` and ``incomplete`` connections never sync)."""
        if setup_state not in _SETUP_STATES:
            raise ValueError(f"setup_state must be one of {_SETUP_STATES}, got {setup_state!r}")
        with self._lock:
            self._connection(connection_id).setup_state = setup_state

    def set_setup_tests(self, connection_id: str, *, passed: bool) -> None:
        """Decide whether the next setup-test runs pass (and so connect or break the connection)."""
        with self._lock:
            self._connection(connection_id).setup_tests_pass = passed

    def run_setup_tests(self, connection_id: str) -> dict[str, Any]:
        with self._lock:
            connection = self._connection(connection_id)
            run_setup_tests(connection)
            return connection.view()

    def set_catalog(self, connection_id: str, catalog: Catalog) -> None:
        """Change what the source contains; the schema config follows on the next ``schemas/reload``."""
        with self._lock:
            self._connection(connection_id).schema_config.catalog = {
                schema: {table: list(columns) for table, columns in tables.items()}
                for schema, tables in catalog.items()
            }

    def set_state(self, connection_id: str, state: dict[str, Any]) -> None:
        """Set the connector state returned by ``GET .../state``."""
        with self._lock:
            self._connection(connection_id).state = dict(state)

    def _connection(self, connection_id: str) -> Connection:
        return self._world.store.connections.get(connection_id)


class WebhooksControl(_Control):
    """``fake.webhooks``."""

    def create(
        self,
        url: str,
        events: Sequence[str] = ("sync_start", "sync_end"),
        *,
        group_id: str | None = None,
        secret: str | None = None,
        active: bool = True,
        id: str | None = None,
    ) -> dict[str, Any]:
        """Register an account webhook, or a group webhook with ``group_id``."""
        with self._lock:
            body = _body(url=url, events=list(events), secret=secret, active=active)
            return create_webhook(self._world, body, group_id=group_id, item_id=id).view()

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [webhook.view() for webhook in self._world.store.webhooks]


class UsersControl(_Control):
    """``fake.users``."""

    def create(
        self,
        email: str,
        given_name: str = "Test",
        family_name: str = "User",
        *,
        role: str | None = "Account Reviewer",
        id: str | None = None,
    ) -> dict[str, Any]:
        with self._lock:
            body = _body(email=email, given_name=given_name, family_name=family_name, role=role)
            return create_user(self._world, body, item_id=id).view()

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [user.view() for user in self._world.store.users]

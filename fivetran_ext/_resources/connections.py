"""Connections: ``client.connections`` (`Connections`) and its async twin `AsyncConnections`."""

from __future__ import annotations

from fivetran_api.api.connection_management import connection_details

from .._models import Connection
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, SyncResource

__all__ = ["AsyncConnections", "Connections"]

_CONNECTION = DataOf(Connection)


def _get(connection_id: str) -> Call[Connection]:
    # The generated default sends Accept: application/json;version=2, which shapes `config`.
    return Call(connection_details, {"connection_id": path_param("connection_id", connection_id)}, _CONNECTION)


class Connections(SyncResource):
    """Fivetran connections (formerly "connectors"; only the ``/v1/connections`` paths are used).

    Example:
        connection = client.connections.get("decent_dropsy")
        print(connection.status.sync_state if connection.status else None)
    """

    __slots__ = ()

    def get(self, connection_id: str) -> Connection:
        """Fetch one connection's configuration and status (``GET /v1/connections/{connection_id}``).

        Raises:
            NotFoundError: no such connection.
            ValueError: ``connection_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(connection_id))


class AsyncConnections(AsyncResource):
    """Async twin of `Connections`."""

    __slots__ = ()

    async def get(self, connection_id: str) -> Connection:
        """See `Connections.get`."""
        return await self._run(_get(connection_id))

"""Connector types (source metadata): ``client.connector_types`` and its async twin."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from .. import _models as models
from .._pagination import Page
from ._base import AsyncResource, Call, DataOf, ItemsOf, PageOf, SyncResource
from ._builders import by_id, pages

if TYPE_CHECKING:
    from .._models import ConnectorType, ConnectorTypeDetails

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
metadata_connector_config = "fivetran_api.api.connector_metadata.metadata_connector_config"
metadata_connectors = "fivetran_api.api.connector_metadata.metadata_connectors"
metadata_public_connectors = "fivetran_api.api.public_endpoints.metadata_public_connectors"

__all__ = ["AsyncConnectorTypes", "ConnectorTypes"]

_list = pages(metadata_connectors, PageOf(lambda: models.ConnectorType))
_get = by_id(metadata_connector_config, DataOf(lambda: models.ConnectorTypeDetails), "service")
_PUBLIC = Call(metadata_public_connectors, {}, ItemsOf(lambda: models.ConnectorTypeDetails))


class ConnectorTypes(SyncResource):
    """The connector types (sources) Fivetran supports: names, icons, docs links, config schemas.

    Example:
        details = client.connector_types.get("google_ads")
        print(details.name, details.link_to_docs)
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[ConnectorType]:
        """Fetch one page of connector types (``GET /v1/metadata/connector-types``).

        Args:
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[ConnectorType]:
        """Iterate over all connector types, fetching pages lazily (``GET /v1/metadata/connector-types``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def get(self, service: str) -> ConnectorTypeDetails:
        """Fetch one connector type with its config and auth schema (``GET /v1/metadata/connector-types/{service}``).

        Args:
            service: The connector type id, e.g. ``"google_ads"``.

        Raises:
            NotFoundError: no such connector type.
            ValueError: ``service`` is empty or blank (nothing is sent).
        """
        return self._run(_get(service))

    def list_public(self) -> builtins.list[ConnectorTypeDetails]:
        """Fetch every connector type from the public endpoint (``GET /public/connector-types``).

        The endpoint needs no credentials; the client's are sent anyway, which it ignores.
        """
        return self._run(_PUBLIC)


class AsyncConnectorTypes(AsyncResource):
    """Async twin of `ConnectorTypes`."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[ConnectorType]:
        """See `ConnectorTypes.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[ConnectorType]:
        """See `ConnectorTypes.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def get(self, service: str) -> ConnectorTypeDetails:
        """See `ConnectorTypes.get`."""
        return await self._run(_get(service))

    async def list_public(self) -> builtins.list[ConnectorTypeDetails]:
        """See `ConnectorTypes.list_public`."""
        return await self._run(_PUBLIC)

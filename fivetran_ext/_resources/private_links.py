"""Private links: ``client.private_links`` (`PrivateLinks`) and its async twin `AsyncPrivateLinks`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, NoData, PageOf, SyncResource
from ._builders import by_id, choice, json_body, json_object, pages, required_text
from ._common import with_extra

if TYPE_CHECKING:
    from .._models import PrivateLink

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
create_private_link = "fivetran_api.api.private_link_management.create_private_link"
delete_private_link = "fivetran_api.api.private_link_management.delete_private_link"
get_private_link_details = "fivetran_api.api.private_link_management.get_private_link_details"
get_private_links = "fivetran_api.api.private_link_management.get_private_links"
modify_private_link = "fivetran_api.api.private_link_management.modify_private_link"

__all__ = ["AsyncPrivateLinks", "PrivateLinks"]

_PRIVATE_LINK = DataOf(lambda: models.PrivateLink)

_list = pages(get_private_links, PageOf(lambda: models.PrivateLink))
_get = by_id(get_private_link_details, _PRIVATE_LINK, "private_link_id")
_delete = by_id(delete_private_link, NoData(), "private_link_id")


# Call builders: validation and request shape, shared by both twins.
def _create(
    *, name: str, region: str, service: str, config: Mapping[str, Any], extra: Mapping[str, Any] | None
) -> Call[PrivateLink]:
    fields = {
        "name": required_text("name", name),
        "region": choice("region", region, request_models.PrivateLinkCreateRequestRegion),
        "service": choice("service", service, request_models.PrivateLinkCreateRequestService),
        "config": json_object("config", config),
    }
    return Call(
        create_private_link,
        {"body": json_body(request_models.PrivateLinkCreateRequest, **with_extra(fields, extra))},
        _PRIVATE_LINK,
    )


def _update(
    private_link_id: str, config: Mapping[str, Any] | None, extra: Mapping[str, Any] | None
) -> Call[PrivateLink]:
    fields = with_extra({"config": json_object("config", config)}, extra, update=True)
    body = json_body(request_models.PrivateLinkUpdateRequest, **fields)
    return Call(
        modify_private_link,
        {"private_link_id": path_param("private_link_id", private_link_id), "body": body},
        _PRIVATE_LINK,
    )


class PrivateLinks(SyncResource):
    """Private links: connectivity to sources and destinations over AWS PrivateLink, Azure or GCP.

    Example:
        link = client.private_links.create(
            name="warehouse", region="AWS_US_EAST_1", service="SNOWFLAKE_AWS",
            config={"privatelink_account_url": "acme.us-east-1.privatelink.snowflakecomputing.com"},
        )
        print(link.state)
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[PrivateLink]:
        """Fetch one page of private links (``GET /v1/private-links``).

        Args:
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[PrivateLink]:
        """Iterate over all private links, fetching pages lazily (``GET /v1/private-links``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def create(
        self,
        *,
        name: str,
        region: str,
        service: str,
        config: Mapping[str, Any],
        extra: Mapping[str, Any] | None = None,
    ) -> PrivateLink:
        """Create a private link (``POST /v1/private-links``).

        Args:
            name: The link's name.
            region: Fivetran's data-processing region, e.g. ``"AWS_US_EAST_1"``.
            service: What the link reaches, e.g. ``"SNOWFLAKE_AWS"``, ``"SOURCE_AWS"``.
            config: The service's settings (keys depend on ``service``).
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: ``name`` is empty, or ``region``/``service`` is not an allowed value (nothing is sent).
        """
        return self._run(_create(name=name, region=region, service=service, config=config, extra=extra))

    def get(self, private_link_id: str) -> PrivateLink:
        """Fetch one private link (``GET /v1/private-links/{private_link_id}``).

        Raises:
            NotFoundError: no such private link.
            ValueError: ``private_link_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(private_link_id))

    def update(
        self, private_link_id: str, *, config: Mapping[str, Any], extra: Mapping[str, Any] | None = None
    ) -> PrivateLink:
        """Change a private link's config (``PATCH /v1/private-links/{private_link_id}``)."""
        return self._run(_update(private_link_id, config, extra))

    def delete(self, private_link_id: str) -> None:
        """Delete a private link (``DELETE /v1/private-links/{private_link_id}``)."""
        self._run(_delete(private_link_id))


class AsyncPrivateLinks(AsyncResource):
    """Async twin of `PrivateLinks`."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[PrivateLink]:
        """See `PrivateLinks.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[PrivateLink]:
        """See `PrivateLinks.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def create(
        self,
        *,
        name: str,
        region: str,
        service: str,
        config: Mapping[str, Any],
        extra: Mapping[str, Any] | None = None,
    ) -> PrivateLink:
        """See `PrivateLinks.create`."""
        return await self._run(_create(name=name, region=region, service=service, config=config, extra=extra))

    async def get(self, private_link_id: str) -> PrivateLink:
        """See `PrivateLinks.get`."""
        return await self._run(_get(private_link_id))

    async def update(
        self, private_link_id: str, *, config: Mapping[str, Any], extra: Mapping[str, Any] | None = None
    ) -> PrivateLink:
        """See `PrivateLinks.update`."""
        return await self._run(_update(private_link_id, config, extra))

    async def delete(self, private_link_id: str) -> None:
        """See `PrivateLinks.delete`."""
        await self._run(_delete(private_link_id))

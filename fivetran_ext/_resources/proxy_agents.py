"""Proxy agents: ``client.proxy_agents`` (`ProxyAgents`) and its async twin `AsyncProxyAgents`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, DataOrBodyOf, NoData, PageCall, PageOf, SyncResource
from ._builders import by_id, choice, json_body, pages, required_text
from ._common import with_extra

if TYPE_CHECKING:
    from .._models import ProxyAgent, ProxyAgentConnection, ProxyAgentDetails, ProxyAgentSecrets

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
create_proxy_agent = "fivetran_api.api.proxy_agent_management.create_proxy_agent"
delete_proxy_agent = "fivetran_api.api.proxy_agent_management.delete_proxy_agent"
get_proxy_agent = "fivetran_api.api.proxy_agent_management.get_proxy_agent"
get_proxy_agent_connections = "fivetran_api.api.proxy_agent_management.get_proxy_agent_connections"
get_proxy_agent_details = "fivetran_api.api.proxy_agent_management.get_proxy_agent_details"
regenerate_secrets_proxy_agent = "fivetran_api.api.proxy_agent_management.regenerate_secrets_proxy_agent"

__all__ = ["AsyncProxyAgents", "ProxyAgents"]

_SECRETS = DataOf(lambda: models.ProxyAgentSecrets)

_list = pages(get_proxy_agent, PageOf(lambda: models.ProxyAgent))
# The spec declares the details as a bare object; the API wraps them in the envelope.
_get = by_id(get_proxy_agent_details, DataOrBodyOf(lambda: models.ProxyAgentDetails), "agent_id")
_delete = by_id(delete_proxy_agent, NoData(), "agent_id")
_regenerate_secrets = by_id(regenerate_secrets_proxy_agent, _SECRETS, "agent_id")


# Call builders: validation and request shape, shared by both twins.
def _list_connections(agent_id: str) -> PageCall[ProxyAgentConnection]:
    return pages(
        get_proxy_agent_connections,
        PageOf(lambda: models.ProxyAgentConnection),
        agent_id=path_param("agent_id", agent_id),
    )


def _create(*, display_name: str, group_region: str, extra: Mapping[str, Any] | None) -> Call[ProxyAgentSecrets]:
    fields = {
        "display_name": required_text("display_name", display_name),
        "group_region": choice("group_region", group_region, request_models.ProxyParamRequestGroupRegion),
    }
    return Call(
        create_proxy_agent, {"body": json_body(request_models.ProxyParamRequest, **with_extra(fields, extra))}, _SECRETS
    )


class ProxyAgents(SyncResource):
    """Proxy agents: relays in your network through which Fivetran reaches private sources.

    ``create`` and ``regenerate_secrets`` return the agent's token and client certificate once; store them.

    Example:
        secrets = client.proxy_agents.create(display_name="dc-east", group_region="AWS_US_EAST_1")
        print(secrets.agent_id, secrets.auth_token)
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[ProxyAgent]:
        """Fetch one page of proxy agents (``GET /v1/proxy``).

        Args:
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[ProxyAgent]:
        """Iterate over all proxy agents, fetching pages lazily (``GET /v1/proxy``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def create(
        self, *, display_name: str, group_region: str, extra: Mapping[str, Any] | None = None
    ) -> ProxyAgentSecrets:
        """Register a proxy agent (``POST /v1/proxy``).

        Args:
            display_name: The agent's name.
            group_region: The data-processing region of the groups it serves, e.g. ``"AWS_US_EAST_1"``.
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: ``display_name`` is empty or ``group_region`` is not an allowed value (nothing is sent).
        """
        return self._run(_create(display_name=display_name, group_region=group_region, extra=extra))

    def get(self, agent_id: str) -> ProxyAgentDetails:
        """Fetch one proxy agent with the connections using it (``GET /v1/proxy/{agent_id}``).

        Raises:
            NotFoundError: no such proxy agent.
            ValueError: ``agent_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(agent_id))

    def delete(self, agent_id: str) -> None:
        """Delete a proxy agent (``DELETE /v1/proxy/{agent_id}``)."""
        self._run(_delete(agent_id))

    def list_connections(
        self, agent_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[ProxyAgentConnection]:
        """Fetch one page of the connections using a proxy agent (``GET /v1/proxy/{agent_id}/connections``)."""
        return self._run(_list_connections(agent_id)(limit, cursor))

    def stream_connections(
        self, agent_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[ProxyAgentConnection]:
        """Iterate over all connections using a proxy agent (``GET /v1/proxy/{agent_id}/connections``)."""
        return self._stream(_list_connections(agent_id), limit=limit, cursor=cursor, max_items=max_items)

    def regenerate_secrets(self, agent_id: str) -> ProxyAgentSecrets:
        """Issue a new token and client certificate (``POST /v1/proxy/{agent_id}/regenerate-secrets``).

        Not retried once it may have reached the API: each call invalidates the previous secrets.
        """
        return self._run(_regenerate_secrets(agent_id))


class AsyncProxyAgents(AsyncResource):
    """Async twin of `ProxyAgents`."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[ProxyAgent]:
        """See `ProxyAgents.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[ProxyAgent]:
        """See `ProxyAgents.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def create(
        self, *, display_name: str, group_region: str, extra: Mapping[str, Any] | None = None
    ) -> ProxyAgentSecrets:
        """See `ProxyAgents.create`."""
        return await self._run(_create(display_name=display_name, group_region=group_region, extra=extra))

    async def get(self, agent_id: str) -> ProxyAgentDetails:
        """See `ProxyAgents.get`."""
        return await self._run(_get(agent_id))

    async def delete(self, agent_id: str) -> None:
        """See `ProxyAgents.delete`."""
        await self._run(_delete(agent_id))

    async def list_connections(
        self, agent_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[ProxyAgentConnection]:
        """See `ProxyAgents.list_connections`."""
        return await self._run(_list_connections(agent_id)(limit, cursor))

    def stream_connections(
        self, agent_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[ProxyAgentConnection]:
        """See `ProxyAgents.stream_connections`."""
        return self._stream(_list_connections(agent_id), limit=limit, cursor=cursor, max_items=max_items)

    async def regenerate_secrets(self, agent_id: str) -> ProxyAgentSecrets:
        """See `ProxyAgents.regenerate_secrets`."""
        return await self._run(_regenerate_secrets(agent_id))

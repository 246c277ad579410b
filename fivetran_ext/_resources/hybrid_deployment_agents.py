"""Hybrid deployment agents: ``client.hybrid_deployment_agents`` and its async twin."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, NoData, PageCall, PageOf, SyncResource
from ._builders import by_id, choice, json_body, optional_text, pages, present, required_text
from ._common import with_extra

if TYPE_CHECKING:
    from .._models import HybridDeploymentAgent, HybridDeploymentAgentCredentials

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
create_hybrid_deployment_agent = "fivetran_api.api.hybrid_deployment_agent_management.create_hybrid_deployment_agent"
delete_hybrid_deployment_agent = "fivetran_api.api.hybrid_deployment_agent_management.delete_hybrid_deployment_agent"
get_hybrid_deployment_agent = "fivetran_api.api.hybrid_deployment_agent_management.get_hybrid_deployment_agent"
get_hybrid_deployment_agent_list = (
    "fivetran_api.api.hybrid_deployment_agent_management.get_hybrid_deployment_agent_list"
)
re_auth_hybrid_deployment_agent = "fivetran_api.api.hybrid_deployment_agent_management.re_auth_hybrid_deployment_agent"
reset_hybrid_deployment_agent_credentials = (
    "fivetran_api.api.hybrid_deployment_agent_management.reset_hybrid_deployment_agent_credentials"
)

__all__ = ["AsyncHybridDeploymentAgents", "HybridDeploymentAgents"]

_AGENT = DataOf(lambda: models.HybridDeploymentAgent)
_CREDENTIALS = DataOf(lambda: models.HybridDeploymentAgentCredentials)
_NO_DATA = NoData()

_get = by_id(get_hybrid_deployment_agent, _AGENT, "agent_id")
_delete = by_id(delete_hybrid_deployment_agent, _NO_DATA, "agent_id")
_reset_credentials = by_id(reset_hybrid_deployment_agent_credentials, _NO_DATA, "agent_id")


# Call builders: validation and request shape, shared by both twins.
def _list(group_id: str | None) -> PageCall[HybridDeploymentAgent]:
    return pages(
        get_hybrid_deployment_agent_list,
        PageOf(lambda: models.HybridDeploymentAgent),
        **present(group_id=optional_text("group_id", group_id)),
    )


def _create(
    *,
    display_name: str,
    env_type: str,
    accept_terms: bool,
    group_id: str | None,
    auth_type: str | None,
    extra: Mapping[str, Any] | None,
) -> Call[HybridDeploymentAgentCredentials]:
    # The API refuses an agent whose terms are not accepted; saying so here costs no request.
    if accept_terms is not True:
        raise ValueError("accept_terms must be True: Fivetran requires accepting the hybrid deployment terms")
    fields = {
        "display_name": required_text("display_name", display_name),
        "env_type": choice("env_type", env_type, request_models.HybridDeploymentAgentCreateRequestEnvType),
        "accept_terms": True,
        "group_id": optional_text("group_id", group_id),
        "auth_type": choice("auth_type", auth_type, request_models.HybridDeploymentAgentCreateRequestAuthType),
    }
    body = json_body(request_models.HybridDeploymentAgentCreateRequest, **with_extra(fields, extra))
    return Call(create_hybrid_deployment_agent, {"body": body}, _CREDENTIALS)


def _re_auth(agent_id: str, auth_type: str | None) -> Call[HybridDeploymentAgentCredentials]:
    body = json_body(
        request_models.HybridDeploymentAgentReAuthRequest,
        auth_type=choice("auth_type", auth_type, request_models.HybridDeploymentAgentReAuthRequestAuthType),
    )
    return Call(
        re_auth_hybrid_deployment_agent, {"agent_id": path_param("agent_id", agent_id), "body": body}, _CREDENTIALS
    )


class HybridDeploymentAgents(SyncResource):
    """Hybrid deployment agents: Fivetran's data plane running in your own environment.

    ``create`` and ``re_auth`` return the agent's token and install files once; store them.

    Example:
        agent = client.hybrid_deployment_agents.create(
            display_name="on-prem-1", env_type="DOCKER", accept_terms=True, group_id="projected_sickle"
        )
        print(agent.token)
    """

    __slots__ = ()

    def list(
        self, *, group_id: str | None = None, limit: int | None = None, cursor: str | None = None
    ) -> Page[HybridDeploymentAgent]:
        """Fetch one page of hybrid deployment agents (``GET /v1/hybrid-deployment-agents``).

        Args:
            group_id: Only the agents of this group.
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: an argument is invalid (nothing is sent).
        """
        return self._run(_list(group_id)(limit, cursor))

    def stream(
        self,
        *,
        group_id: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Iterator[HybridDeploymentAgent]:
        """Iterate over all hybrid deployment agents, fetching pages lazily (``GET /v1/hybrid-deployment-agents``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list(group_id), limit=limit, cursor=cursor, max_items=max_items)

    def create(
        self,
        *,
        display_name: str,
        env_type: str,
        accept_terms: bool,
        group_id: str | None = None,
        auth_type: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> HybridDeploymentAgentCredentials:
        """Register a hybrid deployment agent (``POST /v1/hybrid-deployment-agents``).

        Args:
            display_name: The agent's name.
            env_type: ``"DOCKER"``, ``"KUBERNETES"``, ``"PODMAN"`` or ``"SNOWPARK"``.
            accept_terms: Must be True: the agent's terms of use are accepted.
            group_id: The group the agent serves.
            auth_type: ``"AUTO"`` or ``"MANUAL"``.
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: a field is empty or not an allowed value, or ``accept_terms`` is not True (nothing is sent).
        """
        return self._run(
            _create(
                display_name=display_name,
                env_type=env_type,
                accept_terms=accept_terms,
                group_id=group_id,
                auth_type=auth_type,
                extra=extra,
            )
        )

    def get(self, agent_id: str) -> HybridDeploymentAgent:
        """Fetch one hybrid deployment agent (``GET /v1/hybrid-deployment-agents/{agent_id}``).

        Raises:
            NotFoundError: no such agent.
            ValueError: ``agent_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(agent_id))

    def delete(self, agent_id: str) -> None:
        """Delete a hybrid deployment agent (``DELETE /v1/hybrid-deployment-agents/{agent_id}``)."""
        self._run(_delete(agent_id))

    def re_auth(self, agent_id: str, *, auth_type: str | None = None) -> HybridDeploymentAgentCredentials:
        """Issue a new token and install files for an agent (``PATCH /v1/hybrid-deployment-agents/{agent_id}/re-auth``).

        Not retried once it may have reached the API: each call invalidates the previous token.
        """
        return self._run(_re_auth(agent_id, auth_type))

    def reset_credentials(self, agent_id: str) -> None:
        """Reset an agent's credentials (``POST /v1/hybrid-deployment-agents/{agent_id}/reset-credentials``).

        Not retried once it may have reached the API: each call invalidates the previous credentials.
        """
        self._run(_reset_credentials(agent_id))


class AsyncHybridDeploymentAgents(AsyncResource):
    """Async twin of `HybridDeploymentAgents`."""

    __slots__ = ()

    async def list(
        self, *, group_id: str | None = None, limit: int | None = None, cursor: str | None = None
    ) -> Page[HybridDeploymentAgent]:
        """See `HybridDeploymentAgents.list`."""
        return await self._run(_list(group_id)(limit, cursor))

    def stream(
        self,
        *,
        group_id: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[HybridDeploymentAgent]:
        """See `HybridDeploymentAgents.stream`."""
        return self._stream(_list(group_id), limit=limit, cursor=cursor, max_items=max_items)

    async def create(
        self,
        *,
        display_name: str,
        env_type: str,
        accept_terms: bool,
        group_id: str | None = None,
        auth_type: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> HybridDeploymentAgentCredentials:
        """See `HybridDeploymentAgents.create`."""
        return await self._run(
            _create(
                display_name=display_name,
                env_type=env_type,
                accept_terms=accept_terms,
                group_id=group_id,
                auth_type=auth_type,
                extra=extra,
            )
        )

    async def get(self, agent_id: str) -> HybridDeploymentAgent:
        """See `HybridDeploymentAgents.get`."""
        return await self._run(_get(agent_id))

    async def delete(self, agent_id: str) -> None:
        """See `HybridDeploymentAgents.delete`."""
        await self._run(_delete(agent_id))

    async def re_auth(self, agent_id: str, *, auth_type: str | None = None) -> HybridDeploymentAgentCredentials:
        """See `HybridDeploymentAgents.re_auth`."""
        return await self._run(_re_auth(agent_id, auth_type))

    async def reset_credentials(self, agent_id: str) -> None:
        """See `HybridDeploymentAgents.reset_credentials`."""
        await self._run(_reset_credentials(agent_id))

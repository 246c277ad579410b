from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_hybrid_deployment_agent_response import GetHybridDeploymentAgentResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    agent_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/hybrid-deployment-agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetHybridDeploymentAgentResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = GetHybridDeploymentAgentResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetHybridDeploymentAgentResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[GetHybridDeploymentAgentResponse]:
    """Returns Hybrid Deployment Agent Details

     Returns Hybrid Deployment Agent Details.

    Args:
        agent_id (str):  Example: agentId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetHybridDeploymentAgentResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> GetHybridDeploymentAgentResponse | None:
    """Returns Hybrid Deployment Agent Details

     Returns Hybrid Deployment Agent Details.

    Args:
        agent_id (str):  Example: agentId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetHybridDeploymentAgentResponse
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[GetHybridDeploymentAgentResponse]:
    """Returns Hybrid Deployment Agent Details

     Returns Hybrid Deployment Agent Details.

    Args:
        agent_id (str):  Example: agentId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetHybridDeploymentAgentResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> GetHybridDeploymentAgentResponse | None:
    """Returns Hybrid Deployment Agent Details

     Returns Hybrid Deployment Agent Details.

    Args:
        agent_id (str):  Example: agentId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetHybridDeploymentAgentResponse
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            accept=accept,
        )
    ).parsed

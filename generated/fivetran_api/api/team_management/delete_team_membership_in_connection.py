from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_team_membership_in_connection_response import DeleteTeamMembershipInConnectionResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    team_id: str,
    connection_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/teams/{team_id}/connections/{connection_id}".format(
            team_id=quote(str(team_id), safe="").replace(".", "%2E"),
            connection_id=quote(str(connection_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteTeamMembershipInConnectionResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = DeleteTeamMembershipInConnectionResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteTeamMembershipInConnectionResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteTeamMembershipInConnectionResponse]:
    """Delete Connection Membership

     Removes team membership in a connection.

    Args:
        team_id (str):  Example: teamId.
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTeamMembershipInConnectionResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        connection_id=connection_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteTeamMembershipInConnectionResponse | None:
    """Delete Connection Membership

     Removes team membership in a connection.

    Args:
        team_id (str):  Example: teamId.
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTeamMembershipInConnectionResponse
    """

    return sync_detailed(
        team_id=team_id,
        connection_id=connection_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteTeamMembershipInConnectionResponse]:
    """Delete Connection Membership

     Removes team membership in a connection.

    Args:
        team_id (str):  Example: teamId.
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTeamMembershipInConnectionResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        connection_id=connection_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteTeamMembershipInConnectionResponse | None:
    """Delete Connection Membership

     Removes team membership in a connection.

    Args:
        team_id (str):  Example: teamId.
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTeamMembershipInConnectionResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            connection_id=connection_id,
            client=client,
            accept=accept,
        )
    ).parsed

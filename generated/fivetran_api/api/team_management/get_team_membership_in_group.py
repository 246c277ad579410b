from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_team_membership_in_group_response import GetTeamMembershipInGroupResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    team_id: str,
    group_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/teams/{team_id}/groups/{group_id}".format(
            team_id=quote(str(team_id), safe="").replace(".", "%2E"),
            group_id=quote(str(group_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTeamMembershipInGroupResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = GetTeamMembershipInGroupResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTeamMembershipInGroupResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[GetTeamMembershipInGroupResponse]:
    """Retrieve Group Membership Details

     Returns details of a team membership in a group.

    Args:
        team_id (str):  Example: teamId.
        group_id (str):  Example: groupId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTeamMembershipInGroupResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        group_id=group_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> GetTeamMembershipInGroupResponse | None:
    """Retrieve Group Membership Details

     Returns details of a team membership in a group.

    Args:
        team_id (str):  Example: teamId.
        group_id (str):  Example: groupId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTeamMembershipInGroupResponse
    """

    return sync_detailed(
        team_id=team_id,
        group_id=group_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[GetTeamMembershipInGroupResponse]:
    """Retrieve Group Membership Details

     Returns details of a team membership in a group.

    Args:
        team_id (str):  Example: teamId.
        group_id (str):  Example: groupId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTeamMembershipInGroupResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        group_id=group_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> GetTeamMembershipInGroupResponse | None:
    """Retrieve Group Membership Details

     Returns details of a team membership in a group.

    Args:
        team_id (str):  Example: teamId.
        group_id (str):  Example: groupId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTeamMembershipInGroupResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            group_id=group_id,
            client=client,
            accept=accept,
        )
    ).parsed

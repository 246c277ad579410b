from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_user_to_team_response import AddUserToTeamResponse
from ...models.team_membership_request import TeamMembershipRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    team_id: str,
    *,
    body: TeamMembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/teams/{team_id}/users".format(
            team_id=quote(str(team_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddUserToTeamResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = AddUserToTeamResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddUserToTeamResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamMembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[AddUserToTeamResponse]:
    """Add a User to the Team

     Assigns a role for a user in a team.

    Args:
        team_id (str):  Example: teamId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TeamMembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserToTeamResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamMembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> AddUserToTeamResponse | None:
    """Add a User to the Team

     Assigns a role for a user in a team.

    Args:
        team_id (str):  Example: teamId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TeamMembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserToTeamResponse
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamMembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[AddUserToTeamResponse]:
    """Add a User to the Team

     Assigns a role for a user in a team.

    Args:
        team_id (str):  Example: teamId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TeamMembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserToTeamResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamMembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> AddUserToTeamResponse | None:
    """Add a User to the Team

     Assigns a role for a user in a team.

    Args:
        team_id (str):  Example: teamId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TeamMembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserToTeamResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

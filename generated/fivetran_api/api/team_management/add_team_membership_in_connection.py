from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_team_membership_in_connection_response import AddTeamMembershipInConnectionResponse
from ...models.membership_request import MembershipRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    team_id: str,
    *,
    body: MembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/teams/{team_id}/connections".format(
            team_id=quote(str(team_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddTeamMembershipInConnectionResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = AddTeamMembershipInConnectionResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddTeamMembershipInConnectionResponse]:
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
    body: MembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[AddTeamMembershipInConnectionResponse]:
    """Add Connection Membership

     Adds a team as a member of a connection.

    Args:
        team_id (str):  Example: teamId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (MembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTeamMembershipInConnectionResponse]
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
    body: MembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> AddTeamMembershipInConnectionResponse | None:
    """Add Connection Membership

     Adds a team as a member of a connection.

    Args:
        team_id (str):  Example: teamId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (MembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTeamMembershipInConnectionResponse
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
    body: MembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[AddTeamMembershipInConnectionResponse]:
    """Add Connection Membership

     Adds a team as a member of a connection.

    Args:
        team_id (str):  Example: teamId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (MembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTeamMembershipInConnectionResponse]
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
    body: MembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> AddTeamMembershipInConnectionResponse | None:
    """Add Connection Membership

     Adds a team as a member of a connection.

    Args:
        team_id (str):  Example: teamId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (MembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTeamMembershipInConnectionResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

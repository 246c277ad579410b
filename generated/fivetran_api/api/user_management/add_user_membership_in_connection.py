from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_user_membership_in_connection_response import AddUserMembershipInConnectionResponse
from ...models.membership_request_add_user_membership_in_connection import (
    MembershipRequestAddUserMembershipInConnection,
)
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    user_id: str,
    *,
    body: MembershipRequestAddUserMembershipInConnection | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/users/{user_id}/connections".format(
            user_id=quote(str(user_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddUserMembershipInConnectionResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = AddUserMembershipInConnectionResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddUserMembershipInConnectionResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembershipRequestAddUserMembershipInConnection | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[AddUserMembershipInConnectionResponse]:
    """Add a Connection Membership

     Adds a connection membership

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (MembershipRequestAddUserMembershipInConnection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserMembershipInConnectionResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembershipRequestAddUserMembershipInConnection | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> AddUserMembershipInConnectionResponse | None:
    """Add a Connection Membership

     Adds a connection membership

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (MembershipRequestAddUserMembershipInConnection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserMembershipInConnectionResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembershipRequestAddUserMembershipInConnection | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[AddUserMembershipInConnectionResponse]:
    """Add a Connection Membership

     Adds a connection membership

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (MembershipRequestAddUserMembershipInConnection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserMembershipInConnectionResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MembershipRequestAddUserMembershipInConnection | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> AddUserMembershipInConnectionResponse | None:
    """Add a Connection Membership

     Adds a connection membership

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (MembershipRequestAddUserMembershipInConnection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserMembershipInConnectionResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_user_membership_in_group_response import AddUserMembershipInGroupResponse
from ...models.group_membership_request import GroupMembershipRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    user_id: str,
    *,
    body: GroupMembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/users/{user_id}/groups".format(
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
) -> AddUserMembershipInGroupResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = AddUserMembershipInGroupResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddUserMembershipInGroupResponse]:
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
    body: GroupMembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[AddUserMembershipInGroupResponse]:
    """Add Group Membership

     Adds a user membership in a group.

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (GroupMembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserMembershipInGroupResponse]
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
    body: GroupMembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> AddUserMembershipInGroupResponse | None:
    """Add Group Membership

     Adds a user membership in a group.

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (GroupMembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserMembershipInGroupResponse
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
    body: GroupMembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[AddUserMembershipInGroupResponse]:
    """Add Group Membership

     Adds a user membership in a group.

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (GroupMembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserMembershipInGroupResponse]
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
    body: GroupMembershipRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> AddUserMembershipInGroupResponse | None:
    """Add Group Membership

     Adds a user membership in a group.

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (GroupMembershipRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserMembershipInGroupResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

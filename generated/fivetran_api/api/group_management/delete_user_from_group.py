from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_user_from_group_response import DeleteUserFromGroupResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    group_id: str,
    user_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/groups/{group_id}/users/{user_id}".format(
            group_id=quote(str(group_id), safe="").replace(".", "%2E"),
            user_id=quote(str(user_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteUserFromGroupResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = DeleteUserFromGroupResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteUserFromGroupResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteUserFromGroupResponse]:
    """Remove a User from a Group

     Removes an existing user from a group in your Fivetran account.

    Args:
        group_id (str):  Example: groupId.
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteUserFromGroupResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        user_id=user_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteUserFromGroupResponse | None:
    """Remove a User from a Group

     Removes an existing user from a group in your Fivetran account.

    Args:
        group_id (str):  Example: groupId.
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteUserFromGroupResponse
    """

    return sync_detailed(
        group_id=group_id,
        user_id=user_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteUserFromGroupResponse]:
    """Remove a User from a Group

     Removes an existing user from a group in your Fivetran account.

    Args:
        group_id (str):  Example: groupId.
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteUserFromGroupResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        user_id=user_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteUserFromGroupResponse | None:
    """Remove a User from a Group

     Removes an existing user from a group in your Fivetran account.

    Args:
        group_id (str):  Example: groupId.
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteUserFromGroupResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            user_id=user_id,
            client=client,
            accept=accept,
        )
    ).parsed

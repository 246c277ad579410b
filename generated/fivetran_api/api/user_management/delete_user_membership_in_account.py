from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_user_membership_in_account_response import DeleteUserMembershipInAccountResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    user_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/users/{user_id}/role".format(
            user_id=quote(str(user_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteUserMembershipInAccountResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = DeleteUserMembershipInAccountResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteUserMembershipInAccountResponse]:
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
    accept: str | Unset = "application/json",
) -> Response[DeleteUserMembershipInAccountResponse]:
    """Delete Account Role

     Removes a user's role from an account, but the user remains a member of the account.

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteUserMembershipInAccountResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
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
    accept: str | Unset = "application/json",
) -> DeleteUserMembershipInAccountResponse | None:
    """Delete Account Role

     Removes a user's role from an account, but the user remains a member of the account.

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteUserMembershipInAccountResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteUserMembershipInAccountResponse]:
    """Delete Account Role

     Removes a user's role from an account, but the user remains a member of the account.

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteUserMembershipInAccountResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteUserMembershipInAccountResponse | None:
    """Delete Account Role

     Removes a user's role from an account, but the user remains a member of the account.

    Args:
        user_id (str):  Example: userId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteUserMembershipInAccountResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            accept=accept,
        )
    ).parsed

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_system_key_request import UpdateSystemKeyRequest
from ...models.update_system_key_response import UpdateSystemKeyResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    key_id: str,
    *,
    body: UpdateSystemKeyRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/system-keys/{key_id}".format(
            key_id=quote(str(key_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateSystemKeyResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = UpdateSystemKeyResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateSystemKeyResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSystemKeyRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[UpdateSystemKeyResponse]:
    """Update a System Key

     Updates an existing system key within your Fivetran account.

    Args:
        key_id (str):  Example: keyId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateSystemKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateSystemKeyResponse]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSystemKeyRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> UpdateSystemKeyResponse | None:
    """Update a System Key

     Updates an existing system key within your Fivetran account.

    Args:
        key_id (str):  Example: keyId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateSystemKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateSystemKeyResponse
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSystemKeyRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[UpdateSystemKeyResponse]:
    """Update a System Key

     Updates an existing system key within your Fivetran account.

    Args:
        key_id (str):  Example: keyId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateSystemKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateSystemKeyResponse]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateSystemKeyRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> UpdateSystemKeyResponse | None:
    """Update a System Key

     Updates an existing system key within your Fivetran account.

    Args:
        key_id (str):  Example: keyId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateSystemKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateSystemKeyResponse
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

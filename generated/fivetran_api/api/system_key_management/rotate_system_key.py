from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rotate_system_key_request import RotateSystemKeyRequest
from ...models.rotate_system_key_response import RotateSystemKeyResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    key_id: str,
    *,
    body: RotateSystemKeyRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/system-keys/{key_id}/rotate".format(
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
) -> RotateSystemKeyResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = RotateSystemKeyResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RotateSystemKeyResponse]:
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
    body: RotateSystemKeyRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[RotateSystemKeyResponse]:
    """Rotate a System Key

     Updates the secret value and expired_at date for an existing system key within your Fivetran
    account.

    Args:
        key_id (str):  Example: keyId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (RotateSystemKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RotateSystemKeyResponse]
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
    body: RotateSystemKeyRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> RotateSystemKeyResponse | None:
    """Rotate a System Key

     Updates the secret value and expired_at date for an existing system key within your Fivetran
    account.

    Args:
        key_id (str):  Example: keyId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (RotateSystemKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RotateSystemKeyResponse
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
    body: RotateSystemKeyRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[RotateSystemKeyResponse]:
    """Rotate a System Key

     Updates the secret value and expired_at date for an existing system key within your Fivetran
    account.

    Args:
        key_id (str):  Example: keyId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (RotateSystemKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RotateSystemKeyResponse]
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
    body: RotateSystemKeyRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> RotateSystemKeyResponse | None:
    """Rotate a System Key

     Updates the secret value and expired_at date for an existing system key within your Fivetran
    account.

    Args:
        key_id (str):  Example: keyId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (RotateSystemKeyRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RotateSystemKeyResponse
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

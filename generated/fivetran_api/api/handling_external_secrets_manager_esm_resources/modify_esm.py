from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.modify_esm_response import ModifyEsmResponse
from ...models.secrets_manager_update_request import SecretsManagerUpdateRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    esm_id: str,
    *,
    body: SecretsManagerUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/external-secrets-managers/{esm_id}".format(
            esm_id=quote(str(esm_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ModifyEsmResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ModifyEsmResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ModifyEsmResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    esm_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecretsManagerUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ModifyEsmResponse]:
    """Update an External Secrets Manager

     Updates the configuration of an existing External Secrets Manager instance.

    Args:
        esm_id (str):  Example: lucky_tiger.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (SecretsManagerUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyEsmResponse]
    """

    kwargs = _get_kwargs(
        esm_id=esm_id,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    esm_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecretsManagerUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ModifyEsmResponse | None:
    """Update an External Secrets Manager

     Updates the configuration of an existing External Secrets Manager instance.

    Args:
        esm_id (str):  Example: lucky_tiger.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (SecretsManagerUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyEsmResponse
    """

    return sync_detailed(
        esm_id=esm_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    esm_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecretsManagerUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ModifyEsmResponse]:
    """Update an External Secrets Manager

     Updates the configuration of an existing External Secrets Manager instance.

    Args:
        esm_id (str):  Example: lucky_tiger.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (SecretsManagerUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyEsmResponse]
    """

    kwargs = _get_kwargs(
        esm_id=esm_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    esm_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecretsManagerUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ModifyEsmResponse | None:
    """Update an External Secrets Manager

     Updates the configuration of an existing External Secrets Manager instance.

    Args:
        esm_id (str):  Example: lucky_tiger.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (SecretsManagerUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyEsmResponse
    """

    return (
        await asyncio_detailed(
            esm_id=esm_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_esm_entities_response import GetEsmEntitiesResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    esm_id: str,
    *,
    type_: str | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/external-secrets-managers/{esm_id}/entities".format(
            esm_id=quote(str(esm_id), safe="").replace(".", "%2E"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetEsmEntitiesResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = GetEsmEntitiesResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetEsmEntitiesResponse]:
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
    type_: str | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[GetEsmEntitiesResponse]:
    """List Entities Using an External Secrets Manager

     Returns a list of source connections and destinations that are using a specific External Secrets
    Manager.

    Args:
        esm_id (str):  Example: lucky_tiger.
        type_ (str | Unset):  Example: source.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEsmEntitiesResponse]
    """

    kwargs = _get_kwargs(
        esm_id=esm_id,
        type_=type_,
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
    type_: str | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> GetEsmEntitiesResponse | None:
    """List Entities Using an External Secrets Manager

     Returns a list of source connections and destinations that are using a specific External Secrets
    Manager.

    Args:
        esm_id (str):  Example: lucky_tiger.
        type_ (str | Unset):  Example: source.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEsmEntitiesResponse
    """

    return sync_detailed(
        esm_id=esm_id,
        client=client,
        type_=type_,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    esm_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[GetEsmEntitiesResponse]:
    """List Entities Using an External Secrets Manager

     Returns a list of source connections and destinations that are using a specific External Secrets
    Manager.

    Args:
        esm_id (str):  Example: lucky_tiger.
        type_ (str | Unset):  Example: source.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEsmEntitiesResponse]
    """

    kwargs = _get_kwargs(
        esm_id=esm_id,
        type_=type_,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    esm_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> GetEsmEntitiesResponse | None:
    """List Entities Using an External Secrets Manager

     Returns a list of source connections and destinations that are using a specific External Secrets
    Manager.

    Args:
        esm_id (str):  Example: lucky_tiger.
        type_ (str | Unset):  Example: source.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEsmEntitiesResponse
    """

    return (
        await asyncio_detailed(
            esm_id=esm_id,
            client=client,
            type_=type_,
            accept=accept,
        )
    ).parsed

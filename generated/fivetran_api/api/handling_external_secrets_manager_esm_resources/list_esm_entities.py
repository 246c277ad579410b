from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_esm_entities_response import ListEsmEntitiesResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    esm_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["esm_id"] = esm_id

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/external-secrets-managers-entities",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListEsmEntitiesResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ListEsmEntitiesResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListEsmEntitiesResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    esm_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ListEsmEntitiesResponse]:
    """List All Entities Using External Secrets Managers

     Returns a list of all source connections and destinations that are using any External Secrets
    Manager within your Fivetran account.

    Args:
        esm_id (str | Unset):  Example: lucky_tiger.
        type_ (str | Unset):  Example: source.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListEsmEntitiesResponse]
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
    *,
    client: AuthenticatedClient | Client,
    esm_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ListEsmEntitiesResponse | None:
    """List All Entities Using External Secrets Managers

     Returns a list of all source connections and destinations that are using any External Secrets
    Manager within your Fivetran account.

    Args:
        esm_id (str | Unset):  Example: lucky_tiger.
        type_ (str | Unset):  Example: source.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListEsmEntitiesResponse
    """

    return sync_detailed(
        client=client,
        esm_id=esm_id,
        type_=type_,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    esm_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ListEsmEntitiesResponse]:
    """List All Entities Using External Secrets Managers

     Returns a list of all source connections and destinations that are using any External Secrets
    Manager within your Fivetran account.

    Args:
        esm_id (str | Unset):  Example: lucky_tiger.
        type_ (str | Unset):  Example: source.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListEsmEntitiesResponse]
    """

    kwargs = _get_kwargs(
        esm_id=esm_id,
        type_=type_,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    esm_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ListEsmEntitiesResponse | None:
    """List All Entities Using External Secrets Managers

     Returns a list of all source connections and destinations that are using any External Secrets
    Manager within your Fivetran account.

    Args:
        esm_id (str | Unset):  Example: lucky_tiger.
        type_ (str | Unset):  Example: source.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListEsmEntitiesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            esm_id=esm_id,
            type_=type_,
            accept=accept,
        )
    ).parsed

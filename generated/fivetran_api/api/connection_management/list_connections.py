from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_connections_response import ListConnectionsResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    group_id: str | Unset = UNSET,
    schema: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["group_id"] = group_id

    params["schema"] = schema

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/connections",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListConnectionsResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ListConnectionsResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListConnectionsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_id: str | Unset = UNSET,
    schema: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[ListConnectionsResponse]:
    """List All Connections

     Returns a list of all accessible connections within your Fivetran account.

    Args:
        group_id (str | Unset):  Example: group_id.
        schema (str | Unset):  Example: schema.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListConnectionsResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        schema=schema,
        cursor=cursor,
        limit=limit,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    group_id: str | Unset = UNSET,
    schema: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> ListConnectionsResponse | None:
    """List All Connections

     Returns a list of all accessible connections within your Fivetran account.

    Args:
        group_id (str | Unset):  Example: group_id.
        schema (str | Unset):  Example: schema.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListConnectionsResponse
    """

    return sync_detailed(
        client=client,
        group_id=group_id,
        schema=schema,
        cursor=cursor,
        limit=limit,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group_id: str | Unset = UNSET,
    schema: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[ListConnectionsResponse]:
    """List All Connections

     Returns a list of all accessible connections within your Fivetran account.

    Args:
        group_id (str | Unset):  Example: group_id.
        schema (str | Unset):  Example: schema.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListConnectionsResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        schema=schema,
        cursor=cursor,
        limit=limit,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group_id: str | Unset = UNSET,
    schema: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> ListConnectionsResponse | None:
    """List All Connections

     Returns a list of all accessible connections within your Fivetran account.

    Args:
        group_id (str | Unset):  Example: group_id.
        schema (str | Unset):  Example: schema.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListConnectionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            group_id=group_id,
            schema=schema,
            cursor=cursor,
            limit=limit,
            accept=accept,
        )
    ).parsed

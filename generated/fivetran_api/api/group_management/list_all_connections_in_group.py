from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_all_connections_in_group_response import ListAllConnectionsInGroupResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    group_id: str,
    *,
    schema: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["schema"] = schema

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/groups/{group_id}/connections".format(
            group_id=quote(str(group_id), safe="").replace(".", "%2E"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAllConnectionsInGroupResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ListAllConnectionsInGroupResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAllConnectionsInGroupResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    schema: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ListAllConnectionsInGroupResponse]:
    """List All Connections within a Group

     Returns a list of information about all connections within a group in your Fivetran account.

    Args:
        group_id (str):  Example: groupId.
        schema (str | Unset):  Example: schema_name.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAllConnectionsInGroupResponse]
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
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    schema: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ListAllConnectionsInGroupResponse | None:
    """List All Connections within a Group

     Returns a list of information about all connections within a group in your Fivetran account.

    Args:
        group_id (str):  Example: groupId.
        schema (str | Unset):  Example: schema_name.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAllConnectionsInGroupResponse
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        schema=schema,
        cursor=cursor,
        limit=limit,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    schema: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ListAllConnectionsInGroupResponse]:
    """List All Connections within a Group

     Returns a list of information about all connections within a group in your Fivetran account.

    Args:
        group_id (str):  Example: groupId.
        schema (str | Unset):  Example: schema_name.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAllConnectionsInGroupResponse]
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
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    schema: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ListAllConnectionsInGroupResponse | None:
    """List All Connections within a Group

     Returns a list of information about all connections within a group in your Fivetran account.

    Args:
        group_id (str):  Example: groupId.
        schema (str | Unset):  Example: schema_name.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAllConnectionsInGroupResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            schema=schema,
            cursor=cursor,
            limit=limit,
            accept=accept,
        )
    ).parsed

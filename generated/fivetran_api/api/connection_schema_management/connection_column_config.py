from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_column_config_response import ConnectionColumnConfigResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    schema: str,
    table: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/connections/{connection_id}/schemas/{schema}/tables/{table}/columns".format(
            connection_id=quote(str(connection_id), safe="").replace(".", "%2E"),
            schema=quote(str(schema), safe="").replace(".", "%2E"),
            table=quote(str(table), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionColumnConfigResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ConnectionColumnConfigResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConnectionColumnConfigResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connection_id: str,
    schema: str,
    table: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[ConnectionColumnConfigResponse]:
    """Retrieve Source Table Columns Config

     Returns the real-time column list for one source table by querying the source. The response includes
    the current enabled and hashed flags, and the patchable fields.

    > NOTE: This endpoint works only for an existing connection that is in a 'Connected' state.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema (str):  Example: schema.
        table (str):  Example: table.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionColumnConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        schema=schema,
        table=table,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    schema: str,
    table: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> ConnectionColumnConfigResponse | None:
    """Retrieve Source Table Columns Config

     Returns the real-time column list for one source table by querying the source. The response includes
    the current enabled and hashed flags, and the patchable fields.

    > NOTE: This endpoint works only for an existing connection that is in a 'Connected' state.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema (str):  Example: schema.
        table (str):  Example: table.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionColumnConfigResponse
    """

    return sync_detailed(
        connection_id=connection_id,
        schema=schema,
        table=table,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    schema: str,
    table: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[ConnectionColumnConfigResponse]:
    """Retrieve Source Table Columns Config

     Returns the real-time column list for one source table by querying the source. The response includes
    the current enabled and hashed flags, and the patchable fields.

    > NOTE: This endpoint works only for an existing connection that is in a 'Connected' state.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema (str):  Example: schema.
        table (str):  Example: table.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionColumnConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        schema=schema,
        table=table,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    schema: str,
    table: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> ConnectionColumnConfigResponse | None:
    """Retrieve Source Table Columns Config

     Returns the real-time column list for one source table by querying the source. The response includes
    the current enabled and hashed flags, and the patchable fields.

    > NOTE: This endpoint works only for an existing connection that is in a 'Connected' state.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema (str):  Example: schema.
        table (str):  Example: table.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionColumnConfigResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            schema=schema,
            table=table,
            client=client,
            accept=accept,
        )
    ).parsed

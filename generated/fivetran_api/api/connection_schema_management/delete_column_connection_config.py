from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_column_connection_config_response import DeleteColumnConnectionConfigResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    schema_name: str,
    table_name: str,
    column_name: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/connections/{connection_id}/schemas/{schema_name}/tables/{table_name}/columns/{column_name}".format(
            connection_id=quote(str(connection_id), safe="").replace(".", "%2E"),
            schema_name=quote(str(schema_name), safe="").replace(".", "%2E"),
            table_name=quote(str(table_name), safe="").replace(".", "%2E"),
            column_name=quote(str(column_name), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteColumnConnectionConfigResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = DeleteColumnConnectionConfigResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteColumnConnectionConfigResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connection_id: str,
    schema_name: str,
    table_name: str,
    column_name: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteColumnConnectionConfigResponse]:
    """Drop a Blocked Column From the Destination

     Marks a blocked column for deletion from your destination table. The column will be dropped during
    the next sync.

    For the NetSuite SuiteAnalytics and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field will always have a single entry with the 'netsuite' or 'salesforce' key, respectively.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        table_name (str):  Example: tableName.
        column_name (str):  Example: columnName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteColumnConnectionConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        schema_name=schema_name,
        table_name=table_name,
        column_name=column_name,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    schema_name: str,
    table_name: str,
    column_name: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteColumnConnectionConfigResponse | None:
    """Drop a Blocked Column From the Destination

     Marks a blocked column for deletion from your destination table. The column will be dropped during
    the next sync.

    For the NetSuite SuiteAnalytics and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field will always have a single entry with the 'netsuite' or 'salesforce' key, respectively.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        table_name (str):  Example: tableName.
        column_name (str):  Example: columnName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteColumnConnectionConfigResponse
    """

    return sync_detailed(
        connection_id=connection_id,
        schema_name=schema_name,
        table_name=table_name,
        column_name=column_name,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    schema_name: str,
    table_name: str,
    column_name: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteColumnConnectionConfigResponse]:
    """Drop a Blocked Column From the Destination

     Marks a blocked column for deletion from your destination table. The column will be dropped during
    the next sync.

    For the NetSuite SuiteAnalytics and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field will always have a single entry with the 'netsuite' or 'salesforce' key, respectively.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        table_name (str):  Example: tableName.
        column_name (str):  Example: columnName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteColumnConnectionConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        schema_name=schema_name,
        table_name=table_name,
        column_name=column_name,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    schema_name: str,
    table_name: str,
    column_name: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteColumnConnectionConfigResponse | None:
    """Drop a Blocked Column From the Destination

     Marks a blocked column for deletion from your destination table. The column will be dropped during
    the next sync.

    For the NetSuite SuiteAnalytics and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field will always have a single entry with the 'netsuite' or 'salesforce' key, respectively.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        table_name (str):  Example: tableName.
        column_name (str):  Example: columnName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteColumnConnectionConfigResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            schema_name=schema_name,
            table_name=table_name,
            column_name=column_name,
            client=client,
            accept=accept,
        )
    ).parsed

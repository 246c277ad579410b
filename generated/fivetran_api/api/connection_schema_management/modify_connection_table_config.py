from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.modify_connection_table_config_response import ModifyConnectionTableConfigResponse
from ...models.table_update_request import TableUpdateRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    schema_name: str,
    table_name: str,
    *,
    body: TableUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/connections/{connection_id}/schemas/{schema_name}/tables/{table_name}".format(
            connection_id=quote(str(connection_id), safe="").replace(".", "%2E"),
            schema_name=quote(str(schema_name), safe="").replace(".", "%2E"),
            table_name=quote(str(table_name), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModifyConnectionTableConfigResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ModifyConnectionTableConfigResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModifyConnectionTableConfigResponse]:
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
    *,
    client: AuthenticatedClient | Client,
    body: TableUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ModifyConnectionTableConfigResponse]:
    """Update a Connection Table Config

     Updates the table config within your database schema for an existing connection within your Fivetran
    account.

    For the NetSuite SuiteAnalytics and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field will always have a single entry with the 'netsuite' or 'salesforce' key, respectively.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        table_name (str):  Example: tableName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TableUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyConnectionTableConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        schema_name=schema_name,
        table_name=table_name,
        body=body,
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
    *,
    client: AuthenticatedClient | Client,
    body: TableUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ModifyConnectionTableConfigResponse | None:
    """Update a Connection Table Config

     Updates the table config within your database schema for an existing connection within your Fivetran
    account.

    For the NetSuite SuiteAnalytics and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field will always have a single entry with the 'netsuite' or 'salesforce' key, respectively.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        table_name (str):  Example: tableName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TableUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyConnectionTableConfigResponse
    """

    return sync_detailed(
        connection_id=connection_id,
        schema_name=schema_name,
        table_name=table_name,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    schema_name: str,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: TableUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ModifyConnectionTableConfigResponse]:
    """Update a Connection Table Config

     Updates the table config within your database schema for an existing connection within your Fivetran
    account.

    For the NetSuite SuiteAnalytics and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field will always have a single entry with the 'netsuite' or 'salesforce' key, respectively.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        table_name (str):  Example: tableName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TableUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyConnectionTableConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        schema_name=schema_name,
        table_name=table_name,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    schema_name: str,
    table_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: TableUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ModifyConnectionTableConfigResponse | None:
    """Update a Connection Table Config

     Updates the table config within your database schema for an existing connection within your Fivetran
    account.

    For the NetSuite SuiteAnalytics and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field will always have a single entry with the 'netsuite' or 'salesforce' key, respectively.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        table_name (str):  Example: tableName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TableUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyConnectionTableConfigResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            schema_name=schema_name,
            table_name=table_name,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_schema_config_response import ConnectionSchemaConfigResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/connections/{connection_id}/schemas".format(
            connection_id=quote(str(connection_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionSchemaConfigResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ConnectionSchemaConfigResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConnectionSchemaConfigResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[ConnectionSchemaConfigResponse]:
    """Retrieve a Connection Schema Config


    Returns the top-level schema configuration for an existing connection within your Fivetran account.
    The response includes global flags, every schema, each table, and only the columns that were
    explicitly overridden.

    Use this endpoint to read the current data-selection tree for a connection, to back up the schema
    before making edits, or to copy the configuration to another connection.

    > NOTE: To restore a backed-up schema or copy the configuration to another connection, use the
    [Update a Connection Schema Config](/docs/rest-api/api-reference/connection-schema/modify-
    connection-schema-config) endpoint.

    For more information, see the [Connection Schema config](https://fivetran.com/docs/rest-
    api/tutorials/connection-schema-configuration-use-cases) tutorial.

    > NOTE: Unedited columns (those following table defaults) are omitted from the response. For a real-
    time, exhaustive column list for a specific table, call the [Retrieve Source Table Columns
    Config](/docs/rest-api/api-reference/connection-schema/connection-column-config) endpoint.

    For the NetSuite SuiteAnalytics, and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field contains a single entry with the 'netsuite' or 'salesforce' key, respectively. For the
    'schema.name_in_destination` name field, these connectors always return the destination schema name
    you set in the connection setup form.

    For more information on using this API endpoint with the the Oracle Fusion Cloud Applications
    connectors, see the [Schema information
    documentation](https://fivetran.com/docs/connectors/applications/oracle-fusion-cloud-
    applications#schemainformation).

    > IMPORTANT: This endpoint does not apply to [Magic Folder](/docs/connectors/files#magicfolder)
    connectors.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionSchemaConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> ConnectionSchemaConfigResponse | None:
    """Retrieve a Connection Schema Config


    Returns the top-level schema configuration for an existing connection within your Fivetran account.
    The response includes global flags, every schema, each table, and only the columns that were
    explicitly overridden.

    Use this endpoint to read the current data-selection tree for a connection, to back up the schema
    before making edits, or to copy the configuration to another connection.

    > NOTE: To restore a backed-up schema or copy the configuration to another connection, use the
    [Update a Connection Schema Config](/docs/rest-api/api-reference/connection-schema/modify-
    connection-schema-config) endpoint.

    For more information, see the [Connection Schema config](https://fivetran.com/docs/rest-
    api/tutorials/connection-schema-configuration-use-cases) tutorial.

    > NOTE: Unedited columns (those following table defaults) are omitted from the response. For a real-
    time, exhaustive column list for a specific table, call the [Retrieve Source Table Columns
    Config](/docs/rest-api/api-reference/connection-schema/connection-column-config) endpoint.

    For the NetSuite SuiteAnalytics, and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field contains a single entry with the 'netsuite' or 'salesforce' key, respectively. For the
    'schema.name_in_destination` name field, these connectors always return the destination schema name
    you set in the connection setup form.

    For more information on using this API endpoint with the the Oracle Fusion Cloud Applications
    connectors, see the [Schema information
    documentation](https://fivetran.com/docs/connectors/applications/oracle-fusion-cloud-
    applications#schemainformation).

    > IMPORTANT: This endpoint does not apply to [Magic Folder](/docs/connectors/files#magicfolder)
    connectors.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionSchemaConfigResponse
    """

    return sync_detailed(
        connection_id=connection_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[ConnectionSchemaConfigResponse]:
    """Retrieve a Connection Schema Config


    Returns the top-level schema configuration for an existing connection within your Fivetran account.
    The response includes global flags, every schema, each table, and only the columns that were
    explicitly overridden.

    Use this endpoint to read the current data-selection tree for a connection, to back up the schema
    before making edits, or to copy the configuration to another connection.

    > NOTE: To restore a backed-up schema or copy the configuration to another connection, use the
    [Update a Connection Schema Config](/docs/rest-api/api-reference/connection-schema/modify-
    connection-schema-config) endpoint.

    For more information, see the [Connection Schema config](https://fivetran.com/docs/rest-
    api/tutorials/connection-schema-configuration-use-cases) tutorial.

    > NOTE: Unedited columns (those following table defaults) are omitted from the response. For a real-
    time, exhaustive column list for a specific table, call the [Retrieve Source Table Columns
    Config](/docs/rest-api/api-reference/connection-schema/connection-column-config) endpoint.

    For the NetSuite SuiteAnalytics, and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field contains a single entry with the 'netsuite' or 'salesforce' key, respectively. For the
    'schema.name_in_destination` name field, these connectors always return the destination schema name
    you set in the connection setup form.

    For more information on using this API endpoint with the the Oracle Fusion Cloud Applications
    connectors, see the [Schema information
    documentation](https://fivetran.com/docs/connectors/applications/oracle-fusion-cloud-
    applications#schemainformation).

    > IMPORTANT: This endpoint does not apply to [Magic Folder](/docs/connectors/files#magicfolder)
    connectors.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionSchemaConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> ConnectionSchemaConfigResponse | None:
    """Retrieve a Connection Schema Config


    Returns the top-level schema configuration for an existing connection within your Fivetran account.
    The response includes global flags, every schema, each table, and only the columns that were
    explicitly overridden.

    Use this endpoint to read the current data-selection tree for a connection, to back up the schema
    before making edits, or to copy the configuration to another connection.

    > NOTE: To restore a backed-up schema or copy the configuration to another connection, use the
    [Update a Connection Schema Config](/docs/rest-api/api-reference/connection-schema/modify-
    connection-schema-config) endpoint.

    For more information, see the [Connection Schema config](https://fivetran.com/docs/rest-
    api/tutorials/connection-schema-configuration-use-cases) tutorial.

    > NOTE: Unedited columns (those following table defaults) are omitted from the response. For a real-
    time, exhaustive column list for a specific table, call the [Retrieve Source Table Columns
    Config](/docs/rest-api/api-reference/connection-schema/connection-column-config) endpoint.

    For the NetSuite SuiteAnalytics, and Salesforce and Salesforce Sandbox connectors, the 'schemas' map
    field contains a single entry with the 'netsuite' or 'salesforce' key, respectively. For the
    'schema.name_in_destination` name field, these connectors always return the destination schema name
    you set in the connection setup form.

    For more information on using this API endpoint with the the Oracle Fusion Cloud Applications
    connectors, see the [Schema information
    documentation](https://fivetran.com/docs/connectors/applications/oracle-fusion-cloud-
    applications#schemainformation).

    > IMPORTANT: This endpoint does not apply to [Magic Folder](/docs/connectors/files#magicfolder)
    connectors.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionSchemaConfigResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
            accept=accept,
        )
    ).parsed

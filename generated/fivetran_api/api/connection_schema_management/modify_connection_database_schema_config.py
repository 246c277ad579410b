from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.modify_connection_database_schema_config_response import ModifyConnectionDatabaseSchemaConfigResponse
from ...models.schema_update_request import SchemaUpdateRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    schema_name: str,
    *,
    body: SchemaUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/connections/{connection_id}/schemas/{schema_name}".format(
            connection_id=quote(str(connection_id), safe="").replace(".", "%2E"),
            schema_name=quote(str(schema_name), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModifyConnectionDatabaseSchemaConfigResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ModifyConnectionDatabaseSchemaConfigResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModifyConnectionDatabaseSchemaConfigResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connection_id: str,
    schema_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SchemaUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ModifyConnectionDatabaseSchemaConfigResponse]:
    """Update a Connection Database Schema Config

     Updates the database schema config for an existing connection within your Fivetran account (for a
    single schema within a connection with multiple schemas).

    > NOTE: The response contains all known schemas and tables. Also, it contains columns whose state
    has ever been set by the user. For more information, see also the [Connection Schema
    config](https://fivetran.com/docs/rest-api/tutorials/connection-schema-configuration-use-cases)
    tutorial.

    In this API call, the NetSuite SuiteAnalytics, Salesforce and Salesforce Sandbox connectors always
    return the schema name as 'netsuite' and 'salesforce', respectively.

    For more information about this API call for the Oracle Fusion Cloud Applications connectors, see
    our [Schema information](https://fivetran.com/docs/connectors/applications/oracle-fusion-cloud-
    applications#schemainformation) documentation.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (SchemaUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyConnectionDatabaseSchemaConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        schema_name=schema_name,
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
    *,
    client: AuthenticatedClient | Client,
    body: SchemaUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ModifyConnectionDatabaseSchemaConfigResponse | None:
    """Update a Connection Database Schema Config

     Updates the database schema config for an existing connection within your Fivetran account (for a
    single schema within a connection with multiple schemas).

    > NOTE: The response contains all known schemas and tables. Also, it contains columns whose state
    has ever been set by the user. For more information, see also the [Connection Schema
    config](https://fivetran.com/docs/rest-api/tutorials/connection-schema-configuration-use-cases)
    tutorial.

    In this API call, the NetSuite SuiteAnalytics, Salesforce and Salesforce Sandbox connectors always
    return the schema name as 'netsuite' and 'salesforce', respectively.

    For more information about this API call for the Oracle Fusion Cloud Applications connectors, see
    our [Schema information](https://fivetran.com/docs/connectors/applications/oracle-fusion-cloud-
    applications#schemainformation) documentation.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (SchemaUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyConnectionDatabaseSchemaConfigResponse
    """

    return sync_detailed(
        connection_id=connection_id,
        schema_name=schema_name,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    schema_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SchemaUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ModifyConnectionDatabaseSchemaConfigResponse]:
    """Update a Connection Database Schema Config

     Updates the database schema config for an existing connection within your Fivetran account (for a
    single schema within a connection with multiple schemas).

    > NOTE: The response contains all known schemas and tables. Also, it contains columns whose state
    has ever been set by the user. For more information, see also the [Connection Schema
    config](https://fivetran.com/docs/rest-api/tutorials/connection-schema-configuration-use-cases)
    tutorial.

    In this API call, the NetSuite SuiteAnalytics, Salesforce and Salesforce Sandbox connectors always
    return the schema name as 'netsuite' and 'salesforce', respectively.

    For more information about this API call for the Oracle Fusion Cloud Applications connectors, see
    our [Schema information](https://fivetran.com/docs/connectors/applications/oracle-fusion-cloud-
    applications#schemainformation) documentation.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (SchemaUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyConnectionDatabaseSchemaConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        schema_name=schema_name,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    schema_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SchemaUpdateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ModifyConnectionDatabaseSchemaConfigResponse | None:
    """Update a Connection Database Schema Config

     Updates the database schema config for an existing connection within your Fivetran account (for a
    single schema within a connection with multiple schemas).

    > NOTE: The response contains all known schemas and tables. Also, it contains columns whose state
    has ever been set by the user. For more information, see also the [Connection Schema
    config](https://fivetran.com/docs/rest-api/tutorials/connection-schema-configuration-use-cases)
    tutorial.

    In this API call, the NetSuite SuiteAnalytics, Salesforce and Salesforce Sandbox connectors always
    return the schema name as 'netsuite' and 'salesforce', respectively.

    For more information about this API call for the Oracle Fusion Cloud Applications connectors, see
    our [Schema information](https://fivetran.com/docs/connectors/applications/oracle-fusion-cloud-
    applications#schemainformation) documentation.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        schema_name (str):  Example: schemaName.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (SchemaUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyConnectionDatabaseSchemaConfigResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            schema_name=schema_name,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

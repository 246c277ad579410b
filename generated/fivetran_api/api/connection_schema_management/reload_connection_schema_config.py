from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.reload_connection_schema_config_response import ReloadConnectionSchemaConfigResponse
from ...models.reload_standard_config_request import ReloadStandardConfigRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    *,
    body: ReloadStandardConfigRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/connections/{connection_id}/schemas/reload".format(
            connection_id=quote(str(connection_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReloadConnectionSchemaConfigResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ReloadConnectionSchemaConfigResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReloadConnectionSchemaConfigResponse]:
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
    body: ReloadStandardConfigRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ReloadConnectionSchemaConfigResponse]:
    """Reload a Connection Schema Config

     Reloads the connection schema config for an existing connection within your Fivetran account.

    > NOTE: This method reloads the full schema from the connection's data source. It may take a long
    time to complete the request. The method execution speed depends on the schema size and the number
    of databases, tables, and columns.
    >
    > The response contains all known schemas and tables. Also, it contains columns whose state has ever
    been set by the user. For more information, see also the [Connection Schema
    config](https://fivetran.com/docs/rest-api/tutorials/connection-schema-configuration-use-cases)
    tutorial.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ReloadStandardConfigRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReloadConnectionSchemaConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        body=body,
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
    body: ReloadStandardConfigRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ReloadConnectionSchemaConfigResponse | None:
    """Reload a Connection Schema Config

     Reloads the connection schema config for an existing connection within your Fivetran account.

    > NOTE: This method reloads the full schema from the connection's data source. It may take a long
    time to complete the request. The method execution speed depends on the schema size and the number
    of databases, tables, and columns.
    >
    > The response contains all known schemas and tables. Also, it contains columns whose state has ever
    been set by the user. For more information, see also the [Connection Schema
    config](https://fivetran.com/docs/rest-api/tutorials/connection-schema-configuration-use-cases)
    tutorial.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ReloadStandardConfigRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReloadConnectionSchemaConfigResponse
    """

    return sync_detailed(
        connection_id=connection_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReloadStandardConfigRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ReloadConnectionSchemaConfigResponse]:
    """Reload a Connection Schema Config

     Reloads the connection schema config for an existing connection within your Fivetran account.

    > NOTE: This method reloads the full schema from the connection's data source. It may take a long
    time to complete the request. The method execution speed depends on the schema size and the number
    of databases, tables, and columns.
    >
    > The response contains all known schemas and tables. Also, it contains columns whose state has ever
    been set by the user. For more information, see also the [Connection Schema
    config](https://fivetran.com/docs/rest-api/tutorials/connection-schema-configuration-use-cases)
    tutorial.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ReloadStandardConfigRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReloadConnectionSchemaConfigResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReloadStandardConfigRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ReloadConnectionSchemaConfigResponse | None:
    """Reload a Connection Schema Config

     Reloads the connection schema config for an existing connection within your Fivetran account.

    > NOTE: This method reloads the full schema from the connection's data source. It may take a long
    time to complete the request. The method execution speed depends on the schema size and the number
    of databases, tables, and columns.
    >
    > The response contains all known schemas and tables. Also, it contains columns whose state has ever
    been set by the user. For more information, see also the [Connection Schema
    config](https://fivetran.com/docs/rest-api/tutorials/connection-schema-configuration-use-cases)
    tutorial.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ReloadStandardConfigRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReloadConnectionSchemaConfigResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

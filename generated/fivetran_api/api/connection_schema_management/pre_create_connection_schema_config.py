from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pre_create_connection_schema_config_response import PreCreateConnectionSchemaConfigResponse
from ...models.standard_config_create_request import StandardConfigCreateRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    *,
    body: StandardConfigCreateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/connections/{connection_id}/schemas".format(
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
) -> PreCreateConnectionSchemaConfigResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = PreCreateConnectionSchemaConfigResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PreCreateConnectionSchemaConfigResponse]:
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
    body: StandardConfigCreateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[PreCreateConnectionSchemaConfigResponse]:
    """Set Up a New Connection Schema Config

     Configures a Connection Schema for a new connection before the schema is captured from the source.

    > NOTE: The response returns the exact settings provided in the request.

    After the initial sync, when the connection captures the schema from the source, Fivetran attempts
    to apply the specified settings to the actual schema.
    If certain tables or columns cannot be excluded, the settings for those entities are ignored.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (StandardConfigCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreCreateConnectionSchemaConfigResponse]
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
    body: StandardConfigCreateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> PreCreateConnectionSchemaConfigResponse | None:
    """Set Up a New Connection Schema Config

     Configures a Connection Schema for a new connection before the schema is captured from the source.

    > NOTE: The response returns the exact settings provided in the request.

    After the initial sync, when the connection captures the schema from the source, Fivetran attempts
    to apply the specified settings to the actual schema.
    If certain tables or columns cannot be excluded, the settings for those entities are ignored.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (StandardConfigCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreCreateConnectionSchemaConfigResponse
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
    body: StandardConfigCreateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[PreCreateConnectionSchemaConfigResponse]:
    """Set Up a New Connection Schema Config

     Configures a Connection Schema for a new connection before the schema is captured from the source.

    > NOTE: The response returns the exact settings provided in the request.

    After the initial sync, when the connection captures the schema from the source, Fivetran attempts
    to apply the specified settings to the actual schema.
    If certain tables or columns cannot be excluded, the settings for those entities are ignored.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (StandardConfigCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreCreateConnectionSchemaConfigResponse]
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
    body: StandardConfigCreateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> PreCreateConnectionSchemaConfigResponse | None:
    """Set Up a New Connection Schema Config

     Configures a Connection Schema for a new connection before the schema is captured from the source.

    > NOTE: The response returns the exact settings provided in the request.

    After the initial sync, when the connection captures the schema from the source, Fivetran attempts
    to apply the specified settings to the actual schema.
    If certain tables or columns cannot be excluded, the settings for those entities are ignored.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (StandardConfigCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreCreateConnectionSchemaConfigResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

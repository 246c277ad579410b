from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.modify_connection_response import ModifyConnectionResponse
from ...models.update_connector_request import UpdateConnectorRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    *,
    body: UpdateConnectorRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/connections/{connection_id}".format(
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
) -> ModifyConnectionResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ModifyConnectionResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModifyConnectionResponse]:
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
    body: UpdateConnectorRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[ModifyConnectionResponse]:
    """Update a Connection

     Updates connection parameters for an existing connection within your Fivetran account.

    This endpoint requires at least one persistent configuration parameter to be specified (e.g.,
    `sync_frequency`, `paused`, `config`, `auth`, `daily_sync_time`, `schema_status`).

    > IMPORTANT: Parameters like `trust_certificates`, `trust_fingerprints`, and `run_setup_tests` are
    test-control parameters that affect only the behavior of setup tests during the update and do not
    persist in the connection configuration; they cannot be used on their own. If you want to run setup
    tests without making configuration changes, use the POST `/v1/connections/{connectionId}/test`
    endpoint instead.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateConnectorRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyConnectionResponse]
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
    body: UpdateConnectorRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> ModifyConnectionResponse | None:
    """Update a Connection

     Updates connection parameters for an existing connection within your Fivetran account.

    This endpoint requires at least one persistent configuration parameter to be specified (e.g.,
    `sync_frequency`, `paused`, `config`, `auth`, `daily_sync_time`, `schema_status`).

    > IMPORTANT: Parameters like `trust_certificates`, `trust_fingerprints`, and `run_setup_tests` are
    test-control parameters that affect only the behavior of setup tests during the update and do not
    persist in the connection configuration; they cannot be used on their own. If you want to run setup
    tests without making configuration changes, use the POST `/v1/connections/{connectionId}/test`
    endpoint instead.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateConnectorRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyConnectionResponse
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
    body: UpdateConnectorRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[ModifyConnectionResponse]:
    """Update a Connection

     Updates connection parameters for an existing connection within your Fivetran account.

    This endpoint requires at least one persistent configuration parameter to be specified (e.g.,
    `sync_frequency`, `paused`, `config`, `auth`, `daily_sync_time`, `schema_status`).

    > IMPORTANT: Parameters like `trust_certificates`, `trust_fingerprints`, and `run_setup_tests` are
    test-control parameters that affect only the behavior of setup tests during the update and do not
    persist in the connection configuration; they cannot be used on their own. If you want to run setup
    tests without making configuration changes, use the POST `/v1/connections/{connectionId}/test`
    endpoint instead.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateConnectorRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyConnectionResponse]
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
    body: UpdateConnectorRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> ModifyConnectionResponse | None:
    """Update a Connection

     Updates connection parameters for an existing connection within your Fivetran account.

    This endpoint requires at least one persistent configuration parameter to be specified (e.g.,
    `sync_frequency`, `paused`, `config`, `auth`, `daily_sync_time`, `schema_status`).

    > IMPORTANT: Parameters like `trust_certificates`, `trust_fingerprints`, and `run_setup_tests` are
    test-control parameters that affect only the behavior of setup tests during the update and do not
    persist in the connection configuration; they cannot be used on their own. If you want to run setup
    tests without making configuration changes, use the POST `/v1/connections/{connectionId}/test`
    endpoint instead.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateConnectorRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyConnectionResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

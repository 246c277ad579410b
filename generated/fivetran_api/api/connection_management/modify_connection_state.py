from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.modify_connection_state_response import ModifyConnectionStateResponse
from ...models.update_function_or_connector_sdk_state import UpdateFunctionOrConnectorSdkState
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    *,
    body: UpdateFunctionOrConnectorSdkState | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/connections/{connection_id}/state".format(
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
) -> ModifyConnectionStateResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ModifyConnectionStateResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModifyConnectionStateResponse]:
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
    body: UpdateFunctionOrConnectorSdkState | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[ModifyConnectionStateResponse]:
    """Update a Connection State

     Updates the connection state. To update the state, you should pause your connection first.

    To update the connection state, do the following:

      1. Pause connection using [Update a Connection](https://fivetran.com/docs/rest-api/api-
    reference/connections/modify-connection) endpoint (set 'paused' to 'true').
      2. Update the state by using the [Update Connection State](https://fivetran.com/docs/rest-api/api-
    reference/connections/modify-connection-state) endpoint.
      3. Unpause the connection by setting the 'paused' parameter to 'false' in the [Update a
    Connection](https://fivetran.com/docs/rest-api/api-reference/connections/modify-connection) endpoint
    request.

    This endpoint is only supported for [Function](https://fivetran.com/docs/connectors/functions) and
    [Connection SDK](https://fivetran.com/docs/connectors/connector-sdk) connectors.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateFunctionOrConnectorSdkState | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyConnectionStateResponse]
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
    body: UpdateFunctionOrConnectorSdkState | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> ModifyConnectionStateResponse | None:
    """Update a Connection State

     Updates the connection state. To update the state, you should pause your connection first.

    To update the connection state, do the following:

      1. Pause connection using [Update a Connection](https://fivetran.com/docs/rest-api/api-
    reference/connections/modify-connection) endpoint (set 'paused' to 'true').
      2. Update the state by using the [Update Connection State](https://fivetran.com/docs/rest-api/api-
    reference/connections/modify-connection-state) endpoint.
      3. Unpause the connection by setting the 'paused' parameter to 'false' in the [Update a
    Connection](https://fivetran.com/docs/rest-api/api-reference/connections/modify-connection) endpoint
    request.

    This endpoint is only supported for [Function](https://fivetran.com/docs/connectors/functions) and
    [Connection SDK](https://fivetran.com/docs/connectors/connector-sdk) connectors.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateFunctionOrConnectorSdkState | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyConnectionStateResponse
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
    body: UpdateFunctionOrConnectorSdkState | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[ModifyConnectionStateResponse]:
    """Update a Connection State

     Updates the connection state. To update the state, you should pause your connection first.

    To update the connection state, do the following:

      1. Pause connection using [Update a Connection](https://fivetran.com/docs/rest-api/api-
    reference/connections/modify-connection) endpoint (set 'paused' to 'true').
      2. Update the state by using the [Update Connection State](https://fivetran.com/docs/rest-api/api-
    reference/connections/modify-connection-state) endpoint.
      3. Unpause the connection by setting the 'paused' parameter to 'false' in the [Update a
    Connection](https://fivetran.com/docs/rest-api/api-reference/connections/modify-connection) endpoint
    request.

    This endpoint is only supported for [Function](https://fivetran.com/docs/connectors/functions) and
    [Connection SDK](https://fivetran.com/docs/connectors/connector-sdk) connectors.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateFunctionOrConnectorSdkState | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyConnectionStateResponse]
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
    body: UpdateFunctionOrConnectorSdkState | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> ModifyConnectionStateResponse | None:
    """Update a Connection State

     Updates the connection state. To update the state, you should pause your connection first.

    To update the connection state, do the following:

      1. Pause connection using [Update a Connection](https://fivetran.com/docs/rest-api/api-
    reference/connections/modify-connection) endpoint (set 'paused' to 'true').
      2. Update the state by using the [Update Connection State](https://fivetran.com/docs/rest-api/api-
    reference/connections/modify-connection-state) endpoint.
      3. Unpause the connection by setting the 'paused' parameter to 'false' in the [Update a
    Connection](https://fivetran.com/docs/rest-api/api-reference/connections/modify-connection) endpoint
    request.

    This endpoint is only supported for [Function](https://fivetran.com/docs/connectors/functions) and
    [Connection SDK](https://fivetran.com/docs/connectors/connector-sdk) connectors.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateFunctionOrConnectorSdkState | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyConnectionStateResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

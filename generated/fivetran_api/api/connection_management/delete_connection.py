from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_connection_response import DeleteConnectionResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    *,
    accept: str | Unset = "application/json;version=2",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/connections/{connection_id}".format(
            connection_id=quote(str(connection_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteConnectionResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = DeleteConnectionResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteConnectionResponse]:
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
    accept: str | Unset = "application/json;version=2",
) -> Response[DeleteConnectionResponse]:
    """Delete a Connection

     Deletes a connection from your Fivetran account.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteConnectionResponse]
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
    accept: str | Unset = "application/json;version=2",
) -> DeleteConnectionResponse | None:
    """Delete a Connection

     Deletes a connection from your Fivetran account.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteConnectionResponse
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
    accept: str | Unset = "application/json;version=2",
) -> Response[DeleteConnectionResponse]:
    """Delete a Connection

     Deletes a connection from your Fivetran account.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteConnectionResponse]
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
    accept: str | Unset = "application/json;version=2",
) -> DeleteConnectionResponse | None:
    """Delete a Connection

     Deletes a connection from your Fivetran account.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteConnectionResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
            accept=accept,
        )
    ).parsed

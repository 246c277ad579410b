from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_connection_certificates_list_response import GetConnectionCertificatesListResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/connections/{connection_id}/certificates".format(
            connection_id=quote(str(connection_id), safe="").replace(".", "%2E"),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetConnectionCertificatesListResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = GetConnectionCertificatesListResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetConnectionCertificatesListResponse]:
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[GetConnectionCertificatesListResponse]:
    """List Certificates Approved for the Connection

     Returns the list of approved certificates for the specified connection.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetConnectionCertificatesListResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        cursor=cursor,
        limit=limit,
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> GetConnectionCertificatesListResponse | None:
    """List Certificates Approved for the Connection

     Returns the list of approved certificates for the specified connection.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetConnectionCertificatesListResponse
    """

    return sync_detailed(
        connection_id=connection_id,
        client=client,
        cursor=cursor,
        limit=limit,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[GetConnectionCertificatesListResponse]:
    """List Certificates Approved for the Connection

     Returns the list of approved certificates for the specified connection.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetConnectionCertificatesListResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        cursor=cursor,
        limit=limit,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> GetConnectionCertificatesListResponse | None:
    """List Certificates Approved for the Connection

     Returns the list of approved certificates for the specified connection.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetConnectionCertificatesListResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
            cursor=cursor,
            limit=limit,
            accept=accept,
        )
    ).parsed

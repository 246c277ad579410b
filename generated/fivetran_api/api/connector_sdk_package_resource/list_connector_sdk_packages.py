from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_connector_sdk_packages_response import ListConnectorSdkPackagesResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
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
        "url": "/v1/connector-sdk/packages",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListConnectorSdkPackagesResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ListConnectorSdkPackagesResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListConnectorSdkPackagesResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ListConnectorSdkPackagesResponse]:
    """List All Connector SDK Packages

     Returns a list of all Connector SDK packages in your Fivetran account.

    Args:
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListConnectorSdkPackagesResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ListConnectorSdkPackagesResponse | None:
    """List All Connector SDK Packages

     Returns a list of all Connector SDK packages in your Fivetran account.

    Args:
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListConnectorSdkPackagesResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ListConnectorSdkPackagesResponse]:
    """List All Connector SDK Packages

     Returns a list of all Connector SDK packages in your Fivetran account.

    Args:
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListConnectorSdkPackagesResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ListConnectorSdkPackagesResponse | None:
    """List All Connector SDK Packages

     Returns a list of all Connector SDK packages in your Fivetran account.

    Args:
        cursor (str | Unset):  Example: cursor_value.
        limit (int | Unset):  Example: 100.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListConnectorSdkPackagesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            accept=accept,
        )
    ).parsed

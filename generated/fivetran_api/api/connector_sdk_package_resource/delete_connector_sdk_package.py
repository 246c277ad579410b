from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_connector_sdk_package_response import DeleteConnectorSdkPackageResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    package_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/connector-sdk/packages/{package_id}".format(
            package_id=quote(str(package_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteConnectorSdkPackageResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = DeleteConnectorSdkPackageResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteConnectorSdkPackageResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteConnectorSdkPackageResponse]:
    """Delete Connector SDK Package

     Permanently deletes a Connector SDK package from your Fivetran account.

    > **Warning:** Packages that are associated with a connection cannot be deleted. You must first
    delete the connection before deleting the package.

    Args:
        package_id (str):  Example: package_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteConnectorSdkPackageResponse]
    """

    kwargs = _get_kwargs(
        package_id=package_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteConnectorSdkPackageResponse | None:
    """Delete Connector SDK Package

     Permanently deletes a Connector SDK package from your Fivetran account.

    > **Warning:** Packages that are associated with a connection cannot be deleted. You must first
    delete the connection before deleting the package.

    Args:
        package_id (str):  Example: package_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteConnectorSdkPackageResponse
    """

    return sync_detailed(
        package_id=package_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteConnectorSdkPackageResponse]:
    """Delete Connector SDK Package

     Permanently deletes a Connector SDK package from your Fivetran account.

    > **Warning:** Packages that are associated with a connection cannot be deleted. You must first
    delete the connection before deleting the package.

    Args:
        package_id (str):  Example: package_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteConnectorSdkPackageResponse]
    """

    kwargs = _get_kwargs(
        package_id=package_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteConnectorSdkPackageResponse | None:
    """Delete Connector SDK Package

     Permanently deletes a Connector SDK package from your Fivetran account.

    > **Warning:** Packages that are associated with a connection cannot be deleted. You must first
    delete the connection before deleting the package.

    Args:
        package_id (str):  Example: package_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteConnectorSdkPackageResponse
    """

    return (
        await asyncio_detailed(
            package_id=package_id,
            client=client,
            accept=accept,
        )
    ).parsed

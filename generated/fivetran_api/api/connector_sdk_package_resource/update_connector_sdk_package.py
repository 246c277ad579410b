from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_connector_sdk_package_body import UpdateConnectorSdkPackageBody
from ...models.update_connector_sdk_package_response import UpdateConnectorSdkPackageResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    package_id: str,
    *,
    body: UpdateConnectorSdkPackageBody | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/connector-sdk/packages/{package_id}".format(
            package_id=quote(str(package_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateConnectorSdkPackageResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = UpdateConnectorSdkPackageResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateConnectorSdkPackageResponse]:
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
    body: UpdateConnectorSdkPackageBody | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[UpdateConnectorSdkPackageResponse]:
    """Update Connector SDK Package

     Updates an existing Connector SDK package by uploading a new version of the connector code.

    All connections using this package will automatically use the updated code on their next sync.

    Args:
        package_id (str):  Example: package_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateConnectorSdkPackageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateConnectorSdkPackageResponse]
    """

    kwargs = _get_kwargs(
        package_id=package_id,
        body=body,
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
    body: UpdateConnectorSdkPackageBody | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> UpdateConnectorSdkPackageResponse | None:
    """Update Connector SDK Package

     Updates an existing Connector SDK package by uploading a new version of the connector code.

    All connections using this package will automatically use the updated code on their next sync.

    Args:
        package_id (str):  Example: package_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateConnectorSdkPackageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateConnectorSdkPackageResponse
    """

    return sync_detailed(
        package_id=package_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConnectorSdkPackageBody | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[UpdateConnectorSdkPackageResponse]:
    """Update Connector SDK Package

     Updates an existing Connector SDK package by uploading a new version of the connector code.

    All connections using this package will automatically use the updated code on their next sync.

    Args:
        package_id (str):  Example: package_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateConnectorSdkPackageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateConnectorSdkPackageResponse]
    """

    kwargs = _get_kwargs(
        package_id=package_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateConnectorSdkPackageBody | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> UpdateConnectorSdkPackageResponse | None:
    """Update Connector SDK Package

     Updates an existing Connector SDK package by uploading a new version of the connector code.

    All connections using this package will automatically use the updated code on their next sync.

    Args:
        package_id (str):  Example: package_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateConnectorSdkPackageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateConnectorSdkPackageResponse
    """

    return (
        await asyncio_detailed(
            package_id=package_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

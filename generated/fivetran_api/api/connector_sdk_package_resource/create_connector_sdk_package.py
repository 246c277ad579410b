from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_connector_sdk_package_body import CreateConnectorSdkPackageBody
from ...models.create_connector_sdk_package_response import CreateConnectorSdkPackageResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    body: CreateConnectorSdkPackageBody | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/connector-sdk/packages",
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateConnectorSdkPackageResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = CreateConnectorSdkPackageResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateConnectorSdkPackageResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorSdkPackageBody | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[CreateConnectorSdkPackageResponse]:
    """Create Connector SDK Package

     Uploads a new Connector SDK package to your Fivetran account. The package must be a ZIP file
    containing your custom connector code. You can create the package ZIP file using the [`fivetran
    package` command](/docs/connector-sdk/connector-development-and-configuration/connector-sdk-
    commands#fivetranpackage).

    After creating a package, use the standard [Create a Connection endpoint](/docs/rest-api/api-
    reference/connections/create-connection) with the returned `id` as `package_id` in the config.

    > NOTE: Each package can only be associated with one connection at a time.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (CreateConnectorSdkPackageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateConnectorSdkPackageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorSdkPackageBody | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> CreateConnectorSdkPackageResponse | None:
    """Create Connector SDK Package

     Uploads a new Connector SDK package to your Fivetran account. The package must be a ZIP file
    containing your custom connector code. You can create the package ZIP file using the [`fivetran
    package` command](/docs/connector-sdk/connector-development-and-configuration/connector-sdk-
    commands#fivetranpackage).

    After creating a package, use the standard [Create a Connection endpoint](/docs/rest-api/api-
    reference/connections/create-connection) with the returned `id` as `package_id` in the config.

    > NOTE: Each package can only be associated with one connection at a time.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (CreateConnectorSdkPackageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateConnectorSdkPackageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorSdkPackageBody | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[CreateConnectorSdkPackageResponse]:
    """Create Connector SDK Package

     Uploads a new Connector SDK package to your Fivetran account. The package must be a ZIP file
    containing your custom connector code. You can create the package ZIP file using the [`fivetran
    package` command](/docs/connector-sdk/connector-development-and-configuration/connector-sdk-
    commands#fivetranpackage).

    After creating a package, use the standard [Create a Connection endpoint](/docs/rest-api/api-
    reference/connections/create-connection) with the returned `id` as `package_id` in the config.

    > NOTE: Each package can only be associated with one connection at a time.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (CreateConnectorSdkPackageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateConnectorSdkPackageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConnectorSdkPackageBody | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> CreateConnectorSdkPackageResponse | None:
    """Create Connector SDK Package

     Uploads a new Connector SDK package to your Fivetran account. The package must be a ZIP file
    containing your custom connector code. You can create the package ZIP file using the [`fivetran
    package` command](/docs/connector-sdk/connector-development-and-configuration/connector-sdk-
    commands#fivetranpackage).

    After creating a package, use the standard [Create a Connection endpoint](/docs/rest-api/api-
    reference/connections/create-connection) with the returned `id` as `package_id` in the config.

    > NOTE: Each package can only be associated with one connection at a time.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (CreateConnectorSdkPackageBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateConnectorSdkPackageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

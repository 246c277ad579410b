from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upgrade_transformation_package_response import UpgradeTransformationPackageResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    transformation_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/transformations/{transformation_id}/upgrade".format(
            transformation_id=quote(str(transformation_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpgradeTransformationPackageResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = UpgradeTransformationPackageResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpgradeTransformationPackageResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    transformation_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[UpgradeTransformationPackageResponse]:
    """Upgrade Transformation Package

     Upgrades the Quickstart transformation package to latest version if a valid identifier is provided.

    Args:
        transformation_id (str):  Example: transformationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpgradeTransformationPackageResponse]
    """

    kwargs = _get_kwargs(
        transformation_id=transformation_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    transformation_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> UpgradeTransformationPackageResponse | None:
    """Upgrade Transformation Package

     Upgrades the Quickstart transformation package to latest version if a valid identifier is provided.

    Args:
        transformation_id (str):  Example: transformationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpgradeTransformationPackageResponse
    """

    return sync_detailed(
        transformation_id=transformation_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    transformation_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[UpgradeTransformationPackageResponse]:
    """Upgrade Transformation Package

     Upgrades the Quickstart transformation package to latest version if a valid identifier is provided.

    Args:
        transformation_id (str):  Example: transformationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpgradeTransformationPackageResponse]
    """

    kwargs = _get_kwargs(
        transformation_id=transformation_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    transformation_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> UpgradeTransformationPackageResponse | None:
    """Upgrade Transformation Package

     Upgrades the Quickstart transformation package to latest version if a valid identifier is provided.

    Args:
        transformation_id (str):  Example: transformationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpgradeTransformationPackageResponse
    """

    return (
        await asyncio_detailed(
            transformation_id=transformation_id,
            client=client,
            accept=accept,
        )
    ).parsed

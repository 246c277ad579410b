from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transformation_package_metadata_details_response import TransformationPackageMetadataDetailsResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    package_definition_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/transformations/package-metadata/{package_definition_id}".format(
            package_definition_id=quote(str(package_definition_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransformationPackageMetadataDetailsResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = TransformationPackageMetadataDetailsResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TransformationPackageMetadataDetailsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    package_definition_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[TransformationPackageMetadataDetailsResponse]:
    """Retrieve a Quickstart Package Metadata Details

     Returns the metadata details of the Quickstart transformation package if a valid identifier is
    provided.

    Args:
        package_definition_id (str):  Example: package_definition_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransformationPackageMetadataDetailsResponse]
    """

    kwargs = _get_kwargs(
        package_definition_id=package_definition_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    package_definition_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> TransformationPackageMetadataDetailsResponse | None:
    """Retrieve a Quickstart Package Metadata Details

     Returns the metadata details of the Quickstart transformation package if a valid identifier is
    provided.

    Args:
        package_definition_id (str):  Example: package_definition_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransformationPackageMetadataDetailsResponse
    """

    return sync_detailed(
        package_definition_id=package_definition_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    package_definition_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[TransformationPackageMetadataDetailsResponse]:
    """Retrieve a Quickstart Package Metadata Details

     Returns the metadata details of the Quickstart transformation package if a valid identifier is
    provided.

    Args:
        package_definition_id (str):  Example: package_definition_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransformationPackageMetadataDetailsResponse]
    """

    kwargs = _get_kwargs(
        package_definition_id=package_definition_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    package_definition_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> TransformationPackageMetadataDetailsResponse | None:
    """Retrieve a Quickstart Package Metadata Details

     Returns the metadata details of the Quickstart transformation package if a valid identifier is
    provided.

    Args:
        package_definition_id (str):  Example: package_definition_id.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransformationPackageMetadataDetailsResponse
    """

    return (
        await asyncio_detailed(
            package_definition_id=package_definition_id,
            client=client,
            accept=accept,
        )
    ).parsed

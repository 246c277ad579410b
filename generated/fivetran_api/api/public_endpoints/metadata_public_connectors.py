from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.metadata_public_connectors_response import MetadataPublicConnectorsResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/connector-types",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MetadataPublicConnectorsResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = MetadataPublicConnectorsResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetadataPublicConnectorsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[MetadataPublicConnectorsResponse]:
    """Retrieve Source Metadata Public Endpoint

     Returns all available source types. This endpoint provides metadata including the proper source name
    (‘Facebook Ads’ instead of facebook_ads), the source icon, feature tables, information about the
    Hybrid deployment support, information about the Authorization via API support, and links to
    Fivetran resources. As we update source names and icons, that metadata will automatically update
    within this endpoint.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MetadataPublicConnectorsResponse]
    """

    kwargs = _get_kwargs(
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> MetadataPublicConnectorsResponse | None:
    """Retrieve Source Metadata Public Endpoint

     Returns all available source types. This endpoint provides metadata including the proper source name
    (‘Facebook Ads’ instead of facebook_ads), the source icon, feature tables, information about the
    Hybrid deployment support, information about the Authorization via API support, and links to
    Fivetran resources. As we update source names and icons, that metadata will automatically update
    within this endpoint.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetadataPublicConnectorsResponse
    """

    return sync_detailed(
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[MetadataPublicConnectorsResponse]:
    """Retrieve Source Metadata Public Endpoint

     Returns all available source types. This endpoint provides metadata including the proper source name
    (‘Facebook Ads’ instead of facebook_ads), the source icon, feature tables, information about the
    Hybrid deployment support, information about the Authorization via API support, and links to
    Fivetran resources. As we update source names and icons, that metadata will automatically update
    within this endpoint.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MetadataPublicConnectorsResponse]
    """

    kwargs = _get_kwargs(
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> MetadataPublicConnectorsResponse | None:
    """Retrieve Source Metadata Public Endpoint

     Returns all available source types. This endpoint provides metadata including the proper source name
    (‘Facebook Ads’ instead of facebook_ads), the source icon, feature tables, information about the
    Hybrid deployment support, information about the Authorization via API support, and links to
    Fivetran resources. As we update source names and icons, that metadata will automatically update
    within this endpoint.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetadataPublicConnectorsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            accept=accept,
        )
    ).parsed

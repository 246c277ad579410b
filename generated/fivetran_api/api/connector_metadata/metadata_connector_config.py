from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.metadata_connector_config_response import MetadataConnectorConfigResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    service: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/metadata/connector-types/{service}".format(
            service=quote(str(service), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MetadataConnectorConfigResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = MetadataConnectorConfigResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetadataConnectorConfigResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[MetadataConnectorConfigResponse]:
    """Retrieve Connector Configuration Metadata

     Returns metadata of configuration parameters and authorization parameters for a specified connector
    type.

    Args:
        service (str):  Example: google_ads.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MetadataConnectorConfigResponse]
    """

    kwargs = _get_kwargs(
        service=service,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> MetadataConnectorConfigResponse | None:
    """Retrieve Connector Configuration Metadata

     Returns metadata of configuration parameters and authorization parameters for a specified connector
    type.

    Args:
        service (str):  Example: google_ads.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetadataConnectorConfigResponse
    """

    return sync_detailed(
        service=service,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    service: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[MetadataConnectorConfigResponse]:
    """Retrieve Connector Configuration Metadata

     Returns metadata of configuration parameters and authorization parameters for a specified connector
    type.

    Args:
        service (str):  Example: google_ads.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MetadataConnectorConfigResponse]
    """

    kwargs = _get_kwargs(
        service=service,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> MetadataConnectorConfigResponse | None:
    """Retrieve Connector Configuration Metadata

     Returns metadata of configuration parameters and authorization parameters for a specified connector
    type.

    Args:
        service (str):  Example: google_ads.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetadataConnectorConfigResponse
    """

    return (
        await asyncio_detailed(
            service=service,
            client=client,
            accept=accept,
        )
    ).parsed

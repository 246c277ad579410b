from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_private_link_details_response import GetPrivateLinkDetailsResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    private_link_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/private-links/{private_link_id}".format(
            private_link_id=quote(str(private_link_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPrivateLinkDetailsResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = GetPrivateLinkDetailsResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPrivateLinkDetailsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    private_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[GetPrivateLinkDetailsResponse]:
    """Retrieve Private Link Details

     Returns a private link object if a valid identifier was provided.

    Args:
        private_link_id (str):  Example: privateLinkId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPrivateLinkDetailsResponse]
    """

    kwargs = _get_kwargs(
        private_link_id=private_link_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    private_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> GetPrivateLinkDetailsResponse | None:
    """Retrieve Private Link Details

     Returns a private link object if a valid identifier was provided.

    Args:
        private_link_id (str):  Example: privateLinkId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPrivateLinkDetailsResponse
    """

    return sync_detailed(
        private_link_id=private_link_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    private_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[GetPrivateLinkDetailsResponse]:
    """Retrieve Private Link Details

     Returns a private link object if a valid identifier was provided.

    Args:
        private_link_id (str):  Example: privateLinkId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPrivateLinkDetailsResponse]
    """

    kwargs = _get_kwargs(
        private_link_id=private_link_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    private_link_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> GetPrivateLinkDetailsResponse | None:
    """Retrieve Private Link Details

     Returns a private link object if a valid identifier was provided.

    Args:
        private_link_id (str):  Example: privateLinkId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPrivateLinkDetailsResponse
    """

    return (
        await asyncio_detailed(
            private_link_id=private_link_id,
            client=client,
            accept=accept,
        )
    ).parsed

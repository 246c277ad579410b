from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.destination_details_response import DestinationDetailsResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    destination_id: str,
    *,
    accept: str | Unset = "application/json;version=2",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/destinations/{destination_id}".format(
            destination_id=quote(str(destination_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DestinationDetailsResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = DestinationDetailsResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DestinationDetailsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json;version=2",
) -> Response[DestinationDetailsResponse]:
    """Retrieve Destination Details

     Returns a destination object if a valid identifier was provided.

    To find a destination's unique identifier, call the [List All
    Groups](https://fivetran.com/docs/rest-api/groups#listallgroups) endpoint and search the response
    `items` for your target destination by its `name` field. The group's `id` value is also the
    destination's `id`, since groups and destinations are mapped 1:1.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestinationDetailsResponse]
    """

    kwargs = _get_kwargs(
        destination_id=destination_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json;version=2",
) -> DestinationDetailsResponse | None:
    """Retrieve Destination Details

     Returns a destination object if a valid identifier was provided.

    To find a destination's unique identifier, call the [List All
    Groups](https://fivetran.com/docs/rest-api/groups#listallgroups) endpoint and search the response
    `items` for your target destination by its `name` field. The group's `id` value is also the
    destination's `id`, since groups and destinations are mapped 1:1.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestinationDetailsResponse
    """

    return sync_detailed(
        destination_id=destination_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json;version=2",
) -> Response[DestinationDetailsResponse]:
    """Retrieve Destination Details

     Returns a destination object if a valid identifier was provided.

    To find a destination's unique identifier, call the [List All
    Groups](https://fivetran.com/docs/rest-api/groups#listallgroups) endpoint and search the response
    `items` for your target destination by its `name` field. The group's `id` value is also the
    destination's `id`, since groups and destinations are mapped 1:1.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestinationDetailsResponse]
    """

    kwargs = _get_kwargs(
        destination_id=destination_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json;version=2",
) -> DestinationDetailsResponse | None:
    """Retrieve Destination Details

     Returns a destination object if a valid identifier was provided.

    To find a destination's unique identifier, call the [List All
    Groups](https://fivetran.com/docs/rest-api/groups#listallgroups) endpoint and search the response
    `items` for your target destination by its `name` field. The group's `id` value is also the
    destination's `id`, since groups and destinations are mapped 1:1.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestinationDetailsResponse
    """

    return (
        await asyncio_detailed(
            destination_id=destination_id,
            client=client,
            accept=accept,
        )
    ).parsed

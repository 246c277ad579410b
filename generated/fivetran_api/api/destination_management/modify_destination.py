from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.modify_destination_response import ModifyDestinationResponse
from ...models.update_destination_request import UpdateDestinationRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    destination_id: str,
    *,
    body: UpdateDestinationRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/destinations/{destination_id}".format(
            destination_id=quote(str(destination_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ModifyDestinationResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ModifyDestinationResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModifyDestinationResponse]:
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
    body: UpdateDestinationRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[ModifyDestinationResponse]:
    """Update a Destination

     Updates information for an existing destination within your Fivetran account.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateDestinationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyDestinationResponse]
    """

    kwargs = _get_kwargs(
        destination_id=destination_id,
        body=body,
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
    body: UpdateDestinationRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> ModifyDestinationResponse | None:
    """Update a Destination

     Updates information for an existing destination within your Fivetran account.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateDestinationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyDestinationResponse
    """

    return sync_detailed(
        destination_id=destination_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDestinationRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[ModifyDestinationResponse]:
    """Update a Destination

     Updates information for an existing destination within your Fivetran account.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateDestinationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyDestinationResponse]
    """

    kwargs = _get_kwargs(
        destination_id=destination_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    destination_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDestinationRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> ModifyDestinationResponse | None:
    """Update a Destination

     Updates information for an existing destination within your Fivetran account.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (UpdateDestinationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyDestinationResponse
    """

    return (
        await asyncio_detailed(
            destination_id=destination_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

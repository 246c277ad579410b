from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_destination_response import CreateDestinationResponse
from ...models.new_destination_request import NewDestinationRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    body: NewDestinationRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/destinations",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateDestinationResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = CreateDestinationResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateDestinationResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewDestinationRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[CreateDestinationResponse]:
    """Create a Destination

     Creates a new destination within a specified group in your Fivetran account.

    > IMPORTANT: Groups and destinations are mapped 1:1 to each other. We do this mapping using the
    group's `id` value that we automatically generate when you create a group, and the destination's
    `group_id` value that you specify when you create a destination. This means that you must create a
    group in your Fivetran account before you can create a destination in it.

    > IMPORTANT: If you want to get the certificate details, do not set `trust_certificates` to `true`
    when you create a destination with our REST API. We can only provide the certificate details through
    the failed Validate Certificate setup test. For a full walkthrough, see [Get Destination Certificate
    Details](https://fivetran.com/docs/rest-api/tutorials/get-destination-certificate-details).

    Args:
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (NewDestinationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDestinationResponse]
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
    body: NewDestinationRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> CreateDestinationResponse | None:
    """Create a Destination

     Creates a new destination within a specified group in your Fivetran account.

    > IMPORTANT: Groups and destinations are mapped 1:1 to each other. We do this mapping using the
    group's `id` value that we automatically generate when you create a group, and the destination's
    `group_id` value that you specify when you create a destination. This means that you must create a
    group in your Fivetran account before you can create a destination in it.

    > IMPORTANT: If you want to get the certificate details, do not set `trust_certificates` to `true`
    when you create a destination with our REST API. We can only provide the certificate details through
    the failed Validate Certificate setup test. For a full walkthrough, see [Get Destination Certificate
    Details](https://fivetran.com/docs/rest-api/tutorials/get-destination-certificate-details).

    Args:
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (NewDestinationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDestinationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewDestinationRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[CreateDestinationResponse]:
    """Create a Destination

     Creates a new destination within a specified group in your Fivetran account.

    > IMPORTANT: Groups and destinations are mapped 1:1 to each other. We do this mapping using the
    group's `id` value that we automatically generate when you create a group, and the destination's
    `group_id` value that you specify when you create a destination. This means that you must create a
    group in your Fivetran account before you can create a destination in it.

    > IMPORTANT: If you want to get the certificate details, do not set `trust_certificates` to `true`
    when you create a destination with our REST API. We can only provide the certificate details through
    the failed Validate Certificate setup test. For a full walkthrough, see [Get Destination Certificate
    Details](https://fivetran.com/docs/rest-api/tutorials/get-destination-certificate-details).

    Args:
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (NewDestinationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDestinationResponse]
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
    body: NewDestinationRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> CreateDestinationResponse | None:
    """Create a Destination

     Creates a new destination within a specified group in your Fivetran account.

    > IMPORTANT: Groups and destinations are mapped 1:1 to each other. We do this mapping using the
    group's `id` value that we automatically generate when you create a group, and the destination's
    `group_id` value that you specify when you create a destination. This means that you must create a
    group in your Fivetran account before you can create a destination in it.

    > IMPORTANT: If you want to get the certificate details, do not set `trust_certificates` to `true`
    when you create a destination with our REST API. We can only provide the certificate details through
    the failed Validate Certificate setup test. For a full walkthrough, see [Get Destination Certificate
    Details](https://fivetran.com/docs/rest-api/tutorials/get-destination-certificate-details).

    Args:
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (NewDestinationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDestinationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_connection_response import CreateConnectionResponse
from ...models.new_connector_request_v1 import NewConnectorRequestV1
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    body: NewConnectorRequestV1 | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/connections",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateConnectionResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = CreateConnectionResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateConnectionResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewConnectorRequestV1 | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[CreateConnectionResponse]:
    """Create a Connection

     Creates a new connection within a specified group in your Fivetran account. Runs setup tests and
    returns testing results. <br />
    > IMPORTANT: The `destination_schema_names` field will soon become a required field. Make sure to
    include it in your API requests when creating new connections to prevent future disruptions.
    > IMPORTANT: If you want to get the fingerprint details, do not set `trust_fingerprints` to `true`
    when you create a connection with our REST API. We can only provide the fingerprint details through
    the failed SSH Tunnel Connection setup test. For a full walkthrough, see [Get Connection Fingerprint
    Details](https://fivetran.com/docs/rest-api/tutorials/get-connection-fingerprint-details).

    Args:
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (NewConnectorRequestV1 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateConnectionResponse]
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
    body: NewConnectorRequestV1 | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> CreateConnectionResponse | None:
    """Create a Connection

     Creates a new connection within a specified group in your Fivetran account. Runs setup tests and
    returns testing results. <br />
    > IMPORTANT: The `destination_schema_names` field will soon become a required field. Make sure to
    include it in your API requests when creating new connections to prevent future disruptions.
    > IMPORTANT: If you want to get the fingerprint details, do not set `trust_fingerprints` to `true`
    when you create a connection with our REST API. We can only provide the fingerprint details through
    the failed SSH Tunnel Connection setup test. For a full walkthrough, see [Get Connection Fingerprint
    Details](https://fivetran.com/docs/rest-api/tutorials/get-connection-fingerprint-details).

    Args:
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (NewConnectorRequestV1 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateConnectionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewConnectorRequestV1 | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[CreateConnectionResponse]:
    """Create a Connection

     Creates a new connection within a specified group in your Fivetran account. Runs setup tests and
    returns testing results. <br />
    > IMPORTANT: The `destination_schema_names` field will soon become a required field. Make sure to
    include it in your API requests when creating new connections to prevent future disruptions.
    > IMPORTANT: If you want to get the fingerprint details, do not set `trust_fingerprints` to `true`
    when you create a connection with our REST API. We can only provide the fingerprint details through
    the failed SSH Tunnel Connection setup test. For a full walkthrough, see [Get Connection Fingerprint
    Details](https://fivetran.com/docs/rest-api/tutorials/get-connection-fingerprint-details).

    Args:
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (NewConnectorRequestV1 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateConnectionResponse]
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
    body: NewConnectorRequestV1 | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> CreateConnectionResponse | None:
    """Create a Connection

     Creates a new connection within a specified group in your Fivetran account. Runs setup tests and
    returns testing results. <br />
    > IMPORTANT: The `destination_schema_names` field will soon become a required field. Make sure to
    include it in your API requests when creating new connections to prevent future disruptions.
    > IMPORTANT: If you want to get the fingerprint details, do not set `trust_fingerprints` to `true`
    when you create a connection with our REST API. We can only provide the fingerprint details through
    the failed SSH Tunnel Connection setup test. For a full walkthrough, see [Get Connection Fingerprint
    Details](https://fivetran.com/docs/rest-api/tutorials/get-connection-fingerprint-details).

    Args:
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (NewConnectorRequestV1 | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateConnectionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

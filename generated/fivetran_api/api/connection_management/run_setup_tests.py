from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.run_setup_tests_request import RunSetupTestsRequest
from ...models.run_setup_tests_response import RunSetupTestsResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    *,
    body: RunSetupTestsRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/connections/{connection_id}/test".format(
            connection_id=quote(str(connection_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RunSetupTestsResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = RunSetupTestsResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RunSetupTestsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunSetupTestsRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[RunSetupTestsResponse]:
    """Run Connection Setup Tests

     Runs the setup tests for an existing connection within your Fivetran account. Use this parameter to
    test the connection without making any configuration changes. You can optionally include
    `trust_certificates` or `trust_fingerprints` parameters to automatically approve certificates or
    fingerprints during the test run.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (RunSetupTestsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunSetupTestsResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunSetupTestsRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> RunSetupTestsResponse | None:
    """Run Connection Setup Tests

     Runs the setup tests for an existing connection within your Fivetran account. Use this parameter to
    test the connection without making any configuration changes. You can optionally include
    `trust_certificates` or `trust_fingerprints` parameters to automatically approve certificates or
    fingerprints during the test run.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (RunSetupTestsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunSetupTestsResponse
    """

    return sync_detailed(
        connection_id=connection_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunSetupTestsRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> Response[RunSetupTestsResponse]:
    """Run Connection Setup Tests

     Runs the setup tests for an existing connection within your Fivetran account. Use this parameter to
    test the connection without making any configuration changes. You can optionally include
    `trust_certificates` or `trust_fingerprints` parameters to automatically approve certificates or
    fingerprints during the test run.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (RunSetupTestsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunSetupTestsResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunSetupTestsRequest | Unset = UNSET,
    accept: str | Unset = "application/json;version=2",
) -> RunSetupTestsResponse | None:
    """Run Connection Setup Tests

     Runs the setup tests for an existing connection within your Fivetran account. Use this parameter to
    test the connection without making any configuration changes. You can optionally include
    `trust_certificates` or `trust_fingerprints` parameters to automatically approve certificates or
    fingerprints during the test run.

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json;version=2'. Example:
            application/json;version=2.
        body (RunSetupTestsRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunSetupTestsResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

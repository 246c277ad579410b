from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.run_setup_tests_account_log_service_response import RunSetupTestsAccountLogServiceResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/external-logging/account/test",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RunSetupTestsAccountLogServiceResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = RunSetupTestsAccountLogServiceResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RunSetupTestsAccountLogServiceResponse]:
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
) -> Response[RunSetupTestsAccountLogServiceResponse]:
    """Run Account Log Service Setup Tests

     Runs the setup tests for the account-level [logging service](/docs/logs/external-logs).

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunSetupTestsAccountLogServiceResponse]
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
) -> RunSetupTestsAccountLogServiceResponse | None:
    """Run Account Log Service Setup Tests

     Runs the setup tests for the account-level [logging service](/docs/logs/external-logs).

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunSetupTestsAccountLogServiceResponse
    """

    return sync_detailed(
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[RunSetupTestsAccountLogServiceResponse]:
    """Run Account Log Service Setup Tests

     Runs the setup tests for the account-level [logging service](/docs/logs/external-logs).

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunSetupTestsAccountLogServiceResponse]
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
) -> RunSetupTestsAccountLogServiceResponse | None:
    """Run Account Log Service Setup Tests

     Runs the setup tests for the account-level [logging service](/docs/logs/external-logs).

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunSetupTestsAccountLogServiceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            accept=accept,
        )
    ).parsed

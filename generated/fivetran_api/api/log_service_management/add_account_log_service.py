from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_account_log_request import AddAccountLogRequest
from ...models.add_account_log_service_response import AddAccountLogServiceResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    body: AddAccountLogRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/external-logging/account",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddAccountLogServiceResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = AddAccountLogServiceResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddAccountLogServiceResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddAccountLogRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[AddAccountLogServiceResponse]:
    """Create Account Log Service

     Creates an account-level [logging service](/docs/logs/external-logs).

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (AddAccountLogRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddAccountLogServiceResponse]
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
    body: AddAccountLogRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> AddAccountLogServiceResponse | None:
    """Create Account Log Service

     Creates an account-level [logging service](/docs/logs/external-logs).

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (AddAccountLogRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddAccountLogServiceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddAccountLogRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[AddAccountLogServiceResponse]:
    """Create Account Log Service

     Creates an account-level [logging service](/docs/logs/external-logs).

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (AddAccountLogRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddAccountLogServiceResponse]
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
    body: AddAccountLogRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> AddAccountLogServiceResponse | None:
    """Create Account Log Service

     Creates an account-level [logging service](/docs/logs/external-logs).

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (AddAccountLogRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddAccountLogServiceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

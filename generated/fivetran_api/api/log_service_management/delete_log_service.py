from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_log_service_response import DeleteLogServiceResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    log_id: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/external-logging/{log_id}".format(
            log_id=quote(str(log_id), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteLogServiceResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = DeleteLogServiceResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteLogServiceResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    log_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteLogServiceResponse]:
    """Delete a Group Log Service

     Deletes a group-level [logging service](/docs/logs/external-logs) from your Fivetran account.

    Args:
        log_id (str):  Example: logId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteLogServiceResponse]
    """

    kwargs = _get_kwargs(
        log_id=log_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    log_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteLogServiceResponse | None:
    """Delete a Group Log Service

     Deletes a group-level [logging service](/docs/logs/external-logs) from your Fivetran account.

    Args:
        log_id (str):  Example: logId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteLogServiceResponse
    """

    return sync_detailed(
        log_id=log_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    log_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[DeleteLogServiceResponse]:
    """Delete a Group Log Service

     Deletes a group-level [logging service](/docs/logs/external-logs) from your Fivetran account.

    Args:
        log_id (str):  Example: logId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteLogServiceResponse]
    """

    kwargs = _get_kwargs(
        log_id=log_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    log_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> DeleteLogServiceResponse | None:
    """Delete a Group Log Service

     Deletes a group-level [logging service](/docs/logs/external-logs) from your Fivetran account.

    Args:
        log_id (str):  Example: logId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteLogServiceResponse
    """

    return (
        await asyncio_detailed(
            log_id=log_id,
            client=client,
            accept=accept,
        )
    ).parsed

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_log_request_update_log_service import UpdateLogRequestUpdateLogService
from ...models.update_log_service_response import UpdateLogServiceResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    log_id: str,
    *,
    body: UpdateLogRequestUpdateLogService | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/external-logging/{log_id}".format(
            log_id=quote(str(log_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateLogServiceResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = UpdateLogServiceResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateLogServiceResponse]:
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
    body: UpdateLogRequestUpdateLogService | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[UpdateLogServiceResponse]:
    """Update a Group Log Service

     Updates information for an existing group-level [logging service](/docs/logs/external-logs) within
    your Fivetran account.

    Args:
        log_id (str):  Example: logId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateLogRequestUpdateLogService | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateLogServiceResponse]
    """

    kwargs = _get_kwargs(
        log_id=log_id,
        body=body,
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
    body: UpdateLogRequestUpdateLogService | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> UpdateLogServiceResponse | None:
    """Update a Group Log Service

     Updates information for an existing group-level [logging service](/docs/logs/external-logs) within
    your Fivetran account.

    Args:
        log_id (str):  Example: logId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateLogRequestUpdateLogService | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateLogServiceResponse
    """

    return sync_detailed(
        log_id=log_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    log_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLogRequestUpdateLogService | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[UpdateLogServiceResponse]:
    """Update a Group Log Service

     Updates information for an existing group-level [logging service](/docs/logs/external-logs) within
    your Fivetran account.

    Args:
        log_id (str):  Example: logId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateLogRequestUpdateLogService | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateLogServiceResponse]
    """

    kwargs = _get_kwargs(
        log_id=log_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    log_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLogRequestUpdateLogService | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> UpdateLogServiceResponse | None:
    """Update a Group Log Service

     Updates information for an existing group-level [logging service](/docs/logs/external-logs) within
    your Fivetran account.

    Args:
        log_id (str):  Example: logId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (UpdateLogRequestUpdateLogService | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateLogServiceResponse
    """

    return (
        await asyncio_detailed(
            log_id=log_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

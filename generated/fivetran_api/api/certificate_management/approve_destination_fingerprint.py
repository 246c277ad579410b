from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_destination_fingerprint_response import ApproveDestinationFingerprintResponse
from ...models.approve_fingerprint_request_approve_destination_fingerprint import (
    ApproveFingerprintRequestApproveDestinationFingerprint,
)
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    destination_id: str,
    *,
    body: ApproveFingerprintRequestApproveDestinationFingerprint | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/destinations/{destination_id}/fingerprints".format(
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
) -> ApproveDestinationFingerprintResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ApproveDestinationFingerprintResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApproveDestinationFingerprintResponse]:
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
    body: ApproveFingerprintRequestApproveDestinationFingerprint | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ApproveDestinationFingerprintResponse]:
    """Approve a Fingerprint for the Destination

     Approves a fingerprint, enabling Fivetran to trust it for a destination database and establish
    connections via an SSH tunnel.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ApproveFingerprintRequestApproveDestinationFingerprint | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveDestinationFingerprintResponse]
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
    body: ApproveFingerprintRequestApproveDestinationFingerprint | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ApproveDestinationFingerprintResponse | None:
    """Approve a Fingerprint for the Destination

     Approves a fingerprint, enabling Fivetran to trust it for a destination database and establish
    connections via an SSH tunnel.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ApproveFingerprintRequestApproveDestinationFingerprint | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveDestinationFingerprintResponse
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
    body: ApproveFingerprintRequestApproveDestinationFingerprint | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ApproveDestinationFingerprintResponse]:
    """Approve a Fingerprint for the Destination

     Approves a fingerprint, enabling Fivetran to trust it for a destination database and establish
    connections via an SSH tunnel.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ApproveFingerprintRequestApproveDestinationFingerprint | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveDestinationFingerprintResponse]
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
    body: ApproveFingerprintRequestApproveDestinationFingerprint | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ApproveDestinationFingerprintResponse | None:
    """Approve a Fingerprint for the Destination

     Approves a fingerprint, enabling Fivetran to trust it for a destination database and establish
    connections via an SSH tunnel.

    Args:
        destination_id (str):  Example: destinationId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ApproveFingerprintRequestApproveDestinationFingerprint | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveDestinationFingerprintResponse
    """

    return (
        await asyncio_detailed(
            destination_id=destination_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

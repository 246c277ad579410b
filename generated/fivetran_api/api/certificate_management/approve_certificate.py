from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_certificate_response import ApproveCertificateResponse
from ...models.trust_certificate_request import TrustCertificateRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    body: TrustCertificateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/certificates",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApproveCertificateResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ApproveCertificateResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApproveCertificateResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrustCertificateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ApproveCertificateResponse]:
    """(Deprecated) Approve a Certificate

     Approves a certificate for a connection/destination, so Fivetran trusts this certificate for a
    source/destination database. The connection/destination setup tests will fail if a non-approved
    certificate is provided.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TrustCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveCertificateResponse]
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
    body: TrustCertificateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ApproveCertificateResponse | None:
    """(Deprecated) Approve a Certificate

     Approves a certificate for a connection/destination, so Fivetran trusts this certificate for a
    source/destination database. The connection/destination setup tests will fail if a non-approved
    certificate is provided.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TrustCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveCertificateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrustCertificateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ApproveCertificateResponse]:
    """(Deprecated) Approve a Certificate

     Approves a certificate for a connection/destination, so Fivetran trusts this certificate for a
    source/destination database. The connection/destination setup tests will fail if a non-approved
    certificate is provided.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TrustCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveCertificateResponse]
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
    body: TrustCertificateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ApproveCertificateResponse | None:
    """(Deprecated) Approve a Certificate

     Approves a certificate for a connection/destination, so Fivetran trusts this certificate for a
    source/destination database. The connection/destination setup tests will fail if a non-approved
    certificate is provided.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (TrustCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveCertificateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.revoke_destination_fingerprint_response import RevokeDestinationFingerprintResponse
from ...types import Response, Unset, status_code_of


def _get_kwargs(
    destination_id: str,
    hash_: str,
    *,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/destinations/{destination_id}/fingerprints/{hash_}".format(
            destination_id=quote(str(destination_id), safe="").replace(".", "%2E"),
            hash_=quote(str(hash_), safe="").replace(".", "%2E"),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RevokeDestinationFingerprintResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = RevokeDestinationFingerprintResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RevokeDestinationFingerprintResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    destination_id: str,
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[RevokeDestinationFingerprintResponse]:
    """Revoke Destination Fingerprint

     Revokes a fingerprint, so Fivetran no longer trusts it while connecting to the destination database
    through an SSH tunnel.

    Args:
        destination_id (str):  Example: destinationId.
        hash_ (str):  Example: Y29ubmVjdG9yIGZpbmdlcnByaW50IGhhc2g.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RevokeDestinationFingerprintResponse]
    """

    kwargs = _get_kwargs(
        destination_id=destination_id,
        hash_=hash_,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    destination_id: str,
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> RevokeDestinationFingerprintResponse | None:
    """Revoke Destination Fingerprint

     Revokes a fingerprint, so Fivetran no longer trusts it while connecting to the destination database
    through an SSH tunnel.

    Args:
        destination_id (str):  Example: destinationId.
        hash_ (str):  Example: Y29ubmVjdG9yIGZpbmdlcnByaW50IGhhc2g.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RevokeDestinationFingerprintResponse
    """

    return sync_detailed(
        destination_id=destination_id,
        hash_=hash_,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    destination_id: str,
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> Response[RevokeDestinationFingerprintResponse]:
    """Revoke Destination Fingerprint

     Revokes a fingerprint, so Fivetran no longer trusts it while connecting to the destination database
    through an SSH tunnel.

    Args:
        destination_id (str):  Example: destinationId.
        hash_ (str):  Example: Y29ubmVjdG9yIGZpbmdlcnByaW50IGhhc2g.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RevokeDestinationFingerprintResponse]
    """

    kwargs = _get_kwargs(
        destination_id=destination_id,
        hash_=hash_,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    destination_id: str,
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = "application/json",
) -> RevokeDestinationFingerprintResponse | None:
    """Revoke Destination Fingerprint

     Revokes a fingerprint, so Fivetran no longer trusts it while connecting to the destination database
    through an SSH tunnel.

    Args:
        destination_id (str):  Example: destinationId.
        hash_ (str):  Example: Y29ubmVjdG9yIGZpbmdlcnByaW50IGhhc2g.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RevokeDestinationFingerprintResponse
    """

    return (
        await asyncio_detailed(
            destination_id=destination_id,
            hash_=hash_,
            client=client,
            accept=accept,
        )
    ).parsed

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_certificate_request import ApproveCertificateRequest
from ...models.approve_connection_certificate_response import ApproveConnectionCertificateResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    connection_id: str,
    *,
    body: ApproveCertificateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/connections/{connection_id}/certificates".format(
            connection_id=quote(str(connection_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApproveConnectionCertificateResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ApproveConnectionCertificateResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApproveConnectionCertificateResponse]:
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
    body: ApproveCertificateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ApproveConnectionCertificateResponse]:
    """Approve a Certificate for the Connection

     Approves a certificate, so Fivetran trusts this certificate for a source database connection.
    The connection setup tests will fail if a non-approved certificate is provided.

    > NOTE: This is only required for source connections based on the following databases:
    >  - [MySQL](https://fivetran.com/docs/connectors/databases/mysql#supportedservices)
    >  - [PostgreSQL](https://fivetran.com/docs/connectors/databases/postgresql#supportedservices)
    >  - [SQLServer](https://fivetran.com/docs/connectors/databases/sql-server#supportedservices)

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ApproveCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveConnectionCertificateResponse]
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
    body: ApproveCertificateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ApproveConnectionCertificateResponse | None:
    """Approve a Certificate for the Connection

     Approves a certificate, so Fivetran trusts this certificate for a source database connection.
    The connection setup tests will fail if a non-approved certificate is provided.

    > NOTE: This is only required for source connections based on the following databases:
    >  - [MySQL](https://fivetran.com/docs/connectors/databases/mysql#supportedservices)
    >  - [PostgreSQL](https://fivetran.com/docs/connectors/databases/postgresql#supportedservices)
    >  - [SQLServer](https://fivetran.com/docs/connectors/databases/sql-server#supportedservices)

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ApproveCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveConnectionCertificateResponse
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
    body: ApproveCertificateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ApproveConnectionCertificateResponse]:
    """Approve a Certificate for the Connection

     Approves a certificate, so Fivetran trusts this certificate for a source database connection.
    The connection setup tests will fail if a non-approved certificate is provided.

    > NOTE: This is only required for source connections based on the following databases:
    >  - [MySQL](https://fivetran.com/docs/connectors/databases/mysql#supportedservices)
    >  - [PostgreSQL](https://fivetran.com/docs/connectors/databases/postgresql#supportedservices)
    >  - [SQLServer](https://fivetran.com/docs/connectors/databases/sql-server#supportedservices)

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ApproveCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveConnectionCertificateResponse]
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
    body: ApproveCertificateRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ApproveConnectionCertificateResponse | None:
    """Approve a Certificate for the Connection

     Approves a certificate, so Fivetran trusts this certificate for a source database connection.
    The connection setup tests will fail if a non-approved certificate is provided.

    > NOTE: This is only required for source connections based on the following databases:
    >  - [MySQL](https://fivetran.com/docs/connectors/databases/mysql#supportedservices)
    >  - [PostgreSQL](https://fivetran.com/docs/connectors/databases/postgresql#supportedservices)
    >  - [SQLServer](https://fivetran.com/docs/connectors/databases/sql-server#supportedservices)

    Args:
        connection_id (str):  Example: 4107c213907114059a5544ad8fa66c52.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (ApproveCertificateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveConnectionCertificateResponse
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hvr_hub_registration_request import HvrHubRegistrationRequest
from ...models.hvr_register_hub_response import HvrRegisterHubResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    body: HvrHubRegistrationRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/hvr/register-hub",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HvrRegisterHubResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = HvrRegisterHubResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HvrRegisterHubResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HvrHubRegistrationRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[HvrRegisterHubResponse]:
    """Register Hub

     Register a new hub within your Fivetran account.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (HvrHubRegistrationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HvrRegisterHubResponse]
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
    body: HvrHubRegistrationRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> HvrRegisterHubResponse | None:
    """Register Hub

     Register a new hub within your Fivetran account.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (HvrHubRegistrationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HvrRegisterHubResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HvrHubRegistrationRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[HvrRegisterHubResponse]:
    """Register Hub

     Register a new hub within your Fivetran account.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (HvrHubRegistrationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HvrRegisterHubResponse]
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
    body: HvrHubRegistrationRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> HvrRegisterHubResponse | None:
    """Register Hub

     Register a new hub within your Fivetran account.

    Args:
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (HvrHubRegistrationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HvrRegisterHubResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.modify_webhook_response import ModifyWebhookResponse
from ...models.webhook_request_modify_webhook import WebhookRequestModifyWebhook
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    webhook_id: str,
    *,
    body: WebhookRequestModifyWebhook | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ModifyWebhookResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = ModifyWebhookResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ModifyWebhookResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequestModifyWebhook | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ModifyWebhookResponse]:
    """Update a Webhook

     The endpoint allows you to update the existing webhook with a given identifier

    Args:
        webhook_id (str):  Example: webhookId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (WebhookRequestModifyWebhook | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyWebhookResponse]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequestModifyWebhook | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ModifyWebhookResponse | None:
    """Update a Webhook

     The endpoint allows you to update the existing webhook with a given identifier

    Args:
        webhook_id (str):  Example: webhookId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (WebhookRequestModifyWebhook | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyWebhookResponse
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequestModifyWebhook | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[ModifyWebhookResponse]:
    """Update a Webhook

     The endpoint allows you to update the existing webhook with a given identifier

    Args:
        webhook_id (str):  Example: webhookId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (WebhookRequestModifyWebhook | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ModifyWebhookResponse]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequestModifyWebhook | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> ModifyWebhookResponse | None:
    """Update a Webhook

     The endpoint allows you to update the existing webhook with a given identifier

    Args:
        webhook_id (str):  Example: webhookId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (WebhookRequestModifyWebhook | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ModifyWebhookResponse
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_webhook_response import TestWebhookResponse
from ...models.webhook_test_request import WebhookTestRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    webhook_id: str,
    *,
    body: WebhookTestRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/webhooks/{webhook_id}/test".format(
            webhook_id=quote(str(webhook_id), safe="").replace(".", "%2E"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TestWebhookResponse | None:
    if 200 <= response.status_code <= 299:
        response_2xx = TestWebhookResponse.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TestWebhookResponse]:
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
    body: WebhookTestRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[TestWebhookResponse]:
    """Test a Webhook

     The endpoint allows you to test an existing webhook. It sends a webhook with a given identifier for
    a dummy connection with identifier _connection_1

    Args:
        webhook_id (str):  Example: webhookId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (WebhookTestRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestWebhookResponse]
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
    body: WebhookTestRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> TestWebhookResponse | None:
    """Test a Webhook

     The endpoint allows you to test an existing webhook. It sends a webhook with a given identifier for
    a dummy connection with identifier _connection_1

    Args:
        webhook_id (str):  Example: webhookId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (WebhookTestRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestWebhookResponse
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
    body: WebhookTestRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> Response[TestWebhookResponse]:
    """Test a Webhook

     The endpoint allows you to test an existing webhook. It sends a webhook with a given identifier for
    a dummy connection with identifier _connection_1

    Args:
        webhook_id (str):  Example: webhookId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (WebhookTestRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TestWebhookResponse]
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
    body: WebhookTestRequest | Unset = UNSET,
    accept: str | Unset = "application/json",
) -> TestWebhookResponse | None:
    """Test a Webhook

     The endpoint allows you to test an existing webhook. It sends a webhook with a given identifier for
    a dummy connection with identifier _connection_1

    Args:
        webhook_id (str):  Example: webhookId.
        accept (str | Unset):  Default: 'application/json'. Example: application/json.
        body (WebhookTestRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TestWebhookResponse
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed

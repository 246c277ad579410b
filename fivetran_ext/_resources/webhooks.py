"""Webhooks: ``client.webhooks`` (`Webhooks`) and its async twin `AsyncWebhooks`.

This is webhook *management* (register, change, test). Receiving and verifying deliveries is
`fivetran_ext.webhooks`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

from fivetran_api.types import Response, Unset

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from .._validation import check_event, check_events, check_webhook_url
from ._base import AsyncResource, Call, DataOf, NoData, PageOf, SyncResource
from ._builders import by_id, flag, json_body, optional_text, pages
from ._common import with_extra

if TYPE_CHECKING:
    from .._models import Webhook, WebhookTestResult

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
create_account_webhook = "fivetran_api.api.webhook_management.create_account_webhook"
create_group_webhook = "fivetran_api.api.webhook_management.create_group_webhook"
delete_webhook = "fivetran_api.api.webhook_management.delete_webhook"
list_all_webhooks = "fivetran_api.api.webhook_management.list_all_webhooks"
modify_webhook = "fivetran_api.api.webhook_management.modify_webhook"
test_webhook = "fivetran_api.api.webhook_management.test_webhook"
webhook_details = "fivetran_api.api.webhook_management.webhook_details"

__all__ = ["DEFAULT_TEST_EVENT", "AsyncWebhooks", "Webhooks"]

DEFAULT_TEST_EVENT = "sync_start"
"""The event `Webhooks.test` sends when none is named (the spec requires one; Fivetran's example)."""

_WEBHOOK = DataOf(lambda: models.Webhook)
_TEST_RESULT = DataOf(lambda: models.WebhookTestResult)

_list = pages(list_all_webhooks, PageOf(lambda: models.Webhook))
_get = by_id(webhook_details, _WEBHOOK, "webhook_id")
_delete = by_id(delete_webhook, NoData(), "webhook_id")


def _test_result(operation: ModuleType, response: Response[Any]) -> WebhookTestResult:
    data = getattr(response.parsed, "data", None)
    if data is None or isinstance(data, Unset):
        # Should the result come beside ``code`` instead of under ``data``, read it there (Fivetrex does too).
        return models.WebhookTestResult.from_dict(json.loads(response.content or b"{}"))
    return _TEST_RESULT(operation, response)


# Call builders: validation and request shape, shared by both twins.
def _fields(
    url: str | None,
    events: Sequence[str] | None,
    active: bool | None,
    secret: str | None,
    extra: Mapping[str, Any] | None,
    *,
    update: bool = False,
) -> dict[str, Any]:
    checked = {
        "url": check_webhook_url(url),
        "events": check_events(events),
        "active": flag("active", active),
        "secret": optional_text("secret", secret),
    }
    return with_extra(checked, extra, update=update)


def _create_account(
    url: str, events: Sequence[str], active: bool | None, secret: str | None, extra: Mapping[str, Any] | None
) -> Call[Webhook]:
    body = json_body(request_models.WebhookRequest, **_fields(url, events, active, secret, extra))
    return Call(create_account_webhook, {"body": body}, _WEBHOOK)


def _create_group(
    group_id: str,
    url: str,
    events: Sequence[str],
    active: bool | None,
    secret: str | None,
    extra: Mapping[str, Any] | None,
) -> Call[Webhook]:
    body = json_body(request_models.WebhookRequestCreateGroupWebhook, **_fields(url, events, active, secret, extra))
    return Call(create_group_webhook, {"group_id": path_param("group_id", group_id), "body": body}, _WEBHOOK)


def _update(
    webhook_id: str,
    url: str | None,
    events: Sequence[str] | None,
    active: bool | None,
    secret: str | None,
    extra: Mapping[str, Any] | None,
) -> Call[Webhook]:
    body = json_body(
        request_models.WebhookRequestModifyWebhook, **_fields(url, events, active, secret, extra, update=True)
    )
    return Call(modify_webhook, {"webhook_id": path_param("webhook_id", webhook_id), "body": body}, _WEBHOOK)


def _test(webhook_id: str, event: str | None) -> Call[WebhookTestResult]:
    body = json_body(
        request_models.WebhookTestRequest, event=check_event(DEFAULT_TEST_EVENT if event is None else event)
    )
    return Call(test_webhook, {"webhook_id": path_param("webhook_id", webhook_id), "body": body}, _test_result)


class Webhooks(SyncResource):
    """Fivetran webhooks: account-wide or per group, each subscribed to some events.

    Creating or activating a webhook makes Fivetran call its URL, which must be HTTPS and reachable;
    ``active=False`` skips that check.

    Example:
        webhook = client.webhooks.create_account(
            url="https://hooks.example.com/fivetran", events=["sync_end"], secret="s3cret", active=True
        )
        result = client.webhooks.test(webhook.id, event="sync_end")
        print(result.succeed, result.status)
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[Webhook]:
        """Fetch one page of webhooks (``GET /v1/webhooks``).

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Webhook]:
        """Iterate over all webhooks, fetching pages lazily."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def get(self, webhook_id: str) -> Webhook:
        """Fetch one webhook (``GET /v1/webhooks/{webhook_id}``); its ``secret`` comes back masked."""
        return self._run(_get(webhook_id))

    def create_account(
        self,
        *,
        url: str,
        events: Sequence[str],
        active: bool | None = None,
        secret: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Webhook:
        """Create an account-wide webhook (``POST /v1/webhooks/account``): events of every group.

        Args:
            url: Where Fivetran posts events: ``https://`` (``http://`` only for loopback hosts).
            events: Non-empty list of event names, e.g. ``["sync_start", "sync_end"]``.
            active: Whether deliveries are on; ``False`` also skips Fivetran's test call to the URL.
            secret: Key of the ``X-Fivetran-Signature-256`` HMAC (verify with `fivetran_ext.webhooks`).
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: ``url`` or ``events`` is invalid (nothing is sent).
        """
        return self._run(_create_account(url, events, active, secret, extra))

    def create_group(
        self,
        group_id: str,
        *,
        url: str,
        events: Sequence[str],
        active: bool | None = None,
        secret: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Webhook:
        """Create a webhook for one group's events (``POST /v1/webhooks/group/{group_id}``); see `create_account`."""
        return self._run(_create_group(group_id, url, events, active, secret, extra))

    def update(
        self,
        webhook_id: str,
        *,
        url: str | None = None,
        events: Sequence[str] | None = None,
        active: bool | None = None,
        secret: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Webhook:
        """Change a webhook (``PATCH /v1/webhooks/{webhook_id}``); only given fields are sent.

        Raises:
            ValueError: nothing to update, or ``url``/``events`` is invalid (nothing is sent).
        """
        return self._run(_update(webhook_id, url, events, active, secret, extra))

    def delete(self, webhook_id: str) -> None:
        """Delete a webhook (``DELETE /v1/webhooks/{webhook_id}``)."""
        return self._run(_delete(webhook_id))

    def test(self, webhook_id: str, event: str | None = None) -> WebhookTestResult:
        """Have Fivetran send a test event to the webhook's URL (``POST /v1/webhooks/{webhook_id}/test``).

        Args:
            webhook_id: The webhook.
            event: The event to send; None sends ``sync_start`` (the spec requires an event, so the body is
                never the ``{}`` Fivetrex sends).

        Returns:
            ``succeed``, the receiver's HTTP ``status`` and a ``message``.

        Example:
            result = client.webhooks.test("program_quoth", event="sync_end")
            assert result.succeed, result.message
        """
        return self._run(_test(webhook_id, event))


class AsyncWebhooks(AsyncResource):
    """Async twin of `Webhooks`; ``stream()`` is used with ``async for``."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[Webhook]:
        """See `Webhooks.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Webhook]:
        """See `Webhooks.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def get(self, webhook_id: str) -> Webhook:
        """See `Webhooks.get`."""
        return await self._run(_get(webhook_id))

    async def create_account(
        self,
        *,
        url: str,
        events: Sequence[str],
        active: bool | None = None,
        secret: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Webhook:
        """See `Webhooks.create_account`."""
        return await self._run(_create_account(url, events, active, secret, extra))

    async def create_group(
        self,
        group_id: str,
        *,
        url: str,
        events: Sequence[str],
        active: bool | None = None,
        secret: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Webhook:
        """See `Webhooks.create_group`."""
        return await self._run(_create_group(group_id, url, events, active, secret, extra))

    async def update(
        self,
        webhook_id: str,
        *,
        url: str | None = None,
        events: Sequence[str] | None = None,
        active: bool | None = None,
        secret: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Webhook:
        """See `Webhooks.update`."""
        return await self._run(_update(webhook_id, url, events, active, secret, extra))

    async def delete(self, webhook_id: str) -> None:
        """See `Webhooks.delete`."""
        return await self._run(_delete(webhook_id))

    async def test(self, webhook_id: str, event: str | None = None) -> WebhookTestResult:
        """See `Webhooks.test`."""
        return await self._run(_test(webhook_id, event))

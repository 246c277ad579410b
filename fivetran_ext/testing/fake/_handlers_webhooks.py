"""Webhooks: account and group webhooks, list/get/patch/delete, and ``test`` (a real delivery).

Secrets are stored and used for signing but answered masked (``******``). Unlike the live API the fake
accepts plain ``http`` URLs and does not call the URL when a webhook is created or activated, so local
receivers work.
"""

from __future__ import annotations

from functools import partial
from typing import Any
from urllib.parse import urlsplit

from ._context import RequestContext
from ._crud import deleted, page, target
from ._errors import invalid_input
from ._records import Webhook
from ._replies import Deferred, Reply, success
from ._router import Router
from ._validation import Body
from ._webhook_delivery import WebhookDelivery, WebhookDispatcher
from ._webhook_events import created_stamp, delivery_for
from ._wire import FakeResponse
from ._world import OWNER_ID, World

__all__ = ["create_webhook", "register"]


def _checked_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise invalid_input(f"Invalid webhook url '{url}': expected an absolute http(s) URL")
    return url


def _events(body: Body) -> list[str] | None:
    events = body.text_list("events")
    if events is not None and not events:
        raise invalid_input("Field 'events' must not be empty")
    return events


def create_webhook(world: World, body: Body, *, group_id: str | None = None, item_id: str | None = None) -> Webhook:
    """Create an account webhook, or a group webhook when ``group_id`` is given."""
    if group_id is not None:
        world.store.groups.get(group_id)
    url = _checked_url(body.required_text("url"))
    events = _events(body)
    if events is None:
        raise invalid_input("Missing required field: 'events'")
    active = body.flag("active")
    webhook = Webhook(
        id=world.store.new_id(item_id),
        type="account" if group_id is None else "group",
        url=url,
        events=events,
        active=True if active is None else active,
        secret=body.text("secret"),
        created_at=world.now(),
        created_by=OWNER_ID,
        group_id=group_id,
    )
    return world.store.webhooks.add(webhook.id, webhook)


def _webhook(ctx: RequestContext) -> Webhook:
    return target(ctx, ctx.world.store.webhooks, "webhookId")


def _list(ctx: RequestContext) -> Reply:
    return page(ctx, ctx.world.store.webhooks.rows(), Webhook.view, "Webhooks retrieved successfully")


def _create_account(ctx: RequestContext) -> Reply:
    # 200, not 201: webhook creation is the exception in the live API and the spec agrees.
    return success(create_webhook(ctx.world, ctx.body()).view(), "Account webhook has been created")


def _create_group(ctx: RequestContext) -> Reply:
    webhook = create_webhook(ctx.world, ctx.body(), group_id=ctx.params["groupId"])
    return success(webhook.view(), "Group webhook has been created")


def _get(ctx: RequestContext) -> Reply:
    return success(_webhook(ctx).view(), "Webhook details retrieved successfully")


def _update(ctx: RequestContext) -> Reply:
    webhook = _webhook(ctx)
    body = ctx.body()
    url = body.text("url")
    webhook.url = _checked_url(url) if url is not None else webhook.url
    webhook.events = _events(body) or webhook.events
    active = body.flag("active")
    webhook.active = webhook.active if active is None else active
    if "secret" in body:
        webhook.secret = body.text("secret")
    return success(webhook.view(), "Webhook has been updated")


def _delete(ctx: RequestContext) -> Reply:
    webhook = ctx.world.store.webhooks.remove(ctx.params["webhookId"])
    return deleted("Webhook", webhook.id)


def _test_payload(world: World, webhook: Webhook, event: str) -> dict[str, Any]:
    # Fivetran's test deliveries describe a placeholder connection; the fake does the same.
    return {
        "event": event,
        "created": created_stamp(world.now()),
        "connector_type": "webhook_test",
        "connector_id": "webhook_test",
        "connector_name": "webhook_test",
        "sync_id": world.ids.uuid(),
        "destination_group_id": webhook.group_id or "webhook_test",
        "data": {"status": "SUCCESSFUL"} if event == "sync_end" else {},
    }


def _test_result(dispatcher: WebhookDispatcher, delivery: WebhookDelivery) -> FakeResponse:
    sent = dispatcher.send_now(delivery)
    status = sent.status_code or 0
    message = sent.error or ("Success" if sent.ok else f"The webhook URL answered HTTP {status}")
    return success({"succeed": sent.ok, "status": status, "message": message}, "Webhook test completed successfully")


def _test(ctx: RequestContext) -> Reply:
    webhook = _webhook(ctx)
    event = ctx.body().required_text("event")
    delivery = delivery_for(webhook, _test_payload(ctx.world, webhook, event))
    # The answer needs the receiver's status, so the delivery is synchronous, but outside the fake's lock.
    return Deferred(partial(_test_result, ctx.world.dispatcher, delivery))


def register(router: Router) -> None:
    router.add("GET", "/v1/webhooks", _list)
    router.add("POST", "/v1/webhooks/account", _create_account)
    router.add("POST", "/v1/webhooks/group/{groupId}", _create_group)
    router.add("GET", "/v1/webhooks/{webhookId}", _get)
    router.add("PATCH", "/v1/webhooks/{webhookId}", _update)
    router.add("DELETE", "/v1/webhooks/{webhookId}", _delete)
    router.add("POST", "/v1/webhooks/{webhookId}/test", _test)

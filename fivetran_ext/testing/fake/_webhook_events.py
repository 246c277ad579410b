"""Building webhook events: who receives an event, the payload, and its signature.

Account webhooks receive events of every group, group webhooks those of their group; inactive
webhooks and webhooks not subscribed to the event receive nothing. The payload has the live API's keys
(``event``, ``created`` with milliseconds and ``Z``, ``connector_type``, ``connector_id``,
``connector_name``, ``sync_id``, ``destination_group_id``, ``data``); a webhook with a secret gets
``X-Fivetran-Signature-256``: the upper-case hex HMAC-SHA256 of the exact body.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from ...webhooks import SIGNATURE_HEADER, compute_signature
from ._records import Connection, Webhook
from ._webhook_delivery import WebhookDelivery

__all__ = ["connection_payload", "created_stamp", "delivery_for", "recipients"]

USER_AGENT = "fivetran-ext-fake-webhooks"


def created_stamp(moment: datetime) -> str:
    """``2025-01-01T00:01:00.000Z``: webhook stamps carry milliseconds, resources microseconds."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def connection_payload(
    event: str, connection: Connection, data: dict[str, Any], sync_id: str | None, when: datetime
) -> dict[str, Any]:
    """The body of an event about ``connection``."""
    return {
        "event": event,
        "created": created_stamp(when),
        "connector_type": connection.service,
        "connector_id": connection.id,
        "connector_name": connection.schema,
        "sync_id": sync_id,
        "destination_group_id": connection.group_id,
        "data": data,
    }


def recipients(webhooks: Iterable[Webhook], event: str, group_id: str | None) -> list[Webhook]:
    """Active webhooks subscribed to ``event`` that cover ``group_id``."""
    return [
        webhook
        for webhook in webhooks
        if webhook.active and event in webhook.events and (webhook.type == "account" or webhook.group_id == group_id)
    ]


def delivery_for(webhook: Webhook, payload: dict[str, Any]) -> WebhookDelivery:
    """Serialize ``payload`` once and sign those exact bytes."""
    body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
    if webhook.secret:
        headers[SIGNATURE_HEADER] = compute_signature(body, webhook.secret)
    return WebhookDelivery(webhook.id, webhook.url, str(payload["event"]), body, headers)

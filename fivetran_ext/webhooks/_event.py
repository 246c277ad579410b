"""The typed webhook event and its parser."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from ._errors import WebhookPayloadError

__all__ = ["WebhookEvent", "parse_event"]

_TEXT_FIELDS = ("connector_type", "connector_id", "connector_name", "sync_id", "destination_group_id")
# Keys mapped onto fields; everything else lands in `extra` because Fivetran adds keys over time.
_KNOWN_KEYS = frozenset({"event", "created", "data", "group_id", *_TEXT_FIELDS})
_SYNC_FAILURES = frozenset({"FAILURE", "FAILURE_WITH_TASK"})


@dataclass(frozen=True)
class WebhookEvent:
    """One verified Fivetran webhook delivery.

    Attributes:
        event: Event name (``sync_start``, ``sync_end``, ``status``, ``dbt_run_succeeded``, ...). The set
            is open: names this library does not know are kept as they are.
        created: When Fivetran created the event, timezone-aware (UTC if the payload had no offset).
        connector_id: The connection id, if the event concerns one.
        connector_type: The connector's service, e.g. ``"postgres"``.
        connector_name: The connection's schema name.
        sync_id: Identifies one sync; ``sync_start`` and ``sync_end`` of a sync share it.
        destination_group_id: The destination (group) id; older payloads call it ``group_id``.
        data: Event-specific details, e.g. ``{"status": "SUCCESSFUL"}`` for ``sync_end``.
        extra: Every top-level key this library does not map to a field, kept for forward compatibility.
        payload: The whole decoded JSON object.
        raw: The exact body bytes that were verified.

    Example:
        >>> from fivetran_ext.webhooks import compute_signature, construct_event
        >>> body = b'{"event": "sync_end", "group_id": "g1", "data": {"status": "SUCCESSFUL"}}'
        >>> event = construct_event(body, {"X-Fivetran-Signature-256": compute_signature(body, "k")}, "k")
        >>> event.succeeded, event.failed, event.destination_group_id
        (True, False, 'g1')
    """

    event: str
    created: datetime | None
    connector_id: str | None
    connector_type: str | None
    connector_name: str | None
    sync_id: str | None
    destination_group_id: str | None
    data: Mapping[str, Any]
    extra: Mapping[str, Any]
    payload: Mapping[str, Any] = field(repr=False)
    raw: bytes = field(repr=False)

    def __hash__(self) -> int:
        # Every field is derived from `raw`, so hashing it agrees with equality; the mapping fields are
        # read-only proxies and would make the generated hash raise.
        return hash(self.raw)

    @property
    def status(self) -> str | None:
        """``data["status"]`` when it is a string (``sync_end``: SUCCESSFUL, FAILURE, FAILURE_WITH_TASK)."""
        value = self.data.get("status")
        return value if isinstance(value, str) else None

    @property
    def succeeded(self) -> bool:
        """True for a ``sync_end`` whose ``data["status"]`` is ``SUCCESSFUL``."""
        return self.event == "sync_end" and self.status == "SUCCESSFUL"

    @property
    def failed(self) -> bool:
        """True for a ``sync_end`` whose ``data["status"]`` is ``FAILURE`` or ``FAILURE_WITH_TASK``."""
        return self.event == "sync_end" and self.status in _SYNC_FAILURES


def _decode_object(body: bytes) -> dict[str, Any]:
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        # ValueError covers bad JSON, bad UTF-8 and oversized integers; RecursionError deep nesting.
        raise WebhookPayloadError() from None
    if not isinstance(decoded, dict):
        raise WebhookPayloadError("Invalid JSON payload: expected a JSON object")
    return decoded


def _text(payload: Mapping[str, Any], key: str) -> str | None:
    value = payload.get(key)
    if value is None or isinstance(value, str):
        return value
    raise WebhookPayloadError(f"Invalid JSON payload: {key!r} must be a string")


def _created(payload: Mapping[str, Any]) -> datetime | None:
    value = _text(payload, "created")
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise WebhookPayloadError("Invalid JSON payload: 'created' is not an ISO-8601 timestamp") from None
    # Fivetran timestamps are UTC; an offset-less value is read as UTC so `created` is always aware.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def parse_event(body: bytes) -> WebhookEvent:
    """Decode an (already verified) body into a `WebhookEvent`.

    Raises:
        WebhookPayloadError: not a JSON object, no string ``event``, a known field of the wrong type,
            or an unparseable ``created``.
    """
    payload = _decode_object(body)
    event = payload.get("event")
    if not isinstance(event, str) or not event:
        raise WebhookPayloadError("Invalid JSON payload: 'event' must be a non-empty string")
    data = payload.get("data")
    if data is None:
        data = {}
    elif not isinstance(data, dict):
        raise WebhookPayloadError("Invalid JSON payload: 'data' must be an object")
    group_id = _text(payload, "destination_group_id") or _text(payload, "group_id")
    return WebhookEvent(
        event=event,
        created=_created(payload),
        connector_id=_text(payload, "connector_id"),
        connector_type=_text(payload, "connector_type"),
        connector_name=_text(payload, "connector_name"),
        sync_id=_text(payload, "sync_id"),
        destination_group_id=group_id,
        data=MappingProxyType(data),
        extra=MappingProxyType({key: value for key, value in payload.items() if key not in _KNOWN_KEYS}),
        payload=MappingProxyType(payload),
        raw=body,
    )

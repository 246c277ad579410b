"""The fake's state and the services handlers share: store, clock, sync engine, webhook events."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ._clock import Clock
from ._ids import IdFactory
from ._records import Connection
from ._store import Store
from ._sync import SyncEngine
from ._webhook_delivery import WebhookDispatcher
from ._webhook_events import connection_payload, delivery_for, recipients

__all__ = ["OWNER_ID", "World"]

OWNER_ID = "fake_api_owner"
"""The user id the fake reports as ``connected_by``/``created_by``: the owner of the API key."""


class World:
    """Everything a request can read or change. Callers hold the fake's lock while using it."""

    def __init__(
        self,
        clock: Clock,
        dispatcher: WebhookDispatcher,
        *,
        seed: int | None = 0,
        sync_duration: float = 60.0,
        scheduled_syncs: bool = False,
    ) -> None:
        self.clock = clock
        self.dispatcher = dispatcher
        self.ids = IdFactory(seed)
        self.store = Store(ids=self.ids)
        self.sync = SyncEngine(
            clock,
            self.ids.uuid,
            self.emit,
            self.store.connections.find,
            default_duration=sync_duration,
            scheduled_syncs=scheduled_syncs,
        )

    def now(self) -> datetime:
        return self.clock.now()

    def emit(
        self,
        event: str,
        connection: Connection,
        data: dict[str, Any] | None = None,
        sync_id: str | None = None,
        when: datetime | None = None,
    ) -> None:
        """Queue ``event`` about ``connection`` for every webhook that wants it."""
        targets = recipients(self.store.webhooks, event, connection.group_id)
        if not targets:
            return
        payload = connection_payload(event, connection, data or {}, sync_id, when or self.now())
        for webhook in targets:
            self.dispatcher.enqueue(delivery_for(webhook, payload))

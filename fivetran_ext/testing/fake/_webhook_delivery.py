"""Delivering webhook events: real HTTP POSTs, off the request path, with a record for tests.

In ``background`` mode a worker thread sends queued deliveries as they arrive; in ``manual`` mode they
wait for `WebhookDispatcher.deliver_pending` (deterministic tests). Either way the request handler that
caused an event only enqueues it. Failed deliveries are recorded, not retried (the live API retries for
up to 24 hours; a test wants to see the failure).
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any, Literal

import httpx

__all__ = ["DeliveryMode", "WebhookDelivery", "WebhookDispatcher"]

DeliveryMode = Literal["background", "manual"]


@dataclass
class WebhookDelivery:
    """One POST to one webhook URL.

    Attributes:
        webhook_id: The webhook that asked for the event.
        url: Where it was sent.
        event: The payload's ``event``.
        body: The exact bytes sent (what the signature covers).
        headers: The request headers, including ``X-Fivetran-Signature-256`` when the webhook has a secret.
        status_code: The receiver's HTTP status, or None when nothing came back.
        error: Why no status came back (connection refused, timeout), else None.
    """

    webhook_id: str
    url: str
    event: str
    body: bytes
    headers: dict[str, str]
    status_code: int | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the receiver answered 2xx."""
        return self.status_code is not None and 200 <= self.status_code < 300

    def payload(self) -> Any:
        """The decoded JSON body."""
        return json.loads(self.body)


class WebhookDispatcher:
    """Queue, send and record webhook deliveries."""

    def __init__(
        self, mode: DeliveryMode = "background", *, timeout: float = 10.0, transport: httpx.BaseTransport | None = None
    ) -> None:
        if mode not in ("background", "manual"):
            raise ValueError(f"webhook delivery mode must be 'background' or 'manual', got {mode!r}")
        self.mode: DeliveryMode = mode
        self._timeout = timeout
        self._transport = transport
        self._condition = threading.Condition()
        self._pending: deque[WebhookDelivery] = deque()
        self._in_flight = 0
        # Bounded so a long-running server does not grow without end; far more than any test sends.
        self._delivered: deque[WebhookDelivery] = deque(maxlen=10_000)
        self._worker: threading.Thread | None = None
        self._client: httpx.Client | None = None
        self._closed = False

    @property
    def deliveries(self) -> list[WebhookDelivery]:
        """Completed deliveries (sent or failed), oldest first (the last 10,000)."""
        with self._condition:
            return list(self._delivered)

    @property
    def pending(self) -> list[WebhookDelivery]:
        """Deliveries waiting to be sent."""
        with self._condition:
            return list(self._pending)

    def enqueue(self, delivery: WebhookDelivery) -> None:
        """Queue a delivery; never blocks on the network."""
        with self._condition:
            if self._closed:
                return
            self._pending.append(delivery)
            if self.mode == "background" and self._worker is None:
                self._worker = threading.Thread(target=self._work, name="fake-fivetran-webhooks", daemon=True)
                self._worker.start()
            self._condition.notify_all()

    def deliver_pending(self) -> list[WebhookDelivery]:
        """Send every queued delivery now, in the calling thread, and return them."""
        sent = []
        while (delivery := self._take()) is not None:
            sent.append(self._complete(delivery))
        return sent

    def send_now(self, delivery: WebhookDelivery) -> WebhookDelivery:
        """Send one delivery synchronously (the webhook ``test`` endpoint reports its result)."""
        with self._condition:
            self._in_flight += 1
        return self._complete(delivery)

    def wait(self, timeout: float = 5.0) -> bool:
        """Block until nothing is queued or in flight; False on timeout.

        Only meaningful in ``background`` mode (in ``manual`` mode queued deliveries wait for
        `deliver_pending`, so this returns False at once while any are queued).
        """
        with self._condition:
            if self.mode == "manual" and self._pending:
                return False
            return self._condition.wait_for(lambda: not self._pending and not self._in_flight, timeout)

    def close(self) -> None:
        """Stop the worker (after the delivery it is sending) and close the HTTP client."""
        with self._condition:
            self._closed = True
            self._pending.clear()
            self._condition.notify_all()
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.join(timeout=self._timeout + 1)
        if self._client is not None:
            self._client.close()
            self._client = None

    # ------------------------------------------------------------------ internals

    def _take(self) -> WebhookDelivery | None:
        with self._condition:
            if not self._pending:
                return None
            self._in_flight += 1
            return self._pending.popleft()

    def _work(self) -> None:
        while True:
            with self._condition:
                self._condition.wait_for(lambda: self._pending or self._closed)
                if self._closed:
                    return
            delivery = self._take()
            if delivery is not None:
                self._complete(delivery)

    def _http(self) -> httpx.Client:
        with self._condition:
            if self._client is None:
                self._client = httpx.Client(timeout=self._timeout, transport=self._transport)
            return self._client

    def _complete(self, delivery: WebhookDelivery) -> WebhookDelivery:
        try:
            response = self._http().post(delivery.url, content=delivery.body, headers=delivery.headers)
            delivery.status_code = response.status_code
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            delivery.error = f"{type(error).__name__}: {error}"
        with self._condition:
            self._delivered.append(delivery)
            self._in_flight -= 1
            self._condition.notify_all()
        return delivery

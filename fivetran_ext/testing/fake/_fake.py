"""`FakeFivetran`: the composition root and the request pipeline.

Every request, whichever way it arrives (in-process transport or HTTP server), goes through the same
steps: record it; wait the injected latency; maybe drop the connection; maybe answer an injected 5xx
(these happen "in front of" the API, like a proxy would, so before authentication); then, under the
fake's lock, finish due syncs, check Basic auth, count the request against the rate limit, check the
``Accept`` and ``Content-Type`` headers, route, and run the handler. Every answer after authentication
carries ``X-Rate-Limit`` and ``X-Rate-Limit-Remaining``.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import threading
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ..._governor import buckets_of
from ._clock import Clock, FakeClock
from ._context import RequestContext
from ._control import ConnectionsControl, DestinationsControl, GroupsControl, UsersControl, WebhooksControl
from ._errors import FakeAPIError, auth_failed, not_acceptable, too_many_requests, unsupported_media_type
from ._examples import register_examples
from ._faults import Faults
from ._handlers_connections import register as register_connections
from ._handlers_destinations import register as register_destinations
from ._handlers_groups import register as register_groups
from ._handlers_schemas import register as register_schemas
from ._handlers_users import register as register_users
from ._handlers_webhooks import register as register_webhooks
from ._replies import Deferred, Reply
from ._router import Router
from ._server import FakeServer
from ._transport import AsyncFakeTransport, FakeTransport
from ._webhook_delivery import DeliveryMode, WebhookDelivery, WebhookDispatcher
from ._wire import ConnectionDropped, FakeRequest, FakeResponse
from ._world import World

if TYPE_CHECKING:
    from ... import AsyncFivetran, Fivetran

__all__ = ["DEFAULT_API_KEY", "DEFAULT_API_SECRET", "IN_PROCESS_BASE_URL", "FakeFivetran"]

DEFAULT_API_KEY = "fake-key"
DEFAULT_API_SECRET = "fake-secret"  # noqa: S105 - a published placeholder, like the key
IN_PROCESS_BASE_URL = "https://api.fivetran.com"
"""The base URL in-process clients use: the transport never opens a socket, so any host works."""

_WRITE_METHODS = ("POST", "PATCH", "PUT")
# JSON everywhere, except Connector SDK package uploads, which the spec declares as multipart.
_BODY_TYPES = ("application/json", "multipart/form-data")
# How many requests `requests` keeps: enough for any test, bounded for a long-running server.
REQUEST_LOG_SIZE = 10_000
# Bodies up to this size are kept in the log (when `record_bodies`); larger ones are logged empty, so
# the log stays bounded in bytes as well as in entries.
MAX_RECORDED_BODY = 1024 * 1024


def _build_router() -> tuple[Router, frozenset[tuple[str, str]]]:
    """The routes, and which of them are stateful (the rest answer the spec's examples)."""
    router = Router()
    for register in (
        register_groups,
        register_destinations,
        register_connections,
        register_schemas,
        register_webhooks,
        register_users,
    ):
        register(router)
    # Stateful handlers first: examples only fill the operations left over.
    stateful = frozenset(router.routes())
    register_examples(router)
    return router, stateful


class FakeFivetran:
    """A stateful, in-memory Fivetran REST API.

    Args:
        api_key: The key clients must send (HTTP Basic user).
        api_secret: The secret clients must send (HTTP Basic password).
        clock: Time source; a `FakeClock` by default (time moves only with ``fake.clock.advance``).
        seed: Seeds ids, sync ids and random faults, so runs repeat exactly.
        sync_duration: Default seconds a sync takes.
        scheduled_syncs: Also start syncs on schedule (every ``sync_frequency`` minutes for ``auto``
            connections, and a first sync right after creation), like the live service. Off by default so
            that only triggered syncs happen in tests.
        webhook_delivery: ``background`` (a worker thread posts events as they happen) or ``manual``
            (events wait for `deliver_pending_webhooks`).
        webhook_transport: An httpx transport for webhook deliveries (default: real HTTP).
        webhook_timeout: Seconds to wait for a webhook receiver.
        record_bodies: Keep request bodies (up to 1 MiB each) in `requests`. ``python -m
            fivetran_ext.testing serve`` turns it off unless ``--record-bodies`` is given: a long-running
            server should not hold every body it was sent.

    Example:
        >>> fake = FakeFivetran()
        >>> group = fake.groups.create("analytics")
        >>> import httpx
        >>> with httpx.Client(transport=fake.transport(), base_url="https://api.fivetran.com",
        ...                   auth=("fake-key", "fake-secret")) as http:
        ...     http.get(f"/v1/groups/{group['id']}").json()["data"]["name"]
        'analytics'
        >>> fake.close()
    """

    def __init__(
        self,
        *,
        api_key: str = DEFAULT_API_KEY,
        api_secret: str = DEFAULT_API_SECRET,
        clock: Clock | None = None,
        seed: int | None = 0,
        sync_duration: float = 60.0,
        scheduled_syncs: bool = False,
        webhook_delivery: DeliveryMode = "background",
        webhook_transport: httpx.BaseTransport | None = None,
        webhook_timeout: float = 10.0,
        record_bodies: bool = True,
    ) -> None:
        self.api_key = api_key
        self.record_bodies = record_bodies
        self.api_secret = api_secret
        self.clock: Clock = clock if clock is not None else FakeClock()
        self.faults = Faults(seed)
        self._dispatcher = WebhookDispatcher(webhook_delivery, timeout=webhook_timeout, transport=webhook_transport)
        self._world = World(
            self.clock, self._dispatcher, seed=seed, sync_duration=sync_duration, scheduled_syncs=scheduled_syncs
        )
        self._lock = threading.RLock()
        self._router, self._stateful = _build_router()
        self._requests: deque[FakeRequest] = deque(maxlen=REQUEST_LOG_SIZE)
        self._statuses: Counter[int] = Counter()
        self.groups = GroupsControl(self._world, self._lock)
        self.destinations = DestinationsControl(self._world, self._lock)
        self.connections = ConnectionsControl(self._world, self._lock)
        self.webhooks = WebhooksControl(self._world, self._lock)
        self.users = UsersControl(self._world, self._lock)
        if isinstance(self.clock, FakeClock):
            self.clock.subscribe(self.tick)

    # ------------------------------------------------------------------ seeding shortcuts

    def create_group(self, name: str | None = None) -> dict[str, Any]:
        """Shortcut for ``fake.groups.create``."""
        return self.groups.create(name)

    def create_destination(self, group_id: str, service: str = "snowflake", **fields: Any) -> dict[str, Any]:
        """Shortcut for ``fake.destinations.create``."""
        return self.destinations.create(group_id, service, **fields)

    def create_connection(self, group_id: str, service: str = "google_sheets", **fields: Any) -> dict[str, Any]:
        """Shortcut for ``fake.connections.create``."""
        return self.connections.create(group_id, service, **fields)

    def create_webhook(
        self, url: str, events: Sequence[str] = ("sync_start", "sync_end"), **fields: Any
    ) -> dict[str, Any]:
        """Shortcut for ``fake.webhooks.create``."""
        return self.webhooks.create(url, events, **fields)

    def create_user(self, email: str, **fields: Any) -> dict[str, Any]:
        """Shortcut for ``fake.users.create``."""
        return self.users.create(email, **fields)

    # ------------------------------------------------------------------ introspection

    @property
    def requests(self) -> list[FakeRequest]:
        """Requests received, oldest first, including rejected and faulted ones (the last 10,000)."""
        with self._lock:
            return list(self._requests)

    @property
    def status_counts(self) -> dict[int, int]:
        """How many answers of each HTTP status the fake gave (dropped connections are not answers).

        Example:
            assert fake.status_counts.get(429, 0) == 0
        """
        with self._lock:
            return dict(self._statuses)

    def operations(self) -> dict[tuple[str, str], Literal["stateful", "example"]]:
        """Each routed ``(METHOD, spec path template)`` and how it is answered."""
        return {route: "stateful" if route in self._stateful else "example" for route in self._router.routes()}

    # ------------------------------------------------------------------ webhooks

    @property
    def deliveries(self) -> list[WebhookDelivery]:
        """Completed webhook deliveries (with the receiver's status), oldest first."""
        return self._dispatcher.deliveries

    @property
    def pending_webhooks(self) -> list[WebhookDelivery]:
        """Webhook deliveries queued but not sent yet."""
        return self._dispatcher.pending

    def deliver_pending_webhooks(self) -> list[WebhookDelivery]:
        """Send every queued webhook delivery now, in this thread; returns them with their status."""
        return self._dispatcher.deliver_pending()

    def wait_for_webhooks(self, timeout: float = 5.0) -> bool:
        """In ``background`` mode, wait until every queued delivery was sent; False on timeout."""
        return self._dispatcher.wait(timeout)

    # ------------------------------------------------------------------ time

    def tick(self) -> None:
        """Apply sync starts and ends that became due (called on each request and clock move)."""
        with self._lock:
            self._world.sync.catch_up()

    # ------------------------------------------------------------------ request pipeline

    def handle(self, request: FakeRequest) -> FakeResponse:
        """Answer one request (raises `ConnectionDropped` when a drop is injected)."""
        self._record(request)
        delay = self.faults.delay()
        if delay:
            self.clock.sleep(delay)
        return self._counted(self._answer(request))

    async def handle_async(self, request: FakeRequest) -> FakeResponse:
        """`handle` for event loops: injected latency awaits instead of blocking."""
        self._record(request)
        delay = self.faults.delay()
        if delay:
            await self.clock.async_sleep(delay)
        return self._counted(self._answer(request))

    def _counted(self, response: FakeResponse) -> FakeResponse:
        with self._lock:
            self._statuses[response.status] += 1
        return response

    def _record(self, request: FakeRequest) -> None:
        if request.body and (not self.record_bodies or len(request.body) > MAX_RECORDED_BODY):
            request = replace(request, body=b"")
        with self._lock:
            self._requests.append(request)

    def _answer(self, request: FakeRequest) -> FakeResponse:
        if self.faults.should_drop():
            raise ConnectionDropped(f"{request.method} {request.target}")
        injected = self.faults.server_error()
        if injected is not None:
            return injected
        headers: dict[str, str] = {}
        with self._lock:
            try:
                self._world.sync.catch_up()
                self._authenticate(request)
                headers = self._admit(request)
                self._check_headers(request)
                match = self._router.resolve(request.method, request.raw_path)
                reply: Reply = match.handler(RequestContext(request, match.params, self._world, match.template))
            except FakeAPIError as error:
                headers.update(error.headers)
                reply = error.response()
        # Deferred work (the webhook test's delivery) runs after the lock is released.
        response = reply.run() if isinstance(reply, Deferred) else reply
        response.headers.update(headers)
        return response

    def _authenticate(self, request: FakeRequest) -> None:
        scheme, _, encoded = request.header("authorization").partition(" ")
        if scheme.lower() != "basic":
            raise auth_failed()
        try:
            key, _, secret = base64.b64decode(encoded, validate=True).decode("utf-8").partition(":")
        except (binascii.Error, ValueError):
            # ValueError: a header with non-ASCII characters (b64decode refuses them) or bad UTF-8 inside.
            raise auth_failed() from None
        # Constant-time comparisons (of bytes: compare_digest refuses non-ASCII str): cheap, and a fake
        # should not teach bad habits.
        key_ok = hmac.compare_digest(key.encode(), self.api_key.encode())
        secret_ok = hmac.compare_digest(secret.encode(), self.api_secret.encode())
        if not (key_ok and secret_ok):
            raise auth_failed()

    def _admit(self, request: FakeRequest) -> dict[str, str]:
        now = self.clock.now().timestamp()
        allowed, headers, retry_after = self.faults.rate_limiter.admit(
            self.api_key, now, buckets=buckets_of(request.method, request.raw_path)
        )
        if not allowed:
            raise too_many_requests(retry_after, headers)
        return headers

    @staticmethod
    def _check_headers(request: FakeRequest) -> None:
        accept = request.header("accept").lower()
        if accept and not any(kind in accept for kind in ("application/json", "*/*", "application/*")):
            raise not_acceptable(accept)
        content_type = request.header("content-type").lower()
        if request.method in _WRITE_METHODS and request.body.strip() and not content_type.startswith(_BODY_TYPES):
            raise unsupported_media_type(content_type)

    # ------------------------------------------------------------------ ways to run

    def transport(self) -> FakeTransport:
        """An ``httpx.BaseTransport`` answering from this fake in-process."""
        return FakeTransport(self)

    def async_transport(self) -> AsyncFakeTransport:
        """An ``httpx.AsyncBaseTransport`` answering from this fake in-process."""
        return AsyncFakeTransport(self)

    def client(self, **kwargs: Any) -> Fivetran:
        """A `fivetran_ext.Fivetran` wired to this fake in-process (keyword arguments are passed on).

        Example:
            with fake.client() as client:
                client.groups.list()
        """
        from ... import Fivetran

        http_client = httpx.Client(transport=self.transport(), base_url=IN_PROCESS_BASE_URL)
        return Fivetran(**self._client_options(http_client, kwargs))

    def async_client(self, **kwargs: Any) -> AsyncFivetran:
        """A `fivetran_ext.AsyncFivetran` wired to this fake in-process (keyword arguments are passed on)."""
        from ... import AsyncFivetran

        http_client = httpx.AsyncClient(transport=self.async_transport(), base_url=IN_PROCESS_BASE_URL)
        return AsyncFivetran(**self._client_options(http_client, kwargs))

    def _client_options(
        self, http_client: httpx.Client | httpx.AsyncClient, overrides: dict[str, Any]
    ) -> dict[str, Any]:
        options: dict[str, Any] = {
            "api_key": self.api_key,
            "api_secret": self.api_secret,
            "base_url": IN_PROCESS_BASE_URL,
            "http_client": http_client,
        }
        return {**options, **overrides}

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False) -> Iterator[str]:
        """Serve over real HTTP inside a ``with`` block, yielding the base URL (port 0: a free port).

        Example:
            with FakeFivetran().serve() as base_url:
                httpx.get(f"{base_url}/v1/groups", auth=("fake-key", "fake-secret"))
        """
        server = FakeServer(self, host, port, verbose=verbose).start()
        try:
            yield server.base_url
        finally:
            server.stop()

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Stop webhook delivery (pending deliveries are dropped)."""
        self._dispatcher.close()

    def __enter__(self) -> FakeFivetran:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        store = self._world.store
        return (
            f"FakeFivetran(groups={len(store.groups)}, connections={len(store.connections)}, "
            f"webhooks={len(store.webhooks)}, clock={self.clock!r})"
        )

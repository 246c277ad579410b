"""A faithful, stateful fake of the Fivetran REST API, in-process or over real HTTP.

Groups, destinations, connections (with their schema config, state and sync lifecycle), webhooks and
users are stateful; every other operation of the spec answers its example. Time is a controllable
clock, faults (rate limits, 5xx, latency, dropped connections) are injectable, and registered webhooks
receive signed deliveries. See docs/fake-fivetran.md.

Example:
    from fivetran_ext.testing import FakeFivetran

    fake = FakeFivetran()
    group = fake.groups.create("analytics")
    connection = fake.connections.create(group["id"], "postgres", "warehouse")
    fake.connections.set_sync_behavior(connection["id"], outcome="failure", duration=30)
"""

from ._clock import DEFAULT_START, Clock, FakeClock, RealClock
from ._fake import DEFAULT_API_KEY, DEFAULT_API_SECRET, IN_PROCESS_BASE_URL, FakeFivetran
from ._faults import ErrorBody, Faults, RateLimiter
from ._server import FakeServer
from ._sync import SyncOutcome
from ._transport import AsyncFakeTransport, FakeTransport
from ._webhook_delivery import DeliveryMode, WebhookDelivery
from ._wire import ConnectionDropped, FakeRequest, FakeResponse

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_API_SECRET",
    "DEFAULT_START",
    "IN_PROCESS_BASE_URL",
    "AsyncFakeTransport",
    "Clock",
    "ConnectionDropped",
    "DeliveryMode",
    "ErrorBody",
    "FakeClock",
    "FakeFivetran",
    "FakeRequest",
    "FakeResponse",
    "FakeServer",
    "FakeTransport",
    "Faults",
    "RateLimiter",
    "RealClock",
    "SyncOutcome",
    "WebhookDelivery",
]

"""Helpers for testing code that uses fivetran_ext.

Currently: switching off retry backoff sleeps (`no_retry_sleep`, `set_retry_sleep`).
"""

from typing import TYPE_CHECKING

from ._retry_switch import no_retry_sleep, set_retry_sleep

if TYPE_CHECKING:
    from .fake import FakeClock, FakeFivetran, RealClock, WebhookDelivery

__all__ = ["FakeClock", "FakeFivetran", "RealClock", "WebhookDelivery", "no_retry_sleep", "set_retry_sleep"]

# The fake Fivetran API (docs/fake-fivetran.md) loads on first use: importing this package for the
# retry switch stays cheap and never pulls in the fake's HTTP server.
_FAKE_EXPORTS = frozenset({"FakeClock", "FakeFivetran", "RealClock", "WebhookDelivery"})


def __getattr__(name: str) -> object:
    if name in _FAKE_EXPORTS:
        from . import fake

        return getattr(fake, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

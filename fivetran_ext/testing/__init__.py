"""Helpers for testing code that uses fivetran_ext.

Currently: switching off retry backoff sleeps (`no_retry_sleep`, `set_retry_sleep`).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._retry_switch import no_retry_sleep, set_retry_sleep
    from .fake import FakeClock, FakeFivetran, RealClock, WebhookDelivery

__all__ = ["FakeClock", "FakeFivetran", "RealClock", "WebhookDelivery", "no_retry_sleep", "set_retry_sleep"]

# Everything loads on first use. The pytest plugin lives in this package and pytest imports it in every
# run of any project that has fivetran-ext installed: this package's import must cost nothing (no httpx,
# no retry module), and the fake's HTTP server loads only for those who use it.
_FAKE_EXPORTS = frozenset({"FakeClock", "FakeFivetran", "RealClock", "WebhookDelivery"})
_SWITCH_EXPORTS = frozenset({"no_retry_sleep", "set_retry_sleep"})


def __getattr__(name: str) -> object:
    if name in _FAKE_EXPORTS:
        from . import fake

        return getattr(fake, name)
    if name in _SWITCH_EXPORTS:
        from . import _retry_switch

        return getattr(_retry_switch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

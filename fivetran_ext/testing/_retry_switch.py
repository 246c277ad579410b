"""Turn retry backoff sleeping off, for the test suites of code that uses fivetran_ext.

Retries still happen (so tests see the same requests a real run would send); only the waiting between
them is skipped. Sleep functions injected through `RetryPolicy(sleep=..., async_sleep=...)` are still
called: they are the caller's own test doubles, typically recording the delays.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .._retry import SLEEP_SWITCH

__all__ = ["no_retry_sleep", "set_retry_sleep"]


def set_retry_sleep(enabled: bool) -> None:
    """Turn backoff sleeping on or off process-wide (e.g. off in a ``conftest.py``).

    Example:
        # conftest.py
        import fivetran_ext.testing

        fivetran_ext.testing.set_retry_sleep(False)
    """
    SLEEP_SWITCH.enabled = bool(enabled)


@contextmanager
def no_retry_sleep() -> Iterator[None]:
    """Skip backoff sleeping inside the ``with`` block, restoring the previous setting afterwards.

    Example:
        with fivetran_ext.testing.no_retry_sleep():
            client.groups.get("g")  # a 503 then 200 retries at once
    """
    previous = SLEEP_SWITCH.enabled
    SLEEP_SWITCH.enabled = False
    try:
        yield
    finally:
        SLEEP_SWITCH.enabled = previous

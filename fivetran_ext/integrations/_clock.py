"""The integrations' clock: wall-clock seconds and sleeps, in the one place a test replaces them.

Everything the integrations wait for goes through here (the waits of ``client.connections``, the trigger's
pauses between checks, the sensor's "now"), so a test can run a one-hour reschedule on a fake clock.
"""

from __future__ import annotations

import asyncio
import time

__all__ = ["now", "sleep", "sleep_async"]


def now() -> float:
    """Wall-clock seconds since the epoch."""
    return time.time()


def sleep(seconds: float) -> None:
    """Block this thread (a worker's or an op's) for ``seconds``."""
    time.sleep(seconds)


async def sleep_async(seconds: float) -> None:
    """Pause without blocking the event loop (Airflow's triggerer runs asyncio)."""
    await asyncio.sleep(seconds)

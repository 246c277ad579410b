"""The fake's sense of time: a manual clock for tests and the wall clock for servers and demos.

Everything time-dependent in the fake (sync durations, the rate-limit window, added latency, webhook
``created`` stamps) reads one `Clock`, so a test can drive a whole sync lifecycle with
``fake.clock.advance(...)`` instead of sleeping.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol

__all__ = ["DEFAULT_START", "Clock", "FakeClock", "RealClock"]

DEFAULT_START = datetime(2025, 1, 1, tzinfo=UTC)
"""Where a `FakeClock` starts unless told otherwise: fixed, so test output is reproducible."""


class Clock(Protocol):
    """What the fake needs from a clock."""

    @property
    def manual(self) -> bool:
        """True when time only moves on request (then nobody needs a background ticker)."""
        ...

    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...

    def advance(self, seconds: float) -> None:
        """Move time forward (clocks that cannot, like the wall clock, raise `TypeError`)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Let ``seconds`` pass (added latency)."""
        ...

    async def async_sleep(self, seconds: float) -> None:
        """Let ``seconds`` pass without blocking the event loop."""
        ...


class FakeClock:
    """A clock that moves only when told to.

    `sleep` advances it instead of waiting, so injected latency costs no wall time in tests. Listeners
    registered with `subscribe` run after each move; the fake uses that to finish syncs that became due.

    Example:
        >>> clock = FakeClock()
        >>> clock.advance(90)
        >>> clock.now().isoformat()
        '2025-01-01T00:01:30+00:00'
    """

    def __init__(self, start: datetime = DEFAULT_START) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware (e.g. datetime(..., tzinfo=UTC))")
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    @property
    def manual(self) -> bool:
        return True

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds`` (not backwards: the fake's timestamps only grow)."""
        if seconds < 0:
            raise ValueError(f"cannot move a clock backwards (got {seconds} seconds)")
        with self._lock:
            self._now += timedelta(seconds=seconds)
        for listener in list(self._listeners):
            listener()

    def set(self, when: datetime) -> None:
        """Jump to ``when``, which must not be earlier than now."""
        if when.tzinfo is None:
            raise ValueError("when must be timezone-aware")
        self.advance((when - self.now()).total_seconds())

    def sleep(self, seconds: float) -> None:
        self.advance(max(seconds, 0.0))

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` (without arguments) after every move of the clock."""
        self._listeners.append(listener)

    def __repr__(self) -> str:
        return f"FakeClock({self.now().isoformat()})"


class RealClock:
    """Wall-clock time, for the HTTP server and ``make demo``: syncs take real seconds."""

    @property
    def manual(self) -> bool:
        return False

    def now(self) -> datetime:
        return datetime.now(UTC)

    def advance(self, seconds: float) -> None:
        raise TypeError("the wall clock cannot be advanced: use FakeFivetran(clock=FakeClock()) to control time")

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        if seconds > 0:
            # anyio (an httpx dependency) works under asyncio and trio alike.
            import anyio

            await anyio.sleep(seconds)

    def __repr__(self) -> str:
        return "RealClock()"

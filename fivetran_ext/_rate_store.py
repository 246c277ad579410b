"""Where a `RateLimitGovernor` keeps its rolling windows: in this process (default) or shared (Redis).

A store answers three questions atomically, so every process that shares it spends from one budget:

* `RateStore.reserve`: may a request go, and when? It checks every window the request counts against
  (the account's "all requests" bucket, plus e.g. setup tests or source interaction) and records the
  request in all of them, or in none when the wait would exceed the caller's budget (a refusal writes
  nothing).
* `RateStore.calibrate`: Fivetran's ``X-Rate-Limit-Remaining`` is the only shared truth about use the
  client did not make itself (other tools on the same key). What the server counted beyond the
  requests the store recorded becomes that window's "others" share.
* `RateStore.pause`: a ``Retry-After`` seen by anyone holds everyone.

The rule is the API's own: a request may go once fewer than ``limit`` were sent in the last ``window``
seconds. A request that would exceed it is given the time at which the request ``capacity`` places
earlier leaves the window (plus a margin for the travel time: the server counts arrivals, not sends).

`LocalRateStore` is the in-process implementation; ``fivetran_ext.RedisRateStore`` the shared one.
A store that does I/O also offers the three steps as coroutines (`AsyncRateStore`), which `AsyncFivetran`
awaits so that a slow store never blocks its event loop; a store without them is called from a worker thread.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = ["AsyncRateStore", "LocalRateStore", "RateStore", "WaitTooLong", "Window"]


class WaitTooLong(Exception):
    """The next send slot is further away than the caller may wait (turned into `RateLimitError`)."""

    def __init__(self, wait: float, budget: float) -> None:
        super().__init__(f"the next request slot is {wait:.1f} s away, over the {budget:.1f} s budget")
        self.wait = wait
        self.budget = budget


def too_long(wait: float, budget: float) -> WaitTooLong:
    # Rounded up to a tenth (tolerating float noise) so "come back after" is never too early.
    return WaitTooLong(math.ceil(wait * 10 - 1e-6) / 10, budget)


@dataclass(frozen=True, slots=True)
class Window:
    """One rolling window a request counts against.

    Attributes:
        key: The bucket and window, e.g. ``"all"`` or ``"setup_tests:60"``.
        limit: Requests allowed per ``seconds``.
        headroom: Requests of ``limit`` left unused for others.
        seconds: The window's length.
        margin: Seconds added before re-using an expired slot (travel time).
    """

    key: str
    limit: int
    headroom: int
    seconds: float
    margin: float


class RateStore(Protocol):
    """What a `RateLimitGovernor` needs from its store; all three are atomic and thread-safe."""

    def reserve(self, windows: Sequence[Window], max_wait: float) -> float:
        """Record one request in every window and return the seconds to wait before sending it.

        Raises:
            WaitTooLong: the wait would exceed ``max_wait``; nothing was recorded.
        """
        ...

    def calibrate(self, window: Window, remaining: int) -> None:
        """The server says ``remaining`` requests are left in ``window``: learn the others' share.

        Sends that left the window less than ``window.margin`` ago still count as ours: the server counted
        at its answer, a round trip before this call.
        """
        ...

    def pause(self, seconds: float) -> None:
        """Hold every request, of every process sharing the store, for ``seconds``."""
        ...


class AsyncRateStore(Protocol):
    """The `RateStore` steps as coroutines, for event loops: same semantics, awaited instead of blocking."""

    async def reserve_async(self, windows: Sequence[Window], max_wait: float) -> float:
        """`RateStore.reserve`, awaited."""
        ...

    async def calibrate_async(self, window: Window, remaining: int) -> None:
        """`RateStore.calibrate`, awaited."""
        ...

    async def pause_async(self, seconds: float) -> None:
        """`RateStore.pause`, awaited."""
        ...


class LocalRateStore:
    """The in-process store: per-window deques of admission times, one lock, never blocks while held.

    Args:
        clock: Monotonic seconds (injectable for tests).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        # Admission times per window key (possibly in the near future for requests still sleeping), and
        # those that left the window during the last window (calibration may still need to count them).
        self._sent: dict[str, deque[float]] = {}
        self._expired: dict[str, deque[float]] = {}
        self._others: dict[str, int] = {}
        self._paused_until = 0.0
        # Claimed sync runs per connection (see `_run_claims`): (JSON, expires at).
        self._runs: dict[str, tuple[str, float]] = {}

    def __repr__(self) -> str:
        return "LocalRateStore()"

    def get_run(self, connection_id: str) -> str | None:
        with self._lock:
            return self._live_run(connection_id)

    def swap_run(self, connection_id: str, new: str | None, expected: str | None, ttl: float) -> str | None:
        with self._lock:
            current = self._live_run(connection_id)
            if current != expected:
                return current
            if new is None:
                self._runs.pop(connection_id, None)
            else:
                self._runs[connection_id] = (new, self._clock() + ttl)
            return new

    # The async twins do no I/O either: a few microseconds under the lock, fine on an event loop.

    async def reserve_async(self, windows: Sequence[Window], max_wait: float) -> float:
        return self.reserve(windows, max_wait)

    async def calibrate_async(self, window: Window, remaining: int) -> None:
        self.calibrate(window, remaining)

    async def pause_async(self, seconds: float) -> None:
        self.pause(seconds)

    async def get_run_async(self, connection_id: str) -> str | None:
        return self.get_run(connection_id)

    async def swap_run_async(self, connection_id: str, new: str | None, expected: str | None, ttl: float) -> str | None:
        return self.swap_run(connection_id, new, expected, ttl)

    def _live_run(self, connection_id: str) -> str | None:
        entry = self._runs.get(connection_id)
        if entry is None or entry[1] <= self._clock():
            self._runs.pop(connection_id, None)
            return None
        return entry[0]

    def reserve(self, windows: Sequence[Window], max_wait: float) -> float:
        with self._lock:
            now = self._clock()
            at = max(now, self._paused_until)
            queues = []
            for window in windows:
                sent = self._window(window, now)
                queues.append(sent)
                capacity = window.limit - window.headroom - self._others.get(window.key, 0)
                if capacity < 1:
                    # No share left that we know will free up: fall back to the sustainable pace.
                    at = max(at, (sent[-1] if sent else now) + window.seconds / window.limit)
                elif len(sent) >= capacity:
                    at = max(at, sent[-capacity] + window.seconds + window.margin)
            for sent in queues:
                if sent and sent[-1] > at:
                    at = sent[-1]  # keep admissions in order, so every deque stays sorted
            wait = at - now
            if wait > max_wait:
                raise too_long(wait, max_wait)
            for sent in queues:
                sent.append(at)
            return wait

    def calibrate(self, window: Window, remaining: int) -> None:
        with self._lock:
            now = self._clock()
            sent = self._window(window, now)
            # Both scans are short: the right end of `sent` holds one slot per waiting caller, and only
            # sends that expired within the slack are counted from `expired`. Requests still in flight may
            # not be counted by the server yet: clamping at 0 below keeps the estimate optimistic.
            ours = (
                len(sent)
                - _reserved_after(sent, now)
                + _after(self._expired[window.key], now - window.seconds - window.margin)
            )
            self._others[window.key] = max(0, window.limit - remaining - ours)

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + seconds)

    def _window(self, window: Window, now: float) -> deque[float]:
        sent = self._sent.setdefault(window.key, deque())
        expired = self._expired.setdefault(window.key, deque())
        horizon = now - window.seconds
        while sent and sent[0] <= horizon:
            expired.append(sent.popleft())
        while expired and expired[0] <= horizon - window.seconds:
            expired.popleft()
        return sent


def _after(moments: deque[float], horizon: float) -> int:
    count = 0
    for moment in reversed(moments):
        if moment <= horizon:
            break
        count += 1
    return count


def _reserved_after(sent: deque[float], now: float) -> int:
    # Slots still in the future are the newest ones, at the right end (a few: one per waiting caller),
    # so this stays cheap even with 20,000 sends in the window.
    count = 0
    for moment in reversed(sent):
        if moment <= now:
            break
        count += 1
    return count

"""A client-side rate-limit governor: slow a fan-out down before the API starts answering 429.

Fivetran limits each account to a number of requests per rolling window (20,000 per hour on paid plans,
500 on trial) and reports ``X-Rate-Limit`` and ``X-Rate-Limit-Remaining`` on every answer. Without a
governor, a fan-out over thousands of connections runs at full speed until the quota is gone and then
burns retries in a storm of 429s (each one still counted by the server). The governor instead:

* keeps the send times of its own requests and admits a new one only when fewer than the limit were sent
  in the last ``window`` seconds, the same rolling rule the API applies, so a sole consumer never sees a
  429 and still gets the whole allowed throughput;
* trusts ``X-Rate-Limit-Remaining`` when other processes share the account: once the server says the
  quota is (nearly) spent, requests are spaced at the sustainable rate ``window / limit``;
* on a 429, holds every request of every thread and task until ``Retry-After`` has passed;
* never makes a caller wait longer than its budget (``max_wait``, or what is left of a request's retry
  deadline): it raises `RateLimitError` at once, with ``retry_after`` saying when to come back.

One governor may be shared by several clients (sync and async alike): it is thread-safe and never blocks
while holding its lock, so async callers sleep with their own event loop's sleep.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping

from ._headers import parse_int_header, parse_rate_limit_remaining, parse_retry_after

__all__ = ["RateLimitGovernor", "WaitTooLong"]

# Fivetran's documented rolling window for the account-wide limit.
DEFAULT_WINDOW = 3600.0
# Fraction of the window added before re-using an expired slot (7 s of an hour): less than 0.5% of the
# throughput. The server counts arrivals, not our sends: when an old request travelled slowly and a new
# one travels fast, the new one could arrive inside the old one's window. The margin is therefore also
# at least the slowest recent round trip (`_latency`), which matters for short windows.
_SAFETY = 0.002
# How fast the remembered slowest round trip fades (per observed answer), so one stall is not kept forever.
_LATENCY_DECAY = 0.98


class WaitTooLong(Exception):
    """The next send slot is further away than the caller may wait (turned into `RateLimitError`)."""

    def __init__(self, wait: float, budget: float) -> None:
        super().__init__(f"the next request slot is {wait:.1f} s away, over the {budget:.1f} s budget")
        self.wait = wait
        self.budget = budget


class RateLimitGovernor:
    """Spaces requests to stay under the account's rate limit; share one instance across clients.

    Args:
        limit: Requests allowed per ``window``. None learns it from the ``X-Rate-Limit`` header of the first
            answer (until then requests are not held back, except by ``Retry-After``).
        window: Length of the rolling window in seconds (Fivetran: one hour).
        headroom: Requests of the quota left unused, for other tools sharing the account.
        max_wait: The longest a request may be held back, in seconds; a longer wait raises `RateLimitError`
            at once instead of sleeping. A request's retry ``deadline`` also caps the wait.
        clock: Monotonic clock in seconds (injectable for tests).
        wall_clock: Epoch clock for HTTP-date ``Retry-After`` values.

    Example:
        governor = RateLimitGovernor(window=3600, max_wait=120)
        client = Fivetran.from_env(rate_limit=governor)
        statuses = fan_out(client.connections.get_sync_status, connection_ids, concurrency=16)
    """

    def __init__(
        self,
        *,
        limit: int | None = None,
        window: float = DEFAULT_WINDOW,
        headroom: int = 0,
        max_wait: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise ValueError(f"limit must be a positive integer or None, got {limit!r}")
        if not window > 0:
            raise ValueError(f"window must be > 0 seconds, got {window!r}")
        if isinstance(headroom, bool) or not isinstance(headroom, int) or headroom < 0:
            raise ValueError(f"headroom must be an integer >= 0, got {headroom!r}")
        if not max_wait >= 0:
            raise ValueError(f"max_wait must be >= 0 seconds, got {max_wait!r}")
        self._configured_limit = limit
        self._limit = limit
        self.window = float(window)
        self.headroom = headroom
        self.max_wait = float(max_wait)
        self._clock = clock
        self._wall_clock = wall_clock
        self._lock = threading.Lock()
        # Admission times (possibly in the near future for requests still sleeping), oldest first.
        self._sent: deque[float] = deque()
        self._blocked_until = 0.0
        # Requests of other tools in the current window, estimated from X-Rate-Limit-Remaining.
        self._others = 0
        # The slowest recent send-to-answer time (decaying), part of the safety margin.
        self._latency = 0.0
        self.throttled = 0
        self.total_wait = 0.0

    @property
    def limit(self) -> int | None:
        """The request limit per window in force (configured, or learned from ``X-Rate-Limit``)."""
        return self._limit

    def __repr__(self) -> str:
        return (
            f"RateLimitGovernor(limit={self._limit}, window={self.window}, headroom={self.headroom}, "
            f"max_wait={self.max_wait})"
        )

    def acquire(self, *, budget: float | None = None) -> float:
        """Reserve a send slot and return how long to wait before sending (0 for now).

        Raises:
            WaitTooLong: the wait would exceed ``max_wait`` or ``budget``; nothing was reserved. The client's
                transport turns it into a `RateLimitError` carrying ``retry_after``.
        """
        with self._lock:
            now = self._clock()
            self._forget(now)
            at = max(now, self._blocked_until)
            if self._limit is not None:
                # Other tools sharing the account use part of the window too (estimated at each answer).
                capacity = self._limit - self.headroom - self._others
                if capacity < 1:
                    # No share left that we know will free up: fall back to the sustainable pace.
                    last = self._sent[-1] if self._sent else now
                    at = max(at, last + self.window / self._limit)
                elif len(self._sent) >= capacity:
                    # Rolling window: this request may go once the one `capacity` places earlier expires.
                    # The margin absorbs the request's travel time: the server counts arrivals, not sends.
                    margin = max(self.window * _SAFETY, self._latency)
                    at = max(at, self._sent[-capacity] + self.window + margin)
            if self._sent and self._sent[-1] > at:
                at = self._sent[-1]  # keep admissions in order, so the deque stays sorted
            wait = at - now
            limit = self.max_wait if budget is None else min(self.max_wait, budget)
            if wait > limit:
                # Rounded up to a tenth (tolerating float noise) so "come back after" is never too early.
                raise WaitTooLong(math.ceil(wait * 10 - 1e-6) / 10, limit)
            self._sent.append(at)
            if wait > 0:
                self.throttled += 1
                self.total_wait += wait
            return wait

    def now(self) -> float:
        """The governor's clock, for callers that report when a request was sent (`observe`'s ``sent_at``)."""
        return self._clock()

    def observe(self, status_code: int, headers: Mapping[str, str], *, sent_at: float | None = None) -> None:
        """Learn from an answer: the limit, the remaining quota, any ``Retry-After`` and the round trip.

        Args:
            status_code: The answer's HTTP status.
            headers: The answer's headers.
            sent_at: When the request was sent, on this governor's clock (`now`), if known.
        """
        limit = parse_int_header(headers, "x-rate-limit")
        remaining = parse_rate_limit_remaining(headers)
        with self._lock:
            now = self._clock()
            if sent_at is not None:
                self._latency = max(now - sent_at, self._latency * _LATENCY_DECAY)
            if self._configured_limit is None and limit is not None and limit > 0:
                self._limit = limit
            if remaining is not None and self._limit is not None:
                # What the server counted beyond our own sends in the window is someone else's use. Our
                # requests still in flight may not be counted yet: clamping at 0 keeps the estimate optimistic.
                self._forget(now)
                ours = len(self._sent) - self._reserved_after(now)
                self._others = max(0, self._limit - remaining - ours)
            if status_code == 429:
                retry_after = parse_retry_after(headers, self._wall_clock())
                # Without the header, hold everyone for one sustainable interval rather than not at all.
                pause = retry_after if retry_after is not None else self.window / max(self._limit or 1, 1)
                self._blocked_until = max(self._blocked_until, now + pause)

    def _reserved_after(self, now: float) -> int:
        # Slots still in the future are the newest ones, at the right end (a few: one per waiting caller),
        # so this stays cheap even with 20,000 sends in the window.
        count = 0
        for sent in reversed(self._sent):
            if sent <= now:
                break
            count += 1
        return count

    def _forget(self, now: float) -> None:
        horizon = now - self.window
        while self._sent and self._sent[0] <= horizon:
            self._sent.popleft()

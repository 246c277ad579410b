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
while holding its lock, so async callers sleep with their own event loop's sleep. `Fivetran` calls
`acquire`/`observe`; `AsyncFivetran` awaits `acquire_async`/`observe_async`, which reach a shared store
through its coroutines (``redis.asyncio`` for Redis), so the event loop keeps running while Redis answers.
The rules live once: both paths ask the same helpers what to ask the store, and differ only in awaiting.

Where the windows live is a pluggable `RateStore` (`_rate_store`): this process (`LocalRateStore`, the
default), or Redis (`RedisRateStore`) so that every process on the account spends from one budget. A
request counts against Fivetran's buckets: all requests, plus setup tests (250/min, 2,500/h) and source
interaction (setup tests, schema reloads, table column reads: 500/min, 5,000/h). If a shared store
fails (Redis unreachable), the governor warns once and goes on with per-process limits: no request is
blocked or lost, and the shared store is tried again a little later.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TypeVar

from ._headers import parse_int_header, parse_rate_limit_remaining, parse_retry_after
from ._rate_store import AsyncRateStore, LocalRateStore, RateStore, WaitTooLong, Window

__all__ = ["BUCKETS", "RateLimitGovernor", "WaitTooLong", "buckets_of"]

_log = logging.getLogger("fivetran_ext")
_T = TypeVar("_T")

# Fivetran's documented rolling window for the account-wide limit.
DEFAULT_WINDOW = 3600.0
# Fraction of the window added before re-using an expired slot (7 s of an hour): less than 0.5% of the
# throughput. The server counts arrivals, not our sends: when an old request travelled slowly and a new
# one travels fast, the new one could arrive inside the old one's window. The margin is therefore also
# at least the slowest recent round trip (`_latency`), which matters for short windows.
_SAFETY = 0.002


# Fivetran's tighter buckets (API_FACTS, "Orchestrating many connections"): (limit, window seconds) pairs.
BUCKETS: dict[str, tuple[tuple[int, float], ...]] = {
    "setup_tests": ((250, 60.0), (2500, 3600.0)),
    "source_interaction": ((500, 60.0), (5000, 3600.0)),
}
# A limit no window reaches: stands for "not learned yet".
_UNKNOWN_LIMIT = 10**12
# How long a failed shared store is left alone before it is tried again.
_STORE_RETRY = 30.0


def buckets_of(method: str, path: str) -> tuple[str, ...]:
    """The buckets beyond "all requests" that a request counts against, from its method and path.

    Example:
        >>> buckets_of("POST", "/v1/connections/decent_dropsy/test")
        ('setup_tests', 'source_interaction')
    """
    method = method.upper()
    if method == "POST" and path.endswith("/test"):
        return ("setup_tests", "source_interaction")
    if (method == "POST" and path.endswith("/schemas/reload")) or (method == "GET" and path.endswith("/columns")):
        return ("source_interaction",)
    return ()


class _RoundTrips:
    """The slowest send-to-answer time of the last window (a sliding maximum, O(1) amortized).

    A slot is re-used one window after an earlier send, and the server counts arrivals: the margin covers
    how late that earlier request may have arrived, i.e. the slowest round trip of about one window ago.
    (The spread between the slowest and the fastest would do in theory; measured with 4 processes on a
    busy machine it still let a few 429s through, each of which pauses everyone for a whole second.)
    """

    def __init__(self, window: float) -> None:
        self._window = window
        self._high: deque[tuple[float, float]] = deque()  # (when, seconds), seconds decreasing
        self._lock = threading.Lock()

    def add(self, now: float, seconds: float) -> None:
        with self._lock:
            while self._high and self._high[-1][1] <= seconds:
                self._high.pop()
            self._high.append((now, seconds))

    def slowest(self, now: float) -> float:
        with self._lock:
            while self._high and self._high[0][0] <= now - self._window:
                self._high.popleft()
            return self._high[0][1] if self._high else 0.0


class RateLimitGovernor:
    """Spaces requests to stay under the account's rate limit; share one instance across clients.

    Args:
        limit: Requests allowed per ``window``. None learns it from the ``X-Rate-Limit`` header of the first
            answer (until then requests are not held back, except by ``Retry-After``).
        window: Length of the rolling window in seconds (Fivetran: one hour).
        headroom: Requests of the quota left unused, for other tools sharing the account.
        max_wait: The longest a request may be held back, in seconds; a longer wait raises `RateLimitError`
            at once instead of sleeping. A request's retry ``deadline`` also caps the wait.
        store: Where the windows live: None for this process only; a ``RedisRateStore`` to share one
            budget with every process using the same Redis and namespace.
        clock: Monotonic clock in seconds (injectable for tests; a shared store uses its own clock).
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
        store: RateStore | None = None,
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
        self._local = LocalRateStore(clock)
        self.store: RateStore = store if store is not None else self._local
        # While a shared store is failing: until when the local one stands in for it.
        self._fallback_until = 0.0
        self.fallbacks = 0
        # The slowest recent send-to-answer time (decaying), part of the safety margin.
        self._round_trips = _RoundTrips(self.window)
        self.throttled = 0
        self.total_wait = 0.0

    @property
    def limit(self) -> int | None:
        """The request limit per window in force (configured, or learned from ``X-Rate-Limit``)."""
        return self._limit

    def __repr__(self) -> str:
        return (
            f"RateLimitGovernor(limit={self._limit}, window={self.window}, headroom={self.headroom}, "
            f"max_wait={self.max_wait}, store={self.store!r})"
        )

    def _windows(self, buckets: Sequence[str]) -> list[Window]:
        slowest = self._round_trips.slowest(self._clock())
        margin = max(self.window * _SAFETY, slowest)
        # Before the limit is known (no answer yet) requests are still recorded, under a limit that never
        # holds them: once an answer teaches the limit, the window already counts them.
        limit = self._limit if self._limit is not None else _UNKNOWN_LIMIT
        windows = [Window("all", limit, self.headroom, self.window, margin)]
        for bucket in buckets:
            for bucket_limit, seconds in BUCKETS.get(bucket, ()):
                bucket_margin = max(seconds * _SAFETY, slowest)
                windows.append(Window(f"{bucket}:{seconds:g}", bucket_limit, 0, seconds, bucket_margin))
        return windows

    def acquire(self, *, budget: float | None = None, buckets: Sequence[str] = ()) -> float:
        """Reserve a send slot and return how long to wait before sending (0 for now).

        Args:
            budget: The longest this caller may wait (with ``max_wait``, the smaller counts).
            buckets: Further buckets the request counts against (`buckets_of`), besides all requests.

        Raises:
            WaitTooLong: the wait would exceed ``max_wait`` or ``budget``; nothing was reserved. The client's
                transport turns it into a `RateLimitError` carrying ``retry_after``.
        """
        windows, limit = self._admission(budget, buckets)
        return self._admitted(self._use(lambda store: store.reserve(windows, limit)))

    async def acquire_async(self, *, budget: float | None = None, buckets: Sequence[str] = ()) -> float:
        """`acquire` for event loops: a shared store is awaited (``redis.asyncio``), never blocked on."""
        windows, limit = self._admission(budget, buckets)
        return self._admitted(await self._use_async(lambda store: store.reserve_async(windows, limit)))

    def _admission(self, budget: float | None, buckets: Sequence[str]) -> tuple[list[Window], float]:
        return self._windows(buckets), self.max_wait if budget is None else min(self.max_wait, budget)

    def _admitted(self, wait: float) -> float:
        if wait > 0:
            with self._lock:
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
        calibration, pause = self._learn(status_code, headers, sent_at)
        if calibration is not None:
            self._use(lambda store: store.calibrate(*calibration))
        if pause is not None:
            self._use(lambda store: store.pause(pause))

    async def observe_async(
        self, status_code: int, headers: Mapping[str, str], *, sent_at: float | None = None
    ) -> None:
        """`observe` for event loops: a shared store is awaited (``redis.asyncio``), never blocked on."""
        calibration, pause = self._learn(status_code, headers, sent_at)
        if calibration is not None:
            await self._use_async(lambda store: store.calibrate_async(*calibration))
        if pause is not None:
            await self._use_async(lambda store: store.pause_async(pause))

    def _learn(
        self, status_code: int, headers: Mapping[str, str], sent_at: float | None
    ) -> tuple[tuple[Window, int] | None, float | None]:
        """Take in what an answer teaches this process; return what to tell the store (calibration, pause)."""
        limit = parse_int_header(headers, "x-rate-limit")
        remaining = parse_rate_limit_remaining(headers)
        with self._lock:
            if sent_at is not None:
                self._round_trips.add(self._clock(), self._clock() - sent_at)
            if self._configured_limit is None and limit is not None and limit > 0:
                self._limit = limit
            account = self._limit
        calibration = None
        if remaining is not None and account is not None:
            # What the server counted beyond the store's sends in the window is someone else's use.
            # Slack for calibration: the server counted about a round trip ago.
            slack = max(self.window * _SAFETY, self._round_trips.slowest(self._clock()))
            calibration = (Window("all", account, self.headroom, self.window, slack), remaining)
        pause = None
        if status_code == 429:
            retry_after = parse_retry_after(headers, self._wall_clock())
            # Without the header, hold everyone for one sustainable interval rather than not at all.
            pause = retry_after if retry_after is not None else self.window / max(account or 1, 1)
        return calibration, pause

    def _use(self, step: Callable[[RateStore], _T]) -> _T:
        """Run ``step`` on the store in force; a failing shared store is replaced by the local one for a while."""
        store = self._shared()
        if store is not None:
            try:
                return step(store)
            except WaitTooLong:
                raise
            except _errors(store) as error:
                self._failed(store, error)
        return step(self._local)

    async def _use_async(self, step: Callable[[AsyncRateStore], Awaitable[_T]]) -> _T:
        """`_use` for event loops: the shared store's coroutines are awaited; the local store never waits."""
        store = self._shared()
        if store is not None:
            try:
                return await step(_awaitable(store))
            except WaitTooLong:
                raise
            except _errors(store) as error:
                self._failed(store, error)
        return await step(self._local)

    def _shared(self) -> RateStore | None:
        """The shared store to ask, or None while the local one stands in (no shared store, or it failed)."""
        store = self.store
        if store is self._local or self._clock() < self._fallback_until:
            return None
        return store

    def _failed(self, store: RateStore, error: BaseException) -> None:
        with self._lock:
            first = self.fallbacks == 0
            self.fallbacks += 1
            self._fallback_until = self._clock() + _STORE_RETRY
        if first:
            _log.warning(
                "rate-limit store %r failed (%s): limiting per process until it answers again",
                store,
                type(error).__name__,
            )


def _errors(store: RateStore) -> tuple[type[BaseException], ...]:
    errors: tuple[type[BaseException], ...] = getattr(store, "errors", (OSError,))
    return errors


def _awaitable(store: RateStore) -> AsyncRateStore:
    """``store`` itself if it offers the coroutines; else a view that calls it from a worker thread."""
    if hasattr(store, "reserve_async"):
        return store  # type: ignore[return-value]
    return _ThreadedStore(store)


class _ThreadedStore:
    """A blocking custom store seen from an event loop: each step on a worker thread (anyio's pool)."""

    __slots__ = ("_store",)

    def __init__(self, store: RateStore) -> None:
        self._store = store

    async def reserve_async(self, windows: Sequence[Window], max_wait: float) -> float:
        import anyio.to_thread

        return await anyio.to_thread.run_sync(self._store.reserve, windows, max_wait)

    async def calibrate_async(self, window: Window, remaining: int) -> None:
        import anyio.to_thread

        await anyio.to_thread.run_sync(self._store.calibrate, window, remaining)

    async def pause_async(self, seconds: float) -> None:
        import anyio.to_thread

        await anyio.to_thread.run_sync(self._store.pause, seconds)

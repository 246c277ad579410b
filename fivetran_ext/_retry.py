"""The retry policy and the per-request retry decisions (no I/O: shared by the sync and async transports).

What is retried, in one table (see `_operations.py` for which POST/PATCH operations are idempotent):

=====================================  ==================================  ===============================
request                                failures retried                    statuses retried
=====================================  ==================================  ===============================
GET, HEAD, OPTIONS, PUT, DELETE        any connection error or timeout     408, 429, 500, 502, 503, 504
POST/PATCH declared idempotent         request never sent (connect/pool)   429, 502, 503, 504
other POST/PATCH                       request never sent (connect/pool)   429
never-retry operations (resync)        nothing                             nothing
=====================================  ==================================  ===============================

Delays: ``Retry-After`` is honoured exactly when it is at most ``max_retry_after``; a longer one ends the
request at once with the typed error carrying ``retry_after`` (no sleeping for an hour). Otherwise the delay
is exponential from ``initial_delay`` capped at ``max_delay``, with jitter that only ever shortens it, so the
cap is a real bound (Fivetrex's additive jitter could exceed its cap).
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import httpx

from ._errors import RateLimitError, TimeoutError, TransportError, _safe_url, api_error_from_response
from ._headers import parse_retry_after
from ._operations import Operation, RetrySafety, lookup_operation

if TYPE_CHECKING:
    from ._governor import RateLimitGovernor, WaitTooLong

__all__ = ["Retrier", "RetryPolicy", "RetryState"]

logger = logging.getLogger("fivetran_ext")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_IDEMPOTENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# A 502/503/504 from the gateway may hide a request the API did process, so only operations whose
# repetition is harmless get them; a 500 may mean "half done", so no POST/PATCH is retried on it.
_SAFE_WRITE_STATUSES = frozenset({429, 502, 503, 504})
# 429 means the API refused the request before doing anything: re-sending any write is safe.
_WRITE_STATUSES = frozenset({429})
# Failures that prove the request never reached the server, so re-sending cannot duplicate anything.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ProxyError)
# Failures of the client itself (bad URL scheme, an invalid request): retrying cannot help.
_NOT_RETRYABLE = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


class _SleepSwitch:
    """Process-wide switch turning the default sleepers off (`fivetran_ext.testing.no_retry_sleep`)."""

    enabled = True


SLEEP_SWITCH = _SleepSwitch()


def _default_sleep(seconds: float) -> None:
    if SLEEP_SWITCH.enabled:
        time.sleep(seconds)


async def _default_async_sleep(seconds: float) -> None:
    # anyio (an httpx dependency) keeps AsyncFivetran usable under trio as well as asyncio.
    import anyio

    await anyio.sleep(seconds if SLEEP_SWITCH.enabled else 0)


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """How failed requests are retried. Immutable; derive variants with `dataclasses.replace`.

    Attributes:
        max_retries: Retries after the first attempt; 0 disables retrying.
        initial_delay: Backoff before the first retry, in seconds; doubled for each further retry.
        max_delay: Upper bound of a backoff delay, in seconds (jitter never exceeds it).
        jitter: Fraction (0..1) by which a backoff delay may be randomly shortened, spreading out clients
            that failed together.
        max_retry_after: The longest ``Retry-After`` (seconds) the client will sleep for; a longer one
            raises at once (a `RateLimitError` for a 429) with ``retry_after`` set.
        deadline: Optional total time budget per call in seconds: attempts, body reads and sleeps
            included. No retry starts (and no sleep is begun) that would end past it, and each attempt
            is ended (a `TimeoutError`) when it would outlast what remains, however slowly the server
            sends its headers or body.
        sleep: Blocking sleep used by `Fivetran`; defaults to `time.sleep`.
        async_sleep: Awaitable sleep used by `AsyncFivetran`; defaults to `anyio.sleep`.
        clock: Monotonic clock for the deadline; defaults to `time.monotonic`.
        wall_clock: Epoch-seconds clock for HTTP-date ``Retry-After`` values; defaults to `time.time`.
        random: Source of jitter in [0, 1); defaults to `random.random`.

    Example:
        >>> policy = RetryPolicy(max_retries=5, deadline=30.0)
        >>> policy.backoff(0), policy.backoff(10)  # before jitter
        (0.5, 8.0)
    """

    max_retries: int = 3
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    deadline: float | None = None
    sleep: Callable[[float], None] | None = field(default=None, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] | None = field(default=None, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False, compare=False)
    wall_clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)
    # Jitter is not security-sensitive: the module-level PRNG is the right tool.
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError(f"max_retries must be an integer >= 0, got {self.max_retries!r}")
        # NaN compares false with everything, so "< 0" alone would let it through (and a NaN
        # max_retry_after would then honour a Retry-After of an hour).
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            check_seconds(f"RetryPolicy.{name}", getattr(self, name), allow_zero=True)
        check_number("RetryPolicy.jitter", self.jitter)
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"RetryPolicy.jitter must be between 0 and 1, got {self.jitter!r}")
        if self.deadline is not None:
            check_seconds("RetryPolicy.deadline", self.deadline, none="or None")

    def backoff(self, retry_index: int) -> float:
        """The un-jittered delay before retry number ``retry_index + 1``: min(max_delay, initial * 2**i)."""
        return min(self.max_delay, self.initial_delay * 2.0 ** min(retry_index, 62))

    def with_max_retries(self, max_retries: int) -> RetryPolicy:
        """Return a copy with a different ``max_retries``."""
        return replace(self, max_retries=max_retries)


def check_number(name: str, value: object) -> float:
    """``value`` as a float if it is a finite real number (not a bool); else a `TypeError`/`ValueError`."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, got {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def check_seconds(name: str, value: object, *, allow_zero: bool = False, none: str = "") -> float:
    """``value`` as seconds: finite and > 0 (or >= 0 with ``allow_zero``), naming the setting otherwise."""
    seconds = check_number(name, value)
    if seconds < 0 or (seconds == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"{name} must be {bound} seconds{' ' + none if none else ''}, got {value!r}")
    return seconds


class Retrier:
    """One client configuration's retry machinery: the policy, resolved sleepers, base path and limits."""

    __slots__ = ("async_sleep", "attempt_timeout", "base_path", "governor", "max_response_bytes", "policy", "sleep")

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        base_path: str,
        governor: RateLimitGovernor | None = None,
        max_response_bytes: int,
        attempt_timeout: float,
    ) -> None:
        self.policy = policy
        self.governor = governor
        self.max_response_bytes = max_response_bytes
        self.attempt_timeout = attempt_timeout
        # The API paths in the operation table start at /v1; a base URL may add a prefix before them.
        self.base_path = base_path.rstrip("/")
        self.sleep = _default_sleep if policy.sleep is None else policy.sleep
        self.async_sleep = _default_async_sleep if policy.async_sleep is None else policy.async_sleep

    def begin(self, request: httpx.Request) -> RetryState:
        """Start the retry bookkeeping of one request."""
        return RetryState(self, request)


class RetryState:
    """Retry decisions for one request, attempt after attempt. Pure logic: the transports do the I/O."""

    __slots__ = (
        "_operation",
        "_retrier",
        "_retries",
        "_sent_at",
        "_started",
        "_timeouts",
        "attempt_seconds",
        "request",
    )

    def __init__(self, retrier: Retrier, request: httpx.Request) -> None:
        self._retrier = retrier
        self.request = request
        self.attempt_seconds = retrier.attempt_timeout
        self._retries = 0
        self._operation: Operation | None = None
        self._started = retrier.policy.clock() if retrier.policy.deadline is not None else 0.0
        self._timeouts = request.extensions.get("timeout")
        self._sent_at: float | None = None

    @property
    def operation(self) -> Operation:
        """The spec operation this request belongs to (resolved on first use; most requests never ask)."""
        if self._operation is None:
            path = self.request.url.raw_path.partition(b"?")[0].decode("ascii")
            base = self._retrier.base_path
            if base and path.startswith(base):
                path = path[len(base) :]
            self._operation = lookup_operation(self.request.method, path)
        return self._operation

    @property
    def max_response_bytes(self) -> int:
        """The most decoded body bytes an attempt may read."""
        return self._retrier.max_response_bytes

    def before_attempt(self) -> None:
        """Fix the attempt's wall-clock budget and shrink its timeouts to what is left of the deadline.

        ``attempt_seconds`` is the client's ``attempt_timeout``, or what remains of the deadline if less:
        the transports end the attempt there, whether it is connecting, waiting for headers or reading.
        """
        policy = self._retrier.policy
        if policy.deadline is None:
            return
        left = max(0.001, policy.deadline - (policy.clock() - self._started))
        self.attempt_seconds = min(self._retrier.attempt_timeout, left)
        if not isinstance(self._timeouts, dict):
            return
        self.request.extensions["timeout"] = {
            name: left if value is None else min(value, left) for name, value in self._timeouts.items()
        }

    @property
    def governed(self) -> bool:
        """Whether a rate-limit governor admits this request's attempts (and learns from their answers)."""
        return self._retrier.governor is not None

    def admission_delay(self) -> float:
        """Seconds the rate-limit governor (if any) holds this attempt back before sending it.

        Raises:
            RateLimitError: the slot is further away than the governor's ``max_wait`` or what is left of
                the retry ``deadline``; nothing was sent.
        """
        governor = self._retrier.governor
        if governor is None:
            return 0.0
        from ._governor import WaitTooLong, buckets_of  # loaded with the governor: no cost without one

        try:
            wait = governor.acquire(
                budget=self._budget(), buckets=buckets_of(self.request.method, self.request.url.path)
            )
        except WaitTooLong as too_long:
            raise self._held_back(too_long) from None
        self._sent_at = governor.now() + wait
        return wait

    async def admission_delay_async(self) -> float:
        """`admission_delay` for the async transport: a shared store is awaited, the event loop never blocks."""
        governor = self._retrier.governor
        if governor is None:
            return 0.0
        from ._governor import WaitTooLong, buckets_of

        buckets = buckets_of(self.request.method, self.request.url.path)
        try:
            wait = await governor.acquire_async(budget=self._budget(), buckets=buckets)
        except WaitTooLong as too_long:
            raise self._held_back(too_long) from None
        self._sent_at = governor.now() + wait
        return wait

    def observe(self, response: httpx.Response) -> None:
        """Let the governor (if any) learn from an answer: limit, remaining quota, ``Retry-After``, round trip."""
        if self._retrier.governor is not None:
            self._retrier.governor.observe(response.status_code, response.headers, sent_at=self._sent_at)

    async def observe_async(self, response: httpx.Response) -> None:
        """`observe` for the async transport."""
        if self._retrier.governor is not None:
            await self._retrier.governor.observe_async(response.status_code, response.headers, sent_at=self._sent_at)

    def _budget(self) -> float | None:
        policy = self._retrier.policy
        return None if policy.deadline is None else policy.deadline - (policy.clock() - self._started)

    def _held_back(self, wait: WaitTooLong) -> RateLimitError:
        # No answer exists: the error describes the refusal as the 429 it avoids, with retry_after set.
        response = httpx.Response(429, request=self.request)
        return RateLimitError(
            status_code=429,
            code=None,
            message=f"held back by the client's rate-limit governor: {wait}",
            method=self.request.method,
            url=_safe_url(self.request.url),
            body="",
            request=self.request,
            response=response,
            retry_after=wait.wait,
        )

    def after_error(self, error: httpx.HTTPError) -> float:
        """Return the delay before retrying after a transport failure, or raise the typed error."""
        if self._may_retry_error(error):
            delay = self._spend(self._backoff())
            if delay is not None:
                self._log(type(error).__name__, delay)
                return delay
        raise self.transport_error(error) from error

    def after_response(self, response: httpx.Response) -> float | None:
        """Return the delay before retrying after this (read) response, or None to keep it as final.

        The governor learns from the response first, through `observe` (or `observe_async`): the transport
        calls it, so that the async one can await a shared store.
        """
        status = response.status_code
        if status < 400 or status not in self._retryable_statuses():
            return None
        policy = self._retrier.policy
        retry_after = parse_retry_after(response.headers, policy.wall_clock())
        if retry_after is not None and retry_after > policy.max_retry_after:
            return None  # the typed error raised by finish() carries retry_after for the caller
        delay = self._spend(self._backoff() if retry_after is None else retry_after)
        if delay is not None:
            self._log(f"{status} {response.reason_phrase}".rstrip(), delay)
        return delay

    def finish(self, response: httpx.Response) -> httpx.Response:
        """Raise the typed error for a final non-2xx response; return any other response unchanged."""
        if response.status_code >= 300:
            raise api_error_from_response(self.request, response, now=self._retrier.policy.wall_clock())
        return response

    def transport_error(self, error: httpx.HTTPError) -> TransportError:
        """Map an httpx failure to our `TransportError` / `TimeoutError`."""
        # Some httpx errors carry no text (a bare ReadTimeout): still say what happened.
        if isinstance(error, httpx.TimeoutException):
            return TimeoutError(f"{type(error).__name__}: {str(error) or 'timed out'}", request=self.request)
        return TransportError(f"{type(error).__name__}: {str(error) or 'connection failed'}", request=self.request)

    def _may_retry_error(self, error: httpx.HTTPError) -> bool:
        if not isinstance(error, httpx.TransportError) or isinstance(error, _NOT_RETRYABLE):
            return False  # e.g. httpx.DecodingError: the same corrupt body would come back
        safety = self._safety()
        if safety is RetrySafety.NEVER:
            return False
        return safety is RetrySafety.IDEMPOTENT or isinstance(error, _NEVER_SENT)

    def _retryable_statuses(self) -> frozenset[int]:
        safety = self._safety()
        if safety is RetrySafety.IDEMPOTENT:
            return _IDEMPOTENT_STATUSES
        if safety is RetrySafety.SAFE_TO_REPEAT:
            return _SAFE_WRITE_STATUSES
        if safety is RetrySafety.AT_MOST_ONCE:
            return _WRITE_STATUSES
        return frozenset()

    def _safety(self) -> RetrySafety:
        if self._retrier.policy.max_retries == 0:
            return RetrySafety.NEVER
        if self.request.method in IDEMPOTENT_METHODS:
            return RetrySafety.IDEMPOTENT
        return self.operation.retry_safety(self.request)

    def _backoff(self) -> float:
        policy = self._retrier.policy
        return policy.backoff(self._retries) * (1.0 - policy.jitter * policy.random())

    def _spend(self, delay: float) -> float | None:
        """Count a retry and return its delay, or None when the budget (retries, deadline) is spent."""
        policy = self._retrier.policy
        if self._retries >= policy.max_retries:
            return None
        if policy.deadline is not None and policy.clock() - self._started + delay >= policy.deadline:
            return None
        self._retries += 1
        return delay

    def _log(self, reason: str, delay: float) -> None:
        # Method and path only: headers (credentials) and query strings never reach the logs.
        logger.info(
            "Retrying %s %s after %s (retry %d of %d) in %.2f s",
            self.request.method,
            self.request.url.path,
            reason,
            self._retries,
            self._retrier.policy.max_retries,
            delay,
            # Structured copy for handlers that word it their own way (the CLI's progress line on stderr).
            extra={
                "fivetran_retry": {
                    "reason": reason,
                    "method": self.request.method,
                    "url": _safe_url(self.request.url.copy_with(query=None)),
                    "retry": self._retries,
                    "max_retries": self._retrier.policy.max_retries,
                    "delay": delay,
                }
            },
        )

"""Fault injection: the failures a Fivetran client must survive, on demand and reproducibly.

* Rate limit per account over a rolling window: 429 ``TooManyRequests`` with ``Retry-After`` (seconds)
  and ``X-Rate-Limit``/``X-Rate-Limit-Remaining``; those two headers are on every answer. The default
  is the live paid-plan limit (20,000 requests per hour), so it only bites when lowered. Fivetran's
  tighter buckets apply on top, per account too: setup tests (250/min, 2,500/h) and source interaction
  (setup tests, schema reloads, table column reads: 500/min, 5,000/h); ``bucket_limit`` changes them.
  Every client of the fake with the same key (in-process or over HTTP, any number) counts against one
  account.
* 5xx bursts: the next N requests, or each request with probability P (seeded RNG). Bodies are the
  API's JSON envelope, or the HTML page or empty body a proxy in front of the API would send.
* Added latency (fixed plus uniform jitter), slept on the fake's clock.
* Dropped connections: no answer at all (the socket closes; in-process, httpx raises
  ``RemoteProtocolError``).
"""

from __future__ import annotations

import math
import random
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..._governor import BUCKETS
from ._wire import FakeResponse, json_response

__all__ = ["DEFAULT_RATE_LIMIT", "DEFAULT_RATE_WINDOW", "ErrorBody", "Faults", "RateLimiter"]

DEFAULT_RATE_LIMIT = 20_000
DEFAULT_RATE_WINDOW = 3600.0

ErrorBody = Literal["json", "html", "empty", "random"]

_REASONS = {
    500: ("InternalServerError", "Internal Server Error"),
    502: ("BadGateway", "Bad Gateway"),
    503: ("ServiceUnavailable", "Service Unavailable"),
    504: ("GatewayTimeout", "Gateway Timeout"),
}


def _error_response(status: int, body: str) -> FakeResponse:
    code, reason = _REASONS.get(status, ("ServerError", "Server Error"))
    if body == "html":
        # What a load balancer answers when the API behind it is down: not JSON at all.
        page = (
            f"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
            f"<center><h1>{status} {reason}</h1></center>\r\n</body>\r\n</html>\r\n"
        )
        return FakeResponse(status, {"Content-Type": "text/html"}, page.encode())
    if body == "empty":
        return FakeResponse(status, {}, b"")
    return json_response(status, {"code": code, "message": f"{reason} (injected by the fake)"})


def _default_buckets() -> dict[str, list[tuple[int, float]]]:
    return {name: list(limits) for name, limits in BUCKETS.items()}


class RateLimiter:
    """A rolling-window request counter per account, plus the tighter per-bucket windows."""

    def __init__(self, limit: int = DEFAULT_RATE_LIMIT, window: float = DEFAULT_RATE_WINDOW) -> None:
        self._lock = threading.Lock()
        self._hits: dict[str, deque[float]] = {}
        self._buckets = _default_buckets()
        self.configure(limit, window)

    def bucket_limit(self, bucket: str, limits: Sequence[tuple[int, float]]) -> None:
        """Replace the (requests, window seconds) limits of one bucket (``setup_tests``, ``source_interaction``)."""
        if bucket not in BUCKETS:
            raise ValueError(f"bucket must be one of {sorted(BUCKETS)}, got {bucket!r}")
        if not limits or any(requests < 1 or window <= 0 for requests, window in limits):
            raise ValueError("each bucket limit needs at least 1 request per positive window")
        with self._lock:
            self._buckets[bucket] = list(limits)

    def configure(self, limit: int, window: float) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("a rate limit needs at least 1 request per positive window")
        with self._lock:
            self.limit = limit
            self.window = window

    def admit(self, account: str, now: float, buckets: Sequence[str] = ()) -> tuple[bool, dict[str, str], int]:
        """Count one request at ``now`` (seconds); returns (allowed, headers, retry-after seconds).

        The request counts against the account's window and every window of its ``buckets``; refused by
        any one of them, it counts against none (the live API's 429s are not requests served).
        """
        with self._lock:
            windows = [(account, self.limit, self.window)]
            for bucket in buckets:
                windows += [
                    (f"{account}:{bucket}:{window:g}", limit, window) for limit, window in self._buckets[bucket]
                ]
            retry_after = 0
            for key, limit, window in windows:
                hits = self._trimmed(key, now, window)
                if len(hits) >= limit:
                    retry_after = max(retry_after, max(1, math.ceil(hits[0] + window - now)))
            if retry_after:
                return False, self._headers(max(0, self.limit - len(self._hits[account]))), retry_after
            for key, _, _ in windows:
                self._hits[key].append(now)
            return True, self._headers(self.limit - len(self._hits[account])), 0

    def _trimmed(self, key: str, now: float, window: float) -> deque[float]:
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - window:
            hits.popleft()
        return hits

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()
            self._buckets = _default_buckets()

    def _headers(self, remaining: int) -> dict[str, str]:
        return {"X-Rate-Limit": str(self.limit), "X-Rate-Limit-Remaining": str(remaining)}


@dataclass
class _Burst:
    remaining: int
    status: int
    body: ErrorBody


class Faults:
    """The fault settings of one fake, changeable at any time (thread-safe).

    Example:
        >>> faults = Faults(seed=7)
        >>> faults.fail_next(2, status=502, body="html")
        >>> [getattr(faults.server_error(), "status", None) for _ in range(3)]
        [502, 502, None]
    """

    _bursts: list[_Burst]
    _fail_probability: float
    _fail_statuses: tuple[int, ...]
    _fail_body: ErrorBody
    _latency: tuple[float, float]
    _drops: int
    _drop_probability: float

    def __init__(self, seed: int | None = 0) -> None:
        self._lock = threading.Lock()
        self._random = random.Random(seed)  # noqa: S311 - reproducible fault schedule, not security
        self.rate_limiter = RateLimiter()
        self.clear()

    # ------------------------------------------------------------------ configuration

    def rate_limit(self, requests: int, window: float = DEFAULT_RATE_WINDOW) -> None:
        """Allow ``requests`` per rolling ``window`` seconds per account, answering 429 beyond."""
        self.rate_limiter.configure(requests, window)

    def bucket_limit(self, bucket: str, requests: int, window: float) -> None:
        """Allow ``requests`` per ``window`` seconds in ``bucket`` (``setup_tests``, ``source_interaction``)."""
        self.rate_limiter.bucket_limit(bucket, [(requests, window)])

    def fail_next(self, count: int = 1, *, status: int = 503, body: ErrorBody = "json") -> None:
        """Answer the next ``count`` requests with ``status`` (before authentication, like a proxy)."""
        if not 500 <= status <= 599:
            raise ValueError(f"fail_next injects 5xx errors, got {status}")
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._bursts.append(_Burst(count, status, body))

    def fail_rate(
        self, probability: float, *, statuses: Sequence[int] = (500, 502, 503, 504), body: ErrorBody = "random"
    ) -> None:
        """Answer each request with a random status of ``statuses`` with ``probability`` (0 turns it off)."""
        if not 0.0 <= probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        with self._lock:
            self._fail_probability = probability
            self._fail_statuses = tuple(statuses)
            self._fail_body = body

    def add_latency(self, seconds: float, *, jitter: float = 0.0) -> None:
        """Delay every answer by ``seconds`` plus up to ``jitter`` more (uniform)."""
        if seconds < 0 or jitter < 0:
            raise ValueError("latency and jitter must not be negative")
        with self._lock:
            self._latency = (seconds, jitter)

    def drop_next(self, count: int = 1) -> None:
        """Close the next ``count`` connections without answering."""
        if count < 0:
            raise ValueError("count must not be negative")
        with self._lock:
            self._drops += count

    def drop_rate(self, probability: float) -> None:
        """Drop each request's connection with ``probability``."""
        if not 0.0 <= probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        with self._lock:
            self._drop_probability = probability

    def clear(self) -> None:
        """Remove every injected fault and restore the default rate limit."""
        with self._lock:
            self._bursts = []
            self._fail_probability = 0.0
            self._fail_statuses = (500, 502, 503, 504)
            self._fail_body = "random"
            self._latency = (0.0, 0.0)
            self._drops = 0
            self._drop_probability = 0.0
        self.rate_limiter.configure(DEFAULT_RATE_LIMIT, DEFAULT_RATE_WINDOW)
        self.rate_limiter.reset()

    # ------------------------------------------------------------------ decisions, one per request

    def delay(self) -> float:
        """Seconds to wait before answering this request."""
        with self._lock:
            base, jitter = self._latency
            return base + (self._random.uniform(0.0, jitter) if jitter else 0.0)

    def should_drop(self) -> bool:
        with self._lock:
            if self._drops > 0:
                self._drops -= 1
                return True
            return bool(self._drop_probability) and self._random.random() < self._drop_probability

    def server_error(self) -> FakeResponse | None:
        """An injected 5xx for this request, or None."""
        with self._lock:
            if self._bursts:
                burst = self._bursts[0]
                burst.remaining -= 1
                if burst.remaining <= 0:
                    self._bursts.pop(0)
                return _error_response(burst.status, self._body_kind(burst.body))
            if self._fail_probability and self._random.random() < self._fail_probability:
                status = self._random.choice(self._fail_statuses)
                return _error_response(status, self._body_kind(self._fail_body))
            return None

    def _body_kind(self, body: ErrorBody) -> str:
        return self._random.choice(("json", "html", "empty")) if body == "random" else body

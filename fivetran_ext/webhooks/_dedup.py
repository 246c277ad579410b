"""Drop repeated deliveries of the same event.

Fivetran delivers at least once: a delivery that did not get a 2xx in time is retried for up to 24 hours,
and the signature carries no timestamp, so a replay window would reject those legitimate retries.
Deduplicating on the body instead makes a retry harmless. The key is the SHA-256 of the raw body, which
is identical across retries of one event.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from ._errors import WebhookConfigurationError
from ._event import WebhookEvent

__all__ = ["DEFAULT_DEDUP_TTL", "DedupStore", "InMemoryDedupStore", "WebhookDeduplicator", "dedup_key"]

DEFAULT_DEDUP_TTL = 25 * 60 * 60.0
"""Seconds a key is remembered: Fivetran's 24 h retry period plus an hour for the last retry's delay."""


def dedup_key(delivery: bytes | WebhookEvent) -> str:
    """The deduplication key of a delivery: hex SHA-256 of its raw body.

    Example:
        >>> dedup_key(b"{}")[:12]
        '44136fa355b3'
    """
    raw = delivery.raw if isinstance(delivery, WebhookEvent) else delivery
    return hashlib.sha256(raw).hexdigest()


@runtime_checkable
class DedupStore(Protocol):
    """Where seen keys live: the in-memory default, or e.g. Redis ``SET key 1 NX EX ttl`` when several
    processes receive webhooks.
    """

    def check_and_add(self, key: str, ttl: float) -> bool:
        """Atomically record ``key`` for ``ttl`` seconds.

        Returns:
            True if the key was already recorded and not expired (a duplicate), False if it was new.
        """
        ...

    def discard(self, key: str) -> None:
        """Forget ``key`` (no error if absent)."""
        ...


class InMemoryDedupStore:
    """A thread-safe, bounded, per-process `DedupStore`.

    Args:
        max_entries: Most keys kept. When full the oldest key is dropped even if not yet expired, so memory
            stays bounded (roughly 250 bytes per key) at the cost of possibly missing a very old retry.
        clock: Seconds from a monotonic clock; inject a fake one in tests.
    """

    def __init__(self, *, max_entries: int = 100_000, clock: Callable[[], float] = time.monotonic) -> None:
        if max_entries < 1:
            raise WebhookConfigurationError("max_entries must be at least 1")
        self._max_entries = max_entries
        self._clock = clock
        # key -> expiry, in insertion order; with one TTL that is also expiry order, so purging from the
        # front is cheap.
        self._expiries: OrderedDict[str, float] = OrderedDict()
        # Flask and Django serve requests from threads; check-then-add must not interleave.
        self._lock = threading.Lock()

    def check_and_add(self, key: str, ttl: float) -> bool:
        """See `DedupStore.check_and_add`."""
        now = self._clock()
        with self._lock:
            self._purge(now)
            expiry = self._expiries.get(key)
            if expiry is not None and expiry > now:
                return True
            self._expiries[key] = now + ttl
            self._expiries.move_to_end(key)
            while len(self._expiries) > self._max_entries:
                self._expiries.popitem(last=False)
            return False

    def discard(self, key: str) -> None:
        """See `DedupStore.discard`."""
        with self._lock:
            self._expiries.pop(key, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._expiries)

    def _purge(self, now: float) -> None:
        while self._expiries:
            oldest, expiry = next(iter(self._expiries.items()))
            if expiry > now:
                return
            del self._expiries[oldest]


class WebhookDeduplicator:
    """Answers "have I already processed this delivery?".

    Args:
        store: Where keys live; defaults to a new `InMemoryDedupStore` (per process).
        ttl: Seconds a delivery is remembered.

    Example:
        >>> dedup = WebhookDeduplicator()
        >>> dedup.is_duplicate(b'{"event": "sync_start"}'), dedup.is_duplicate(b'{"event": "sync_start"}')
        (False, True)
    """

    def __init__(self, store: DedupStore | None = None, *, ttl: float = DEFAULT_DEDUP_TTL) -> None:
        if ttl <= 0:
            raise WebhookConfigurationError("ttl must be a positive number of seconds")
        self._store: DedupStore = store if store is not None else InMemoryDedupStore()
        self._ttl = ttl

    def is_duplicate(self, delivery: bytes | WebhookEvent) -> bool:
        """Record the delivery and say whether it had been recorded before (within the TTL)."""
        return self._store.check_and_add(dedup_key(delivery), self._ttl)

    def forget(self, delivery: bytes | WebhookEvent) -> None:
        """Forget a delivery whose processing failed, so Fivetran's retry is processed, not dropped."""
        self._store.discard(dedup_key(delivery))

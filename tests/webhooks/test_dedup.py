"""Deduplication of at-least-once deliveries, with an injected clock (no sleeping)."""

from __future__ import annotations

import hashlib
import threading

import pytest

from fivetran_ext.webhooks import (
    DEFAULT_DEDUP_TTL,
    DedupStore,
    InMemoryDedupStore,
    WebhookConfigurationError,
    WebhookDeduplicator,
    construct_event,
    dedup_key,
)

from ._payloads import SECRET, SYNC_END, encode, signed

BODY = encode(SYNC_END)


class FakeClock:
    """Monotonic seconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_key_is_the_sha256_of_the_raw_body() -> None:
    assert dedup_key(BODY) == hashlib.sha256(BODY).hexdigest()
    assert dedup_key(construct_event(BODY, signed(BODY), SECRET)) == dedup_key(BODY)
    assert dedup_key(BODY + b" ") != dedup_key(BODY)


def test_default_ttl_covers_fivetrans_24_hour_retries() -> None:
    assert DEFAULT_DEDUP_TTL > 24 * 3600


def test_second_delivery_is_a_duplicate_until_the_ttl_expires() -> None:
    clock = FakeClock()
    dedup = WebhookDeduplicator(InMemoryDedupStore(clock=clock), ttl=60)
    assert dedup.is_duplicate(BODY) is False
    assert dedup.is_duplicate(BODY) is True
    clock.advance(59.9)
    assert dedup.is_duplicate(BODY) is True
    clock.advance(0.1)  # exactly at expiry: forgotten
    assert dedup.is_duplicate(BODY) is False
    assert dedup.is_duplicate(BODY) is True


def test_a_retry_24_hours_later_is_still_caught_with_the_default_ttl() -> None:
    clock = FakeClock()
    dedup = WebhookDeduplicator(InMemoryDedupStore(clock=clock))
    event = construct_event(BODY, signed(BODY), SECRET)
    assert not dedup.is_duplicate(event)
    clock.advance(24 * 3600)
    assert dedup.is_duplicate(event)


def test_different_bodies_are_independent() -> None:
    dedup = WebhookDeduplicator(InMemoryDedupStore(clock=FakeClock()))
    assert not dedup.is_duplicate(BODY)
    assert not dedup.is_duplicate(encode({**SYNC_END, "sync_id": "another"}))


def test_forget_lets_a_retry_through_after_failed_processing() -> None:
    dedup = WebhookDeduplicator(InMemoryDedupStore(clock=FakeClock()))
    assert not dedup.is_duplicate(BODY)
    dedup.forget(BODY)
    assert not dedup.is_duplicate(BODY)
    dedup.forget(b"never seen")  # no error


def test_expired_entries_are_purged() -> None:
    clock = FakeClock()
    store = InMemoryDedupStore(clock=clock)
    for index in range(5):
        store.check_and_add(f"k{index}", 10)
    assert len(store) == 5
    clock.advance(10)
    store.check_and_add("fresh", 10)
    assert len(store) == 1


def test_memory_is_bounded_by_dropping_the_oldest_key() -> None:
    store = InMemoryDedupStore(max_entries=3, clock=FakeClock())
    for key in ("a", "b", "c", "d"):
        assert store.check_and_add(key, 100) is False
    assert len(store) == 3
    assert store.check_and_add("a", 100) is False  # evicted, so seen as new
    assert store.check_and_add("d", 100) is True


def test_concurrent_deliveries_of_one_event_pass_once() -> None:
    store = InMemoryDedupStore()
    barrier = threading.Barrier(8)
    outcomes: list[bool] = []

    def deliver() -> None:
        barrier.wait()
        outcomes.append(store.check_and_add("same", 100))

    threads = [threading.Thread(target=deliver) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == [False] + [True] * 7


def test_custom_store_protocol() -> None:
    class DictStore:
        def __init__(self) -> None:
            self.calls: list[tuple[str, float]] = []

        def check_and_add(self, key: str, ttl: float) -> bool:
            seen = any(existing == key for existing, _ in self.calls)
            self.calls.append((key, ttl))
            return seen

        def discard(self, key: str) -> None:
            self.calls = [call for call in self.calls if call[0] != key]

    store = DictStore()
    assert isinstance(store, DedupStore)
    assert isinstance(InMemoryDedupStore(), DedupStore)
    dedup = WebhookDeduplicator(store, ttl=30)
    assert not dedup.is_duplicate(BODY)
    assert dedup.is_duplicate(BODY)
    assert store.calls == [(dedup_key(BODY), 30), (dedup_key(BODY), 30)]


@pytest.mark.parametrize("ttl", [0, -5])
def test_non_positive_ttl_is_refused(ttl: float) -> None:
    with pytest.raises(WebhookConfigurationError):
        WebhookDeduplicator(ttl=ttl)


def test_store_needs_room_for_one_key() -> None:
    with pytest.raises(WebhookConfigurationError):
        InMemoryDedupStore(max_entries=0)

"""RateLimitGovernor: admission on a rolling window, Retry-After pauses, budgets, and the client wiring."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from fivetran_ext import Fivetran, RateLimitError, RateLimitGovernor, RetryPolicy
from fivetran_ext._governor import WaitTooLong
from fivetran_ext.testing import FakeFivetran


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def headers(limit: int | None = None, remaining: int | None = None, retry_after: str | None = None) -> dict[str, str]:
    result = {}
    if limit is not None:
        result["x-rate-limit"] = str(limit)
    if remaining is not None:
        result["x-rate-limit-remaining"] = str(remaining)
    if retry_after is not None:
        result["retry-after"] = retry_after
    return result


def test_without_a_known_limit_nothing_is_held_back() -> None:
    governor = RateLimitGovernor(clock=Clock())
    assert [governor.acquire() for _ in range(100)] == [0.0] * 100
    assert governor.limit is None


def test_limit_is_learned_and_the_rolling_window_is_applied() -> None:
    clock = Clock()
    governor = RateLimitGovernor(window=60, clock=clock)
    governor.observe(200, headers(limit=3, remaining=3))
    assert governor.limit == 3
    assert [governor.acquire() for _ in range(3)] == [0, 0, 0]
    # The 4th may go when the 1st leaves the window (plus a 0.2% margin for travel time).
    assert governor.acquire() == pytest.approx(60 * 1.002)
    clock.now += 30
    # Admissions stay in order: the 5th goes when the 2nd expires, i.e. 30 s after "now".
    assert governor.acquire() == pytest.approx(30 + 60 * 0.002)
    assert governor.throttled == 2


def test_configured_limit_wins_over_the_header_and_headroom_is_kept() -> None:
    clock = Clock()
    governor = RateLimitGovernor(limit=4, window=10, headroom=1, clock=clock)
    governor.observe(200, headers(limit=1000))
    assert governor.limit == 4
    assert [governor.acquire() for _ in range(3)] == [0, 0, 0]
    assert governor.acquire() > 0


def test_a_429_holds_every_caller_until_retry_after() -> None:
    clock = Clock()
    governor = RateLimitGovernor(clock=clock)
    governor.observe(429, headers(retry_after="7"))
    assert governor.acquire() == 7
    clock.now += 7
    assert governor.acquire() == 0


def test_a_wait_beyond_max_wait_or_budget_raises_and_reserves_nothing() -> None:
    clock = Clock()
    governor = RateLimitGovernor(limit=1, window=3600, max_wait=60, clock=clock)
    assert governor.acquire() == 0
    with pytest.raises(WaitTooLong) as raised:
        governor.acquire()
    assert raised.value.wait == pytest.approx(3607.2)
    governor = RateLimitGovernor(clock=clock, max_wait=60)
    governor.observe(429, headers(retry_after="30"))
    with pytest.raises(WaitTooLong):
        governor.acquire(budget=10)
    assert governor.acquire(budget=40) == 30


def test_when_the_server_says_the_quota_is_spent_requests_are_paced() -> None:
    clock = Clock()
    # Another tool used the quota: our own window is empty but the server reports 0 remaining.
    governor = RateLimitGovernor(window=100, clock=clock)
    governor.observe(200, headers(limit=10, remaining=0))
    # Nothing of ours is in the window, so the pace (window / limit = 10 s) applies from the first request.
    assert (governor.acquire(), governor.acquire()) == (pytest.approx(10), pytest.approx(20))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"limit": 0}, "limit must be a positive integer"),
        ({"window": 0}, "window must be > 0"),
        ({"headroom": -1}, "headroom must be an integer >= 0"),
        ({"max_wait": -1}, "max_wait must be >= 0"),
    ],
)
def test_invalid_configuration_is_refused(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RateLimitGovernor(**kwargs)  # type: ignore[arg-type]


def test_concurrent_threads_get_distinct_ordered_slots() -> None:
    clock = Clock()
    governor = RateLimitGovernor(limit=10, window=60, clock=clock)
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(10):
            wait = governor.acquire()
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(waits) == 50
    assert sorted(waits)[:10] == [0] * 10  # exactly `limit` go at once
    assert sum(1 for w in waits if w > 0) == 40


@pytest.fixture
def fake() -> Iterator[FakeFivetran]:
    fake = FakeFivetran()
    fake.faults.rate_limit(10, window=60)
    return fake


def _client(fake: FakeFivetran, governor: RateLimitGovernor | None, seen_sleeps: list[float]) -> Fivetran:
    def sleep(seconds: float) -> None:
        seen_sleeps.append(seconds)
        fake.clock.advance(seconds)

    return Fivetran(
        api_key=fake.api_key,
        api_secret=fake.api_secret,
        base_url="https://api.fivetran.com",
        http_client=httpx.Client(transport=fake.transport()),
        retry=RetryPolicy(sleep=sleep, clock=lambda: fake.clock.now().timestamp()),
        rate_limit=governor,
    )


def _count_429(fake: FakeFivetran) -> int:
    return fake.status_counts.get(429, 0)


def test_the_client_stays_under_the_fake_apis_limit_without_a_single_429(fake: FakeFivetran) -> None:
    group = fake.create_group(name="g")
    governor = RateLimitGovernor(window=60, clock=lambda: fake.clock.now().timestamp())
    sleeps: list[float] = []
    with _client(fake, governor, sleeps) as client:
        for _ in range(35):
            assert client.groups.get(group["id"]).id == group["id"]
    assert _count_429(fake) == 0
    # 35 requests at 10 per minute: three full windows of waiting (plus the small safety margin).
    assert sum(sleeps) == pytest.approx(180, rel=0.01)
    assert governor.throttled == 3  # one wait per window: the next 10 then go at once


def test_without_the_governor_the_same_loop_relies_on_retries(fake: FakeFivetran) -> None:
    group = fake.create_group(name="g")
    sleeps: list[float] = []
    with _client(fake, None, sleeps) as client:
        for _ in range(35):
            client.groups.get(group["id"])
    assert _count_429(fake) > 0  # the comparison the governor is for


def test_a_slot_beyond_the_governors_budget_raises_rate_limit_error_before_sending(fake: FakeFivetran) -> None:
    group = fake.create_group(name="g")
    governor = RateLimitGovernor(limit=2, window=3600, max_wait=5, clock=lambda: fake.clock.now().timestamp())
    with _client(fake, governor, []) as client:
        client.groups.get(group["id"])
        client.groups.get(group["id"])
        sent = len(fake.requests)
        with pytest.raises(RateLimitError) as raised:
            client.groups.get(group["id"])
    assert len(fake.requests) == sent  # nothing was sent
    error = raised.value
    assert error.status_code == 429
    assert error.retry_after == pytest.approx(3607.2)
    assert "rate-limit governor" in str(error)
    assert error.method == "GET"
    assert error.url.endswith(f"/v1/groups/{group['id']}")


def test_a_slow_round_trip_widens_the_safety_margin() -> None:
    # The server counts arrivals: if old requests arrived late, a new one sent on time could land inside
    # their window. The margin is at least the slowest recent send-to-answer time.
    clock = Clock()
    governor = RateLimitGovernor(limit=2, window=10, clock=clock)
    assert governor.acquire() == 0
    sent_at = governor.now()
    clock.now += 0.5
    governor.observe(200, headers(limit=2, remaining=1), sent_at=sent_at)
    assert governor.acquire() == 0
    # The third may go at 1000 + 10 s + a 0.5 s margin (not the 0.02 s that 0.2% of 10 s would give);
    # the clock reads 1000.5, so it waits 10 s.
    assert governor.acquire() == pytest.approx(10.0)


def test_our_own_sends_are_not_mistaken_for_another_tools_use() -> None:
    clock = Clock()
    governor = RateLimitGovernor(limit=10, window=60, clock=clock)
    assert [governor.acquire() for _ in range(5)] == [0] * 5
    # The server counted our five: 5 remaining means nobody else is using the quota.
    governor.observe(200, headers(limit=10, remaining=5))
    assert [governor.acquire() for _ in range(5)] == [0] * 5
    assert governor.acquire() > 0
    # A minute later only the 11th send is still in the window, yet the server reports 6 remaining:
    # another tool uses 3, so 7 are ours (1 in the window + 6 more), and the 7th more must wait.
    clock.now += 61
    governor.observe(200, headers(limit=10, remaining=6))
    assert [governor.acquire() for _ in range(6)] == [0] * 6
    assert governor.acquire() > 0

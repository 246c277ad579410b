"""`LocalRateStore` and the bucket rules, with an injected clock (nothing sleeps)."""

from __future__ import annotations

import pytest

from fivetran_ext._governor import buckets_of
from fivetran_ext._rate_store import LocalRateStore, WaitTooLong, Window


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_full_window_gives_the_slot_of_the_request_capacity_places_earlier() -> None:
    clock = Clock()
    store = LocalRateStore(clock)
    window = Window("all", 3, 0, 60.0, 0.5)

    waits = []
    for _ in range(3):
        waits.append(store.reserve([window], max_wait=0))
        clock.now += 1

    assert waits == [0.0, 0.0, 0.0]
    assert store.reserve([window], max_wait=100) == pytest.approx(1000 + 60 + 0.5 - 1003)
    with pytest.raises(WaitTooLong) as refused:
        store.reserve([window], max_wait=10)
    assert refused.value.wait == pytest.approx(58.5)  # the next slot: the 2nd send + 60.5 s, rounded up


def test_every_window_of_a_request_must_have_room_and_all_record_it() -> None:
    clock = Clock()
    store = LocalRateStore(clock)
    minute, hour = Window("setup:60", 2, 0, 60.0, 0.0), Window("all", 100, 0, 3600.0, 0.0)

    assert [store.reserve([minute, hour], max_wait=0) for _ in range(2)] == [0.0, 0.0]
    with pytest.raises(WaitTooLong):
        store.reserve([minute, hour], max_wait=0)  # refused: recorded in neither
    clock.now += 61

    assert store.reserve([minute, hour], max_wait=0) == 0.0
    store.calibrate(hour, remaining=97)  # 3 sent, all ours: nobody else's share
    assert store.reserve([hour], max_wait=0) == 0.0


def test_calibration_counts_sends_that_just_left_the_window_as_ours() -> None:
    clock = Clock()
    store = LocalRateStore(clock)
    window = Window("all", 10, 0, 60.0, 2.0)
    for _ in range(4):
        store.reserve([window], max_wait=0)
    clock.now += 61  # they left our window 1 s ago; the server, answering a round trip ago, still counted them
    store.reserve([window], max_wait=0)

    store.calibrate(window, remaining=5)  # the server counted 5: ours, not another tool's

    assert [store.reserve([window], max_wait=0) for _ in range(9)] == [0.0] * 9  # the whole limit is ours


def test_what_the_server_counted_beyond_ours_is_held_back() -> None:
    clock = Clock()
    store = LocalRateStore(clock)
    window = Window("all", 10, 0, 60.0, 0.0)
    store.reserve([window], max_wait=0)

    store.calibrate(window, remaining=2)  # 8 counted, 1 ours: 7 belong to someone else

    assert [store.reserve([window], max_wait=0) for _ in range(2)] == [0.0, 0.0]
    with pytest.raises(WaitTooLong):
        store.reserve([window], max_wait=0)


def test_a_pause_holds_every_request() -> None:
    clock = Clock()
    store = LocalRateStore(clock)

    store.pause(30)

    assert store.reserve([], max_wait=60) == 30.0
    with pytest.raises(WaitTooLong):
        store.reserve([], max_wait=10)


@pytest.mark.parametrize(
    ("method", "path", "buckets"),
    [
        ("POST", "/v1/connections/c/test", ("setup_tests", "source_interaction")),
        ("POST", "/v1/destinations/d/test", ("setup_tests", "source_interaction")),
        ("POST", "/v1/connections/c/schemas/reload", ("source_interaction",)),
        ("GET", "/v1/connections/c/schemas/s/tables/t/columns", ("source_interaction",)),
        ("GET", "/v1/connections/c", ()),
        ("POST", "/v1/connections/c/sync", ()),
    ],
)
def test_buckets_of_requests(method: str, path: str, buckets: tuple[str, ...]) -> None:
    assert buckets_of(method, path) == buckets

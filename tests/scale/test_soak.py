"""Soak: 20,000+ requests over real HTTP against the fake API with 5% random faults.

Streams and fan-outs run while the fake answers 5xx, 429 and drops connections at random. Asserts that
no item is lost or duplicated, that every failure reaches the caller as a typed `FivetranError`, and that
nothing leaks: threads, sockets and live objects are flat once the work is done. Backoff sleeping is off
(`no_retry_sleep`), so the run is bounded by the work itself (well under a minute here).
"""

from __future__ import annotations

import gc
import os
import threading
from collections import Counter
from collections.abc import Iterator

import pytest

from fivetran_ext import Fivetran, FivetranError, RetryPolicy, fan_out
from fivetran_ext.testing import FakeFivetran, no_retry_sleep

GROUPS = 1_000
CONNECTIONS = 2_000
ROUNDS = 10  # each round: 2 streams of all groups (10 pages each) and a fan-out over every connection
FAULT_RATE = 0.03  # 5xx and 429 answers...
DROP_RATE = 0.02  # ...plus dropped connections: 5% of requests fault


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.fixture(scope="module")
def seeded() -> Iterator[tuple[FakeFivetran, list[str], list[str]]]:
    fake = FakeFivetran(seed=7)
    group_ids = [fake.create_group(name=f"group_{i:05d}")["id"] for i in range(GROUPS)]
    connection_ids = [
        fake.create_connection(group_ids[i % GROUPS], schema=f"schema_{i:05d}")["id"] for i in range(CONNECTIONS)
    ]
    yield fake, group_ids, connection_ids
    fake.close()


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts open sockets through /proc/self/fd (Linux)")
def test_soak_no_loss_no_duplicates_typed_failures_no_leaks(
    seeded: tuple[FakeFivetran, list[str], list[str]],
) -> None:
    fake, group_ids, connection_ids = seeded
    threads_before, fds_before = threading.active_count(), _open_fds()
    failures: Counter[str] = Counter()
    complete_streams = 0
    objects_mid = 0
    with no_retry_sleep(), fake.serve() as base_url:
        fake.faults.fail_rate(FAULT_RATE, statuses=(500, 502, 503, 504, 429))
        fake.faults.drop_rate(DROP_RATE)
        # More retries than the default: at 5% faults a request fails 6 times in a row once in 64 million.
        client = Fivetran(
            api_key=fake.api_key, api_secret=fake.api_secret, base_url=base_url, retry=RetryPolicy(max_retries=5)
        )
        # Every other fan-out runs without retries, so faults reach the caller and must arrive typed.
        impatient = client.with_options(max_retries=0)
        with client:
            for round_number in range(ROUNDS):
                for _ in range(2):
                    seen: list[str] = []
                    try:
                        for group in client.groups.stream(limit=100):
                            seen.append(str(group.id))
                    except FivetranError as error:
                        failures[type(error).__name__] += 1
                    # A stream that failed yielded a prefix; one that finished yielded everything. Either
                    # way, nothing twice and nothing out of the account's order.
                    assert len(seen) == len(set(seen))
                    assert seen == group_ids[: len(seen)]
                    complete_streams += len(seen) == GROUPS
                caller = impatient if round_number % 2 else client
                outcomes = fan_out(caller.connections.get, connection_ids, concurrency=16)
                assert [o.item for o in outcomes] == connection_ids
                for outcome in outcomes:
                    if outcome.ok:
                        assert outcome.value is not None
                        assert outcome.value.id == outcome.item
                    else:
                        assert isinstance(outcome.error, FivetranError), repr(outcome.error)
                        failures[type(outcome.error).__name__] += 1
                if round_number == ROUNDS // 2:
                    # Past 10,000 requests: the fake's own request log (bounded) is full from here on.
                    gc.collect()
                    objects_mid = len(gc.get_objects())
            gc.collect()
            objects_end = len(gc.get_objects())
        answered = sum(fake.status_counts.values())
    print(
        f"\nsoak: {answered} answers ({fake.status_counts}), complete streams {complete_streams}/{2 * ROUNDS}, "
        f"failures surfaced {dict(failures)}, objects mid {objects_mid} end {objects_end}"
    )
    assert answered >= 20_000
    faults = sum(count for status, count in fake.status_counts.items() if status >= 500 or status == 429)
    assert faults >= answered * FAULT_RATE * 0.7  # the faults really happened
    assert complete_streams == 2 * ROUNDS
    # The impatient fan-outs saw roughly the fault rate, every one as a typed error.
    surfaced = sum(failures.values())
    assert CONNECTIONS * (ROUNDS // 2) * 0.03 <= surfaced <= CONNECTIONS * (ROUNDS // 2) * 0.08
    assert set(failures) <= {"ServerError", "RateLimitError", "TransportError"}
    # Flat memory: the second half of the run leaves no more live objects than the first.
    assert objects_end <= objects_mid * 1.02
    # Nothing leaked: server and client threads are gone, every socket is closed.
    assert threading.active_count() == threads_before
    assert _open_fds() == fds_before

"""One rate budget across processes: `RateLimitGovernor` over a `RedisRateStore` on a real Redis server.

Each governor stands for one process (it shares nothing with the others but the Redis namespace). Time is
Redis's own; windows are long (minutes) so that nothing in a test depends on how fast it runs, and no test
sleeps.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time

import httpx
import pytest

from fivetran_ext import RateLimitError, RateLimitGovernor, RedisRateStore
from fivetran_ext._rate_store import WaitTooLong, Window
from fivetran_ext.testing import FakeFivetran

HEADERS_10_OF_10 = httpx.Headers({"X-Rate-Limit": "10", "X-Rate-Limit-Remaining": "10"})


def governor(redis_url: str, namespace: str, **options: object) -> RateLimitGovernor:
    return RateLimitGovernor(store=RedisRateStore(redis_url, namespace=namespace), **options)  # type: ignore[arg-type]


def test_processes_spend_from_one_window(redis_url: str, namespace: str) -> None:
    first, second = (governor(redis_url, namespace, limit=3, window=600, max_wait=0) for _ in range(2))

    waits = [first.acquire(), second.acquire(), first.acquire()]

    assert waits == [0.0, 0.0, 0.0]
    with pytest.raises(WaitTooLong) as refused:
        second.acquire()
    # The first slot frees when it leaves the 10-minute window (plus a 1.2 s margin, less the time passed).
    assert 595 <= refused.value.wait <= 601.3
    with pytest.raises(WaitTooLong):
        first.acquire()  # a refusal recorded nothing: still full, for everyone


def test_a_wait_within_the_budget_is_reserved_in_order(redis_url: str, namespace: str) -> None:
    first, second = (governor(redis_url, namespace, limit=2, window=60, max_wait=120) for _ in range(2))

    waits, admitted = [], []
    for worker in (first, first, second, second):
        asked = time.monotonic()
        waits.append(worker.acquire())
        admitted.append(asked + waits[-1])  # when the request may go, on one clock

    assert waits[:2] == [0.0, 0.0]
    assert 55 <= waits[2] <= 60.2  # one window (plus a 0.12 s margin) after the first send, less the time passed
    assert admitted[3] >= admitted[2] - 0.05  # in order across processes (the tolerance: Redis round trips)


def test_a_retry_after_seen_by_one_process_pauses_all(redis_url: str, namespace: str) -> None:
    first, second = (governor(redis_url, namespace, max_wait=1) for _ in range(2))

    first.observe(429, httpx.Headers({"Retry-After": "120"}))

    with pytest.raises(WaitTooLong) as refused:
        second.acquire()
    assert 115 <= refused.value.wait <= 120.1


def test_remaining_calibrates_the_share_of_other_tools(redis_url: str, namespace: str) -> None:
    first, second = (governor(redis_url, namespace, window=600, max_wait=0) for _ in range(2))
    first.observe(200, HEADERS_10_OF_10)  # both learn the limit from the header
    second.observe(200, HEADERS_10_OF_10)

    # Someone else (a Terraform run on the same key) spent 7 of the 10: the server says 3 remain.
    first.observe(200, httpx.Headers({"X-Rate-Limit": "10", "X-Rate-Limit-Remaining": "3"}))

    assert [second.acquire() for _ in range(3)] == [0.0, 0.0, 0.0]
    with pytest.raises(WaitTooLong):
        first.acquire()


def test_buckets_have_their_own_windows(redis_url: str, namespace: str) -> None:
    shared = governor(redis_url, namespace, max_wait=0)
    other = governor(redis_url, namespace, max_wait=0)

    for _ in range(250):
        shared.acquire(buckets=("setup_tests", "source_interaction"))

    with pytest.raises(WaitTooLong):
        other.acquire(buckets=("setup_tests", "source_interaction"))  # 250 setup tests per minute
    assert other.acquire() == 0.0  # other requests are not held by that bucket
    assert other.acquire(buckets=("source_interaction",)) == 0.0  # 500 per minute: 251st is fine


def test_an_unreachable_redis_falls_back_to_local_limits_with_one_warning(caplog: pytest.LogCaptureFixture) -> None:
    with socketless_port() as port:
        store = RedisRateStore(f"redis://127.0.0.1:{port}/0", timeout=0.2)
    local = RateLimitGovernor(store=store, limit=2, window=600, max_wait=0)

    with caplog.at_level(logging.WARNING, logger="fivetran_ext"):
        waits = [local.acquire(), local.acquire()]
        with pytest.raises(WaitTooLong):
            local.acquire()  # the per-process limit still holds
        local.observe(429, httpx.Headers({"Retry-After": "5"}))

    assert waits == [0.0, 0.0]
    assert local.fallbacks == 1
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 1
    assert warnings[0].startswith("rate-limit store RedisRateStore(namespace='fivetran-ext') failed (ConnectionError)")


class socketless_port:
    """A loopback port nothing listens on (bound, then released)."""

    def __enter__(self) -> int:
        import socket

        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        return int(self._socket.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        self._socket.close()


def test_the_store_never_shows_the_url(redis_url: str) -> None:
    store = RedisRateStore(redis_url.replace("redis://", "redis://:hunter2@"), namespace="acme")

    assert repr(store) == "RedisRateStore(namespace='acme')"
    assert "hunter2" not in repr(RateLimitGovernor(store=store))


def test_clients_in_two_processes_never_see_a_429_together(redis_url: str, namespace: str) -> None:
    # Two clients with governors on one Redis namespace against one account limited to 5 per 10 minutes.
    with FakeFivetran() as fake:
        fake.faults.rate_limit(5, window=600)
        group_id = fake.groups.create("g")["id"]
        clients = [
            fake.client(rate_limit=governor(redis_url, namespace, limit=5, window=600, max_wait=0)) for _ in range(2)
        ]
        results: list[str] = []
        for index in range(8):
            try:
                clients[index % 2].groups.get(group_id)
                results.append("ok")
            except RateLimitError as error:
                results.append(f"held {error.retry_after is not None}")
        counts = fake.status_counts

    assert results == ["ok"] * 5 + ["held True"] * 3
    assert counts == {200: 5}  # the three refused were never sent: no 429 at all


def test_import_fivetran_ext_does_not_import_redis() -> None:
    code = "import sys, fivetran_ext; fivetran_ext.RedisRateStore; assert 'redis' not in sys.modules, 'redis'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_window_spec_is_plain_data() -> None:
    assert Window("all", 10, 0, 60.0, 0.1) == Window("all", 10, 0, 60.0, 0.1)


def run_doc_example(
    name: str, redis_url: str, fake: FakeFivetran, monkeypatch: pytest.MonkeyPatch
) -> dict[str, object]:
    import re
    from pathlib import Path

    from fivetran_ext import Fivetran

    doc = (Path(__file__).resolve().parents[2] / "docs" / "orchestration.md").read_text(encoding="utf-8")
    code = re.search(rf"<!-- example: {name} -->\n```python\n(.*?)```", doc, re.DOTALL)
    assert code is not None
    monkeypatch.setattr(Fivetran, "from_env", classmethod(lambda cls, **options: fake.client(**options)))
    namespace: dict[str, object] = {}
    exec(code.group(1).replace("redis://localhost:6379/0", redis_url), namespace)  # noqa: S102
    return namespace


def test_the_orchestration_doc_example_runs(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeFivetran() as fake:
        governor = run_doc_example("redis", redis_url, fake, monkeypatch)["governor"]
        counts = fake.status_counts

    assert isinstance(governor, RateLimitGovernor)
    assert governor.limit == 20_000  # learned from the fake's X-Rate-Limit, through the shared store
    assert counts == {200: 1}


def test_the_coordinator_doc_example_runs(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeFivetran() as fake:
        fake.connections.create(fake.groups.create("g")["id"], "postgres", "pg", id="decent_dropsy")
        run_doc_example("coordinator", redis_url, fake, monkeypatch)
        posts = [r for r in fake.requests if r.method == "POST"]

    assert len(posts) == 1

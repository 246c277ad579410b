"""`AsyncFivetran` on a shared `RedisRateStore`: one budget and one set of claims with sync workers, and an
event loop that keeps running while Redis is slow.

Redis is made slow for real: ``CLIENT PAUSE`` from a second connection holds every other client's commands
on the server. A ticker task counts how often the loop ran it while a request waited for its admission; no
assertion reads a wall clock.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterator, Sequence
from typing import Any, TypeVar

import httpx
import pytest
import redis

from fivetran_ext import RateLimitError, RateLimitGovernor, RedisRateStore
from fivetran_ext._rate_store import WaitTooLong
from fivetran_ext.testing import FakeFivetran

from .test_redis_store import socketless_port

T = TypeVar("T")


@pytest.fixture
def admin(redis_url: str) -> Iterator[redis.Redis]:
    """A connection of its own to pause the server with (``CLIENT PAUSE`` for a short while).

    Redis 7.0 holds even ``CLIENT UNPAUSE`` while paused, so pauses end on their own; the ``PING`` after the
    test returns once the pause is over, so the next test starts on a server that answers.
    """
    connection = redis.Redis.from_url(redis_url, socket_timeout=10)
    try:
        yield connection
    finally:
        connection.ping()
        connection.close()


def pause(admin: redis.Redis, milliseconds: int) -> None:
    """Make Redis answer no client but ``admin`` for ``milliseconds`` (from the server's side, not a mock)."""
    admin.execute_command("CLIENT", "PAUSE", str(milliseconds), "ALL")  # type: ignore[no-untyped-call]


def run(main: Callable[[], Coroutine[Any, Any, T]]) -> T:
    return asyncio.run(main())


async def ticking_while(work: Awaitable[T]) -> tuple[T, int]:
    """Await ``work`` while a ticker task runs: its result and how many times the loop ran the ticker."""
    ticks = 0
    done = asyncio.Event()

    async def ticker() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            await asyncio.sleep(0.005)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)  # the ticker's first tick
    before = ticks
    try:
        result = await work
    finally:
        done.set()
    during = ticks - before
    await task
    return result, during


class BlockingCallsForbidden(RedisRateStore):
    """A Redis store whose blocking methods fail: proves the async client only awaits the store."""

    def _forbidden(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a blocking Redis call was made from the event loop")

    reserve = calibrate = pause = get_run = swap_run = _forbidden


def test_sync_and_async_workers_spend_from_one_budget(redis_url: str, namespace: str) -> None:
    sync_worker = RateLimitGovernor(
        store=RedisRateStore(redis_url, namespace=namespace), limit=4, window=600, max_wait=0
    )
    store = RedisRateStore(redis_url, namespace=namespace)
    async_worker = RateLimitGovernor(store=store, limit=4, window=600, max_wait=0)

    async def main() -> list[object]:
        results: list[object] = []
        for turn in range(6):
            try:
                results.append(sync_worker.acquire() if turn % 2 else await async_worker.acquire_async())
            except WaitTooLong:
                results.append("refused")
        await store.aclose()
        return results

    assert run(main) == [0.0, 0.0, 0.0, 0.0, "refused", "refused"]
    # Both wrote to the same window: four admissions recorded, the refusals wrote nothing.
    admin = redis.Redis.from_url(redis_url)
    assert admin.zcard("{" + namespace + "}:window:all") == 4
    assert async_worker.fallbacks == sync_worker.fallbacks == 0
    admin.close()


def test_sync_and_async_clients_never_see_a_429_together(redis_url: str, namespace: str) -> None:
    # One account limited to 5 requests per 10 minutes; a Fivetran and an AsyncFivetran on one Redis.
    store = BlockingCallsForbidden(redis_url, namespace=namespace)
    with FakeFivetran() as fake:
        fake.faults.rate_limit(5, window=600)
        group_id = fake.groups.create("g")["id"]
        shared = RedisRateStore(redis_url, namespace=namespace)
        sync_client = fake.client(rate_limit=RateLimitGovernor(store=shared, limit=5, window=600, max_wait=0))

        async def main() -> list[str]:
            results: list[str] = []
            async_governor = RateLimitGovernor(store=store, limit=5, window=600, max_wait=0)
            async with fake.async_client(rate_limit=async_governor) as async_client:
                for index in range(8):
                    try:
                        if index % 2:
                            sync_client.groups.get(group_id)
                        else:
                            await async_client.groups.get(group_id)
                        results.append("ok")
                    except RateLimitError as error:
                        results.append(f"held {error.retry_after is not None}")
            assert async_governor.fallbacks == 0
            await store.aclose()
            return results

        results = run(main)
        sync_client.close()
        counts = fake.status_counts

    assert results == ["ok"] * 5 + ["held True"] * 3
    assert counts == {200: 5}  # the three refused were never sent


def test_the_loop_keeps_running_while_redis_decides_an_admission(
    redis_url: str, namespace: str, admin: redis.Redis
) -> None:
    store = BlockingCallsForbidden(redis_url, namespace=namespace, timeout=5)
    governor = RateLimitGovernor(store=store, limit=100, window=600)
    with FakeFivetran() as fake:
        group_id = fake.groups.create("g")["id"]

        async def main() -> tuple[str, int]:
            async with fake.async_client(rate_limit=governor) as client:
                await client.groups.get(group_id)  # connected, scripts loaded
                pause(admin, 300)  # Redis answers nobody for 0.3 s
                group, ticks = await ticking_while(client.groups.get(group_id))
            await store.aclose()
            return group.id, ticks

        group, ticks = run(main)
        counts = fake.status_counts

    assert group == group_id
    assert ticks >= 10  # ~60 at one tick per 5 ms; a blocked loop ticks 0 times (see the next test)
    assert governor.fallbacks == 0  # Redis decided (slowly): no fallback to per-process limits
    assert counts == {200: 2}  # the two reads (the group was made inside the fake)


def test_the_ticker_does_see_a_blocking_call(redis_url: str, namespace: str, admin: redis.Redis) -> None:
    # The control: the blocking path on the loop (what AsyncFivetran did before) starves the ticker.
    governor = RateLimitGovernor(store=RedisRateStore(redis_url, namespace=namespace, timeout=5))
    governor.acquire()

    async def blocking() -> float:
        return governor.acquire()

    async def main() -> int:
        pause(admin, 300)
        _, ticks = await ticking_while(blocking())
        return ticks

    assert run(main) == 0


def test_a_redis_that_does_not_answer_costs_a_request_its_bound_then_local_limits(
    redis_url: str, namespace: str, admin: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    store = BlockingCallsForbidden(redis_url, namespace=namespace, timeout=0.1)
    governor = RateLimitGovernor(store=store, limit=1, window=600, max_wait=0)

    async def main() -> tuple[list[float], int]:
        await governor.acquire_async()  # connected: the failure below is a silent server, not a refused socket
        pause(admin, 1500)
        # The store's bound (twice its timeout) ends the call; this outer bound only fails the test if not.
        async with asyncio.timeout(5):
            waits, ticks = await ticking_while(governor.acquire_async())
        with pytest.raises(WaitTooLong):
            await governor.acquire_async()  # the per-process limit holds: 1 sent since the fallback
        await governor.observe_async(429, httpx.Headers({"Retry-After": "5"}))  # local pause, no Redis call
        await store.aclose()
        return [waits], ticks

    with caplog.at_level(logging.WARNING, logger="fivetran_ext"):
        waits, ticks = run(main)

    assert waits == [0.0]
    assert ticks >= 5  # the loop ran while the store waited for its bound
    assert governor.fallbacks == 1
    messages = [record.getMessage() for record in caplog.records]
    assert messages == [
        f"rate-limit store {store!r} failed (TimeoutError): limiting per process until it answers again"
    ]


def test_an_unreachable_redis_falls_back_on_the_async_path_too(caplog: pytest.LogCaptureFixture) -> None:
    with socketless_port() as port:
        store = RedisRateStore(f"redis://127.0.0.1:{port}/0", timeout=0.2)
    governor = RateLimitGovernor(store=store, limit=1, window=600, max_wait=0)

    async def main() -> float:
        wait = await governor.acquire_async()
        with pytest.raises(WaitTooLong):
            await governor.acquire_async()
        await store.aclose()
        return wait

    with caplog.at_level(logging.WARNING, logger="fivetran_ext"):
        assert run(main) == 0.0
    assert governor.fallbacks == 1
    assert [r.getMessage().split(" failed ")[1] for r in caplog.records] == [
        "(ConnectionError): limiting per process until it answers again"
    ]


def test_each_event_loop_gets_its_own_connections(redis_url: str, namespace: str) -> None:
    # A process-wide governor (the integrations share one) outlives loops: asyncio.run twice must work.
    store = RedisRateStore(redis_url, namespace=namespace)
    governor = RateLimitGovernor(store=store, limit=10, window=600, max_wait=0)

    async def once() -> float:
        return await governor.acquire_async()

    assert [run(once), run(once)] == [0.0, 0.0]
    assert governor.fallbacks == 0
    assert redis.Redis.from_url(redis_url).zcard("{" + namespace + "}:window:all") == 2


def test_the_connections_of_finished_loops_are_let_go(redis_url: str, namespace: str, admin: redis.Redis) -> None:
    # A worker running `asyncio.run` per task, with one process-wide store: finished loops must not pile up
    # (each with its pool and an open Redis connection).
    store = RedisRateStore(redis_url, namespace=namespace)
    governor = RateLimitGovernor(store=store, limit=100, window=600, max_wait=0)

    async def once() -> float:
        return await governor.acquire_async()

    run(once)
    gc.collect()
    before = admin.info("clients")["connected_clients"]
    for _ in range(8):
        assert run(once) == 0.0
    gc.collect()

    assert len(store._pools) == 1  # only the last loop's pool is kept
    assert admin.info("clients")["connected_clients"] == before  # the other loops' connections are closed
    assert governor.fallbacks == 0


def test_the_async_path_never_shows_the_url(caplog: pytest.LogCaptureFixture) -> None:
    with socketless_port() as port:
        store = RedisRateStore(f"redis://:hunter2@127.0.0.1:{port}/0", namespace="acme", timeout=0.2)
    governor = RateLimitGovernor(store=store, max_wait=0)

    async def main() -> None:
        await governor.acquire_async()  # refused connection: the governor falls back and warns
        await store.aclose()

    with caplog.at_level(logging.DEBUG, logger="fivetran_ext"):
        run(main)
    assert governor.fallbacks == 1
    assert "hunter2" not in repr(store) + repr(governor) + caplog.text
    assert "RedisRateStore(namespace='acme')" in caplog.text


def test_a_store_made_from_clients_uses_the_given_async_client(redis_url: str, namespace: str) -> None:
    import redis.asyncio

    async def main() -> float:
        async_client = redis.asyncio.Redis.from_url(redis_url)
        store = RedisRateStore(client=redis.Redis.from_url(redis_url), async_client=async_client, namespace=namespace)
        forbidden = BlockingCallsForbidden(client=store._scripts.client, async_client=async_client, namespace=namespace)
        wait = await RateLimitGovernor(store=forbidden, limit=1, window=600, max_wait=0).acquire_async()
        with pytest.raises(WaitTooLong):
            store.reserve(RateLimitGovernor(limit=1, window=600)._windows(()), 0)  # the sync client sees it
        await async_client.aclose()
        return wait

    assert run(main) == 0.0


def test_async_client_needs_a_blocking_twin(redis_url: str) -> None:
    import redis.asyncio

    with pytest.raises(ValueError, match="async_client goes with client"):
        RedisRateStore(redis_url, async_client=redis.asyncio.Redis.from_url(redis_url))


def test_the_async_orchestration_doc_example_runs(
    redis_url: str, namespace: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re
    from pathlib import Path

    from fivetran_ext import AsyncFivetran

    doc = (Path(__file__).resolve().parents[2] / "docs" / "orchestration.md").read_text(encoding="utf-8")
    code = re.search(r"<!-- example: redis-async -->\n```python\n(.*?)```", doc, re.DOTALL)
    assert code is not None
    source = code.group(1).replace("redis://localhost:6379/0", redis_url).replace('"acme-prod"', repr(namespace))
    with FakeFivetran() as fake:
        monkeypatch.setattr(AsyncFivetran, "from_env", classmethod(lambda cls, **options: fake.async_client(**options)))
        scope: dict[str, object] = {}
        exec(source, scope)  # noqa: S102
        counts = fake.status_counts

    governor = scope["governor"]
    assert isinstance(governor, RateLimitGovernor)
    assert governor.limit == 20_000  # learned from the fake's X-Rate-Limit
    assert governor.fallbacks == 0
    assert counts == {200: 1}
    assert redis.Redis.from_url(redis_url).zcard("{" + namespace + "}:window:all") == 1  # admitted through Redis


def test_a_custom_blocking_store_is_called_off_the_loop() -> None:
    import threading

    from fivetran_ext import LocalRateStore
    from fivetran_ext._rate_store import Window

    class Recording:
        """A custom store without coroutines (it may block): records the threads that call it."""

        def __init__(self) -> None:
            self.inner = LocalRateStore()
            self.threads: list[str] = []

        def reserve(self, windows: Sequence[Window], max_wait: float) -> float:
            self.threads.append(threading.current_thread().name)
            return self.inner.reserve(windows, max_wait)

        def calibrate(self, window: Window, remaining: int) -> None:
            self.threads.append(threading.current_thread().name)
            self.inner.calibrate(window, remaining)

        def pause(self, seconds: float) -> None:
            self.threads.append(threading.current_thread().name)
            self.inner.pause(seconds)

    store = Recording()
    governor = RateLimitGovernor(store=store, limit=1, window=600, max_wait=0)

    async def main() -> str:
        assert await governor.acquire_async() == 0.0
        with pytest.raises(WaitTooLong):
            await governor.acquire_async()
        await governor.observe_async(429, httpx.Headers({"X-Rate-Limit": "1", "X-Rate-Limit-Remaining": "0"}))
        return threading.current_thread().name

    loop_thread = run(main)

    assert len(store.threads) == 4  # two reservations, one calibration, one pause
    assert loop_thread not in store.threads


@pytest.mark.parametrize("twins", ["LocalRateStore", "RedisRateStore", "RateLimitGovernor"])
def test_every_blocking_step_has_an_awaitable_twin_with_the_same_parameters(twins: str) -> None:
    import inspect

    import fivetran_ext

    cls = getattr(fivetran_ext, twins)
    names = (
        ("acquire", "observe")
        if twins == "RateLimitGovernor"
        else ("reserve", "calibrate", "pause", "get_run", "swap_run")
    )
    for name in names:
        blocking, awaitable = getattr(cls, name), getattr(cls, f"{name}_async")
        assert inspect.iscoroutinefunction(awaitable), name
        assert inspect.signature(awaitable).parameters == inspect.signature(blocking).parameters, name

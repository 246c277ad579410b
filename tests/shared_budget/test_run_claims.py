"""Two workers starting a sync of one connection: the second joins the first's run instead of forcing it.

Workers are two clients of the in-process fake that share nothing but the coordinating store (Redis, or
one `LocalRateStore` for threads of one process). The fake's clock is the wall clock of the runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from fivetran_ext import LocalRateStore, RedisRateStore, SyncRun, SyncState
from fivetran_ext._run_claims import RunClaimStore
from fivetran_ext.testing import FakeFivetran


@pytest.fixture(params=["redis", "local"])
def store(request: pytest.FixtureRequest, namespace: str) -> RunClaimStore:
    if request.param == "local":
        return LocalRateStore()
    redis_url: str = request.getfixturevalue("redis_url")
    return RedisRateStore(redis_url, namespace=namespace)


@pytest.fixture
def fake() -> Iterator[FakeFivetran]:
    with FakeFivetran(webhook_delivery="manual") as fake:
        group_id = fake.groups.create("g")["id"]
        fake.connections.create(group_id, "postgres", "pg", id="decent_dropsy")
        fake.connections.set_sync_behavior("decent_dropsy", duration=600)
        yield fake


def clock_of(fake: FakeFivetran) -> Callable[[], float]:
    return lambda: fake.clock.now().timestamp()


def sync_posts(fake: FakeFivetran) -> list[object]:
    return [r.body for r in fake.requests if r.method == "POST" and r.raw_path.endswith("/sync")]


def test_a_second_worker_joins_the_running_run_instead_of_forcing_it(fake: FakeFivetran, store: RunClaimStore) -> None:
    with fake.client() as first, fake.client() as second:
        run = first.connections.start_sync("decent_dropsy", force=True, clock=clock_of(fake), coordinator=store)
        fake.clock.advance(60)
        joined = second.connections.start_sync("decent_dropsy", force=True, clock=clock_of(fake), coordinator=store)
        fake.clock.advance(600)
        check = second.connections.check(joined, clock=clock_of(fake))

    assert joined == run
    assert len(sync_posts(fake)) == 1  # the second worker sent nothing: the running sync was not cancelled
    assert check.state is SyncState.SUCCEEDED


def test_once_the_run_ended_the_next_start_triggers_again(fake: FakeFivetran, store: RunClaimStore) -> None:
    with fake.client() as first, fake.client() as second:
        run = first.connections.start_sync("decent_dropsy", clock=clock_of(fake), coordinator=store)
        fake.clock.advance(700)  # the sync completed: the watermark moved, the claim no longer covers it
        fresh = second.connections.start_sync("decent_dropsy", force=True, clock=clock_of(fake), coordinator=store)

    assert fresh != run
    assert fresh.watermark is not None
    assert run.watermark is None or fresh.watermark > run.watermark
    assert len(sync_posts(fake)) == 2


def test_without_a_coordinator_force_restarts_the_running_sync(fake: FakeFivetran) -> None:
    with fake.client() as first, fake.client() as second:
        first.connections.start_sync("decent_dropsy", clock=clock_of(fake))
        fake.clock.advance(60)
        second.connections.start_sync("decent_dropsy", force=True, clock=clock_of(fake))

    assert len(sync_posts(fake)) == 2  # what the coordinator prevents: the first sync was cancelled


def test_sync_and_wait_joins_too(fake: FakeFivetran, store: RunClaimStore) -> None:
    with fake.client() as first, fake.client() as second:
        first.connections.start_sync("decent_dropsy", force=True, clock=clock_of(fake), coordinator=store)
        outcome = second.connections.sync_and_wait(
            "decent_dropsy", force=True, sleep=fake.clock.advance, clock=clock_of(fake), coordinator=store
        )

    assert outcome.kind == "succeeded"
    assert len(sync_posts(fake)) == 1


def second_async_worker_joins(fake: FakeFivetran, store: RunClaimStore) -> bool:
    """Two async clients start the same connection (the second with force): whether the second joined."""
    import anyio

    async def main() -> bool:
        async with fake.async_client() as first, fake.async_client() as second:
            run = await first.connections.start_sync("decent_dropsy", clock=clock_of(fake), coordinator=store)
            joined = await second.connections.start_sync(
                "decent_dropsy", force=True, clock=clock_of(fake), coordinator=store
            )
            return joined == run

    return anyio.run(main)


def test_the_async_client_joins_too(fake: FakeFivetran, store: RunClaimStore) -> None:
    assert second_async_worker_joins(fake, store)
    assert len(sync_posts(fake)) == 1


def test_sync_many_joins_the_runs_of_other_workers(fake: FakeFivetran, store: RunClaimStore) -> None:
    fake.connections.create(fake.groups.list()[0]["id"], "postgres", "pg2", id="crafty_gnat")
    fake.connections.set_sync_behavior("crafty_gnat", duration=300)
    with fake.client() as first, fake.client() as second:
        run = first.connections.start_sync("decent_dropsy", clock=clock_of(fake), coordinator=store)
        outcomes = list(
            second.connections.sync_many(
                ["decent_dropsy", "crafty_gnat"],
                force=True,
                sleep=fake.clock.advance,
                clock=clock_of(fake),
                coordinator=store,
            )
        )

    posts = [r.raw_path for r in fake.requests if r.method == "POST"]
    assert posts == ["/v1/connections/decent_dropsy/sync", "/v1/connections/crafty_gnat/sync"]
    assert [(o.connection_id, o.kind) for o in outcomes] == [
        ("crafty_gnat", "succeeded"),
        ("decent_dropsy", "succeeded"),
    ]
    joined = outcomes[1].run
    assert joined is not None
    assert replace(joined, started=False) == run  # the first worker's run, seen to start since


class BlockingClaimsForbidden(RedisRateStore):
    """A Redis store whose blocking claim methods fail: an async worker may only await the store."""

    def _forbidden(self, *args: object, **kwargs: object) -> str | None:
        raise AssertionError("a blocking Redis call was made from the event loop")

    get_run = swap_run = _forbidden


def test_async_sync_many_claims_through_redis_asyncio_and_joins_a_sync_worker(
    fake: FakeFivetran, redis_url: str, namespace: str
) -> None:
    import anyio

    fake.connections.create(fake.groups.list()[0]["id"], "postgres", "pg2", id="crafty_gnat")
    fake.connections.set_sync_behavior("crafty_gnat", duration=300)
    sync_store = RedisRateStore(redis_url, namespace=namespace)
    async_store = BlockingClaimsForbidden(redis_url, namespace=namespace)
    with fake.client() as sync_worker:
        run = sync_worker.connections.start_sync("decent_dropsy", clock=clock_of(fake), coordinator=sync_store)

    async def advance(seconds: float) -> None:
        fake.clock.advance(seconds)

    async def main() -> list[tuple[str | None, str]]:
        async with fake.async_client() as async_worker:
            outcomes = [
                outcome
                async for outcome in async_worker.connections.sync_many(
                    ["decent_dropsy", "crafty_gnat"],
                    force=True,
                    sleep=advance,
                    clock=clock_of(fake),
                    coordinator=async_store,
                )
            ]
        await async_store.aclose()
        return [(o.connection_id, o.kind) for o in outcomes]

    async def start_crafty_gnat_again() -> SyncRun:
        async with fake.async_client() as async_worker:
            run = await async_worker.connections.start_sync(
                "crafty_gnat", clock=clock_of(fake), coordinator=async_store
            )
        await async_store.aclose()
        return run

    results = anyio.run(main)
    posts = [r.raw_path for r in fake.requests if r.method == "POST"]
    assert posts == ["/v1/connections/decent_dropsy/sync", "/v1/connections/crafty_gnat/sync"]
    assert results == [("crafty_gnat", "succeeded"), ("decent_dropsy", "succeeded")]
    # The async worker's claim is in Redis for sync workers to see: the run it triggered for crafty_gnat.
    held = sync_store.get_run("crafty_gnat")
    assert held is not None
    assert SyncRun.from_json(held).connection_id == "crafty_gnat"
    assert run.connection_id == "decent_dropsy"

    # A claim written by the async path is joined by the sync path (and the other way round above).
    async_run = anyio.run(start_crafty_gnat_again)
    with fake.client() as sync_worker:
        joined = sync_worker.connections.start_sync(
            "crafty_gnat", force=True, clock=clock_of(fake), coordinator=sync_store
        )
    assert joined == async_run
    assert len([r for r in fake.requests if r.method == "POST"]) == 3


def test_a_store_without_coroutines_still_coordinates_async_workers(fake: FakeFivetran) -> None:
    class DictStore:
        """A custom blocking store (no ``*_async`` methods): called from a worker thread."""

        def __init__(self) -> None:
            self.runs: dict[str, str] = {}

        def get_run(self, connection_id: str) -> str | None:
            return self.runs.get(connection_id)

        def swap_run(self, connection_id: str, new: str | None, expected: str | None, ttl: float) -> str | None:
            if self.runs.get(connection_id) != expected:
                return self.runs.get(connection_id)
            if new is None:
                self.runs.pop(connection_id, None)
            else:
                self.runs[connection_id] = new
            return new

    store = DictStore()

    assert second_async_worker_joins(fake, store)
    assert len(sync_posts(fake)) == 1
    assert list(store.runs) == ["decent_dropsy"]

"""Two workers starting a sync of one connection: the second joins the first's run instead of forcing it.

Workers are two clients of the in-process fake that share nothing but the coordinating store (Redis, or
one `LocalRateStore` for threads of one process). The fake's clock is the wall clock of the runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest

from fivetran_ext import LocalRateStore, RedisRateStore, SyncState
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


def test_the_async_client_joins_too(fake: FakeFivetran, store: RunClaimStore) -> None:
    import anyio

    async def main() -> bool:
        async with fake.async_client() as first, fake.async_client() as second:
            run = await first.connections.start_sync("decent_dropsy", clock=clock_of(fake), coordinator=store)
            joined = await second.connections.start_sync(
                "decent_dropsy", force=True, clock=clock_of(fake), coordinator=store
            )
            return joined == run

    assert anyio.run(main)
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

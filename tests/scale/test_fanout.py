"""fan_out / async_fan_out: bounded concurrency, item order, per-item errors, stop_on_error."""

from __future__ import annotations

import threading

import anyio
import pytest

from fivetran_ext import AsyncFivetran, Failed, Fivetran, NotFoundError, Succeeded, async_fan_out, fan_out
from fivetran_ext.testing import FakeFivetran


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_results_keep_item_order_and_concurrency_is_bounded() -> None:
    active = 0
    peak = 0
    lock = threading.Lock()
    release = threading.Barrier(4)

    def work(item: int) -> int:
        nonlocal active, peak
        with lock:
            active += 1
            peak = max(peak, active)
        if item < 4:
            release.wait(timeout=5)  # the first four really overlap
        with lock:
            active -= 1
        return item * 10

    outcomes = fan_out(work, range(20), concurrency=4)
    assert [o.value for o in outcomes] == [i * 10 for i in range(20)]
    assert [o.item for o in outcomes] == list(range(20))
    assert peak == 4


def test_a_failing_item_is_reported_and_the_others_are_kept() -> None:
    def work(item: int) -> int:
        if item == 3:
            raise ValueError("bad item 3")
        return item

    outcomes = fan_out(work, range(6), concurrency=3)
    assert [o.ok for o in outcomes] == [True, True, True, False, True, True]
    assert [type(o) for o in outcomes] == [Succeeded, Succeeded, Succeeded, Failed, Succeeded, Succeeded]
    assert (outcomes[3].value, outcomes[4].error) == (None, None)
    assert str(outcomes[3].error) == "bad item 3"
    assert outcomes[4].unwrap() == 4
    with pytest.raises(ValueError, match="bad item 3"):
        outcomes[3].unwrap()


def test_stop_on_error_starts_nothing_new_but_reports_every_item() -> None:
    called: list[int] = []

    def work(item: int) -> int:
        called.append(item)
        if item == 0:
            raise RuntimeError("first fails")
        return item

    outcomes = fan_out(work, range(5), concurrency=1, stop_on_error=True)
    assert called == [0]
    assert len(outcomes) == 5
    assert all(isinstance(o.error, RuntimeError) for o in outcomes)


@pytest.mark.parametrize("concurrency", [0, 257, True, 2.5])
def test_concurrency_is_validated(concurrency: object) -> None:
    with pytest.raises(ValueError, match="concurrency must be an integer from 1 to 256"):
        fan_out(lambda x: x, [1], concurrency=concurrency)  # type: ignore[arg-type]


def test_empty_input() -> None:
    assert fan_out(lambda x: x, []) == []


def test_sync_status_of_every_connection_with_one_deleted_meanwhile() -> None:
    fake = FakeFivetran()
    group = fake.create_group(name="g")
    ids = [fake.create_connection(group["id"], schema=f"s{i}")["id"] for i in range(12)]
    ids.insert(5, "deleted_meanwhile")
    with fake.client() as client:
        assert isinstance(client, Fivetran)
        outcomes = fan_out(client.connections.get, ids, concurrency=4)
    assert [o.item for o in outcomes] == ids
    assert isinstance(outcomes[5].error, NotFoundError)
    assert [o.value.id for o in outcomes if o.ok and o.value is not None] == [
        i for i in ids if i != "deleted_meanwhile"
    ]


@pytest.mark.anyio
async def test_async_fan_out_keeps_order_and_bounds_concurrency() -> None:
    active = 0
    peak = 0

    async def work(item: int) -> int:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await anyio.sleep(0)  # yield so the other workers start
        await anyio.sleep(0)
        active -= 1
        if item == 7:
            raise KeyError(item)
        return item + 1

    outcomes = await async_fan_out(work, range(30), concurrency=5)
    assert [o.item for o in outcomes] == list(range(30))
    assert peak == 5
    assert isinstance(outcomes[7].error, KeyError)
    assert [o.value for o in outcomes if o.ok] == [i + 1 for i in range(30) if i != 7]
    assert [type(o) for o in outcomes] == [Failed if i == 7 else Succeeded for i in range(30)]


@pytest.mark.anyio
async def test_async_fan_out_against_the_fake_api() -> None:
    fake = FakeFivetran()
    group = fake.create_group(name="g")
    ids = [fake.create_connection(group["id"], schema=f"s{i}")["id"] for i in range(10)]
    async with fake.async_client() as client:
        assert isinstance(client, AsyncFivetran)
        outcomes = await async_fan_out(client.connections.get, ids, concurrency=50)
    assert [o.unwrap().id for o in outcomes] == ids


@pytest.mark.anyio
async def test_async_stop_on_error() -> None:
    started: list[int] = []

    async def work(item: int) -> int:
        started.append(item)
        raise RuntimeError(f"boom {item}")

    outcomes = await async_fan_out(work, range(4), concurrency=1, stop_on_error=True)
    assert started == [0]
    assert [str(o.error) for o in outcomes] == ["boom 0"] * 4

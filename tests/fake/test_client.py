"""`fake.client()` / `fake.async_client()`: the ergonomic client wired to the fake in-process."""

from __future__ import annotations

import pytest

from fivetran_ext import NotFoundError, RateLimitError
from fivetran_ext.testing.fake import FakeFivetran


def test_client_reads_stateful_objects(fake_fivetran: FakeFivetran) -> None:
    group = fake_fivetran.groups.create("analytics")
    connection = fake_fivetran.connections.create(group["id"], "postgres", "warehouse")
    with fake_fivetran.client() as client:
        assert client.groups.get(group["id"]).name == "analytics"
        assert [g.id for g in client.groups.stream(limit=1)] == [group["id"]]
        fetched = client.connections.get(connection["id"])
        with pytest.raises(NotFoundError):
            client.connections.get("missing")
    assert (fetched.id, fetched.schema, fetched.sync_frequency) == (connection["id"], "warehouse", 360)
    assert fetched.to_dict()["status"]["sync_state"] == "scheduled"


def test_client_options_are_passed_on(fake_fivetran: FakeFivetran) -> None:
    fake_fivetran.faults.rate_limit(1, window=3600)
    fake_fivetran.groups.create("g")
    with fake_fivetran.client(max_retries=0) as client:
        client.groups.list()
        with pytest.raises(RateLimitError) as raised:
            client.groups.list()
    assert raised.value.retry_after == 3600


@pytest.mark.anyio
async def test_async_client(fake_fivetran: FakeFivetran) -> None:
    group = fake_fivetran.groups.create("async")
    async with fake_fivetran.async_client() as client:
        assert (await client.groups.get(group["id"])).name == "async"
        assert [g.id async for g in client.groups.stream()] == [group["id"]]

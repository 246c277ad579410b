"""Connection churn: fan-outs reuse their connections (no more connections than calls in flight)."""

from __future__ import annotations

import ssl
from typing import Any

import httpx
import pytest

from fivetran_ext import AsyncFivetran, Fivetran, async_fan_out, fan_out
from fivetran_ext._shards import SHARDS, AsyncShardedTransport, ShardedTransport
from tests.core._raw_server import KeepAliveServer

from .conftest import API_KEY, API_SECRET

GROUP = b'{"code": "Success", "data": {"id": "g", "name": "n"}}'


@pytest.mark.anyio
async def test_an_async_fan_out_opens_no_more_connections_than_its_concurrency() -> None:
    with KeepAliveServer([(200, GROUP)]) as server:
        async with AsyncFivetran(API_KEY, API_SECRET, base_url=server.base_url) as client:
            outcomes = await async_fan_out(client.groups.get, [f"g{i}" for i in range(300)], concurrency=40)
    assert [outcome.ok for outcome in outcomes] == [True] * 300
    assert len(server.client_ports) == 300
    assert len(set(server.client_ports)) <= 40


def test_a_threaded_fan_out_opens_no_more_connections_than_its_threads() -> None:
    with KeepAliveServer([(200, GROUP)]) as server, Fivetran(API_KEY, API_SECRET, base_url=server.base_url) as client:
        outcomes = fan_out(client.groups.get, [f"g{i}" for i in range(200)], concurrency=16)
    assert [outcome.ok for outcome in outcomes] == [True] * 200
    assert len(set(server.client_ports)) <= 16


def test_the_default_pool_is_sharded_and_a_user_pool_is_left_alone() -> None:
    with Fivetran(API_KEY, API_SECRET) as client:
        transport = client._pool.client._transport
        assert isinstance(transport, ShardedTransport)
        assert len(transport.shards) == SHARDS
    mine = httpx.Client()
    with Fivetran(API_KEY, API_SECRET, http_client=mine) as client:
        assert client._pool.client is mine
    assert not mine.is_closed
    mine.close()


@pytest.mark.parametrize("client_class", [Fivetran, AsyncFivetran])
def test_the_default_pool_loads_the_ca_bundle_once(
    monkeypatch: pytest.MonkeyPatch, client_class: type[Fivetran] | type[AsyncFivetran]
) -> None:
    # Loading the CA bundle is most of what building a client costs: every shard and proxy route shares one.
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    loads: list[object] = []
    real = ssl.SSLContext.load_verify_locations

    def counting(context: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        loads.append(context)
        real(context, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counting)
    client = client_class(API_KEY, API_SECRET)
    assert client._pool.client._mounts, "the environment proxy should be mounted"
    assert len(loads) == 1


def _ok(request: httpx.Request) -> httpx.Response:
    # A streamed body, as a network transport hands back: the slot is held until the response is closed.
    return httpx.Response(200, stream=httpx.ByteStream(b"{}"))


def test_requests_go_to_the_least_busy_shard_and_give_their_slot_back() -> None:
    shards = [httpx.MockTransport(_ok) for _ in range(3)]
    sharded = ShardedTransport(shards)  # type: ignore[arg-type]
    request = httpx.Request("GET", "http://x/")
    open_responses = [sharded.handle_request(request) for _ in range(4)]
    assert sharded._load._in_flight == [2, 1, 1]
    open_responses[0].close()
    open_responses[0].close()  # a second close gives nothing back twice
    assert sharded._load._in_flight == [1, 1, 1]
    for response in open_responses[1:]:
        response.close()
    assert sharded._load._in_flight == [0, 0, 0]


def test_a_failing_shard_gives_its_slot_back() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    sharded = ShardedTransport([httpx.MockTransport(refuse)])  # type: ignore[list-item]
    with pytest.raises(httpx.ConnectError):
        sharded.handle_request(httpx.Request("GET", "http://x/"))
    assert sharded._load._in_flight == [0]


@pytest.mark.anyio
async def test_the_async_shards_give_their_slots_back() -> None:
    sharded = AsyncShardedTransport([httpx.MockTransport(_ok) for _ in range(2)])  # type: ignore[misc]
    response = await sharded.handle_async_request(httpx.Request("GET", "http://x/"))
    assert sharded._load._in_flight == [1, 0]
    await response.aclose()
    assert sharded._load._in_flight == [0, 0]

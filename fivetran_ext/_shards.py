"""The default connection pool: several httpcore pools behind one transport, so wide fan-outs stay cheap.

httpcore's pool re-examines every queued request against every connection whenever a request starts or
ends. At 200 requests in flight on 200 connections that is 40,000 checks per event, and measured it was
most of the wall time: 2,000 small requests at concurrency 200 took 26-45 s on a busy 2-core machine.
Spreading requests over `SHARDS` pools, each new request going to the pool with the fewest requests in
flight, divides that work by about the square of the shard count, while each pool still reuses its own
connections (so the connections opened stay close to the concurrency in use).
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable, Iterator

import httpx

__all__ = ["SHARDS", "AsyncShardedTransport", "ShardedTransport", "async_default_pool", "sync_default_pool"]

# 2,000 requests at concurrency 200 on the busy 2-core machine, one run each: 16 pools of 16 took 3.96 s,
# 32 of 8 2.83 s, 64 of 4 2.70 s (a single pool 26-45 s). 32 takes most of the gain; a fan-out of 16
# still uses 16 pools of one connection each, and sequential use keeps reusing the first pool's.
SHARDS = 32
# Fan-outs go up to 256 calls at once (`_fanout.py`): every one of them can keep its connection.
MAX_CONNECTIONS = 256
_SHARD_LIMITS = httpx.Limits(
    max_connections=MAX_CONNECTIONS // SHARDS,
    max_keepalive_connections=MAX_CONNECTIONS // SHARDS,
    keepalive_expiry=15.0,
)
# For the proxy routes httpx mounts from the environment (HTTPS_PROXY): one pool each, as wide as all shards.
# httpx's default keeps only 20 idle connections: at concurrency 200 most requests would open a new one.
_PROXY_LIMITS = httpx.Limits(
    max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS, keepalive_expiry=15.0
)


class _Load:
    """Requests in flight per shard; picks the least loaded one."""

    def __init__(self, shards: int) -> None:
        self._in_flight = [0] * shards
        self._lock = threading.Lock()

    def take(self) -> int:
        with self._lock:
            in_flight = self._in_flight
            index = in_flight.index(min(in_flight))  # the first of the least loaded, in two C calls
            self._in_flight[index] += 1
            return index

    def releaser(self, index: int) -> Callable[[], None]:
        """A function that gives the slot back once, however often it is called."""
        released = False

        def release() -> None:
            nonlocal released
            with self._lock:
                if not released:
                    released = True
                    self._in_flight[index] -= 1

        return release


class _ReleasingStream(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, release: Callable[[], None]) -> None:
        self._inner, self._release = inner, release

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            self._release()


class _AsyncReleasingStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._inner, self._release = inner, release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._release()


class ShardedTransport(httpx.BaseTransport):
    """Sync transport over several pools; a request's slot is given back when its response is closed."""

    def __init__(self, shards: list[httpx.HTTPTransport]) -> None:
        self.shards = shards
        self._load = _Load(len(shards))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        index = self._load.take()
        release = self._load.releaser(index)
        try:
            response = self.shards[index].handle_request(request)
        except BaseException:
            release()
            raise
        if response.is_closed:  # already read (a mock transport): nothing left to wait for
            release()
        else:
            assert isinstance(response.stream, httpx.SyncByteStream)
            response.stream = _ReleasingStream(response.stream, release)
        return response

    def close(self) -> None:
        for shard in self.shards:
            shard.close()


class AsyncShardedTransport(httpx.AsyncBaseTransport):
    """Async twin of `ShardedTransport`."""

    def __init__(self, shards: list[httpx.AsyncHTTPTransport]) -> None:
        self.shards = shards
        self._load = _Load(len(shards))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index = self._load.take()
        release = self._load.releaser(index)
        try:
            response = await self.shards[index].handle_async_request(request)
        except BaseException:
            release()
            raise
        if response.is_closed:  # already read (a mock transport): nothing left to wait for
            release()
        else:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _AsyncReleasingStream(response.stream, release)
        return response

    async def aclose(self) -> None:
        for shard in self.shards:
            await shard.aclose()


def sync_default_pool() -> httpx.Client:
    """The pool of a `Fivetran` built without ``http_client``: sharded, environment proxies and CA honoured."""
    # httpx mounts the environment's proxies (HTTPS_PROXY, NO_PROXY) only when it builds the transport
    # itself: let it, then put the shards in place of its base transport.
    # One TLS context for every shard and every proxy route: loading the CA bundle (~20 ms) is the costly
    # part of building a transport. `create_ssl_context` reads SSL_CERT_FILE/SSL_CERT_DIR as httpx's default does.
    tls = httpx.create_ssl_context()
    client = httpx.Client(verify=tls, limits=_PROXY_LIMITS)
    built, client._transport = (
        client._transport,
        ShardedTransport([httpx.HTTPTransport(verify=tls, limits=_SHARD_LIMITS) for _ in range(SHARDS)]),
    )
    built.close()
    return client


def async_default_pool() -> httpx.AsyncClient:
    """Async twin of `sync_default_pool`."""
    tls = httpx.create_ssl_context()
    client = httpx.AsyncClient(verify=tls, limits=_PROXY_LIMITS)
    # The transport httpx built holds no connection yet: dropping it unclosed leaks nothing.
    client._transport = AsyncShardedTransport(
        [httpx.AsyncHTTPTransport(verify=tls, limits=_SHARD_LIMITS) for _ in range(SHARDS)]
    )
    return client

"""Building the httpx clients a `Fivetran` uses: one shared pool, one thin client per configuration.

The *pool* is an httpx client used only for its transports: ours by default (sharded for wide fan-outs,
see `_shards.py`; ``HTTPS_PROXY``/``NO_PROXY``/``SSL_CERT_FILE`` from the environment apply) or one the user
supplies for proxies, mTLS or custom transports. Every configuration (a client and each `with_options`
variant) gets its own small httpx client whose transports wrap the pool's in `RetryTransport`, so the
retry and error behaviour applies to every route, proxied or not, while connections are shared.
"""

from __future__ import annotations

from collections.abc import Callable
from http.cookiejar import DefaultCookiePolicy
from typing import Any, Generic, TypeVar

import httpx
from fivetran_api.client import Client as GeneratedClient

from ._attempt_bound import bound_transport
from ._config import ClientConfig
from ._retry import Retrier
from ._shards import async_default_pool, sync_default_pool
from ._transport import AsyncRetryTransport, Lifetime, RetryTransport

__all__ = ["AsyncPool", "SyncPool", "generated_client", "open_async_client", "open_sync_client"]


ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)


class _Pool(Generic[ClientT]):
    """The connection pool shared by a client and its `with_options` variants."""

    def __init__(
        self, http_client: ClientT | None, client_class: type[ClientT], default: Callable[[], ClientT]
    ) -> None:
        if http_client is not None and not isinstance(http_client, client_class):
            raise TypeError(f"http_client must be an httpx.{client_class.__name__}, got {type(http_client).__name__}")
        # A user-supplied client stays the user's: they close it, we only borrow its transports.
        self.owned = http_client is None
        self.client: ClientT = default() if http_client is None else http_client
        # Closing the pool closes every client over it, the root's and each `with_options` variant's.
        self.lifetime = Lifetime()
        for transport in [getattr(self.client, "_transport", None), *getattr(self.client, "_mounts", {}).values()]:
            for part in getattr(transport, "shards", [transport]):
                bound_transport(part)


class SyncPool(_Pool[httpx.Client]):
    """The pool of a `Fivetran`: a default `httpx.Client`, or the user's."""

    def __init__(self, http_client: httpx.Client | None) -> None:
        super().__init__(http_client, httpx.Client, sync_default_pool)

    def close(self) -> None:
        self.lifetime.closed = True
        if self.owned:
            self.client.close()


class AsyncPool(_Pool[httpx.AsyncClient]):
    """The pool of an `AsyncFivetran`: a default `httpx.AsyncClient`, or the user's."""

    def __init__(self, http_client: httpx.AsyncClient | None) -> None:
        super().__init__(http_client, httpx.AsyncClient, async_default_pool)

    async def aclose(self) -> None:
        self.lifetime.closed = True
        if self.owned:
            await self.client.aclose()


def _wrapped_routes(
    config: ClientConfig,
    pool_client: httpx.Client | httpx.AsyncClient,
    wrap: Callable[[Any, Retrier, Lifetime], Any],
    lifetime: Lifetime,
) -> dict[str, Any]:
    """The pool client's base transport and mounts, each wrapped by ``wrap``, as httpx.Client arguments."""
    # httpx exposes no public accessor for a client's transports; `_transport` and `_mounts` have been
    # stable since httpx 0.18 and are checked here so a future rename fails loudly, not silently.
    transport = getattr(pool_client, "_transport", None)
    mounts = getattr(pool_client, "_mounts", None)
    if transport is None or not isinstance(mounts, dict):
        raise TypeError(f"cannot reuse the transports of this httpx version ({httpx.__version__})")
    retrier = Retrier(
        config.retry,
        base_path=config.base_path,
        governor=config.rate_limit,
        max_response_bytes=config.max_response_bytes,
        attempt_timeout=config.attempt_seconds(),
    )
    return {
        "transport": wrap(transport, retrier, lifetime),
        # A None mount means "no proxy for this pattern": it falls back to the (wrapped) base transport.
        "mounts": {
            pattern.pattern: None if inner is None else wrap(inner, retrier, lifetime)
            for pattern, inner in mounts.items()
        },
        "base_url": config.base_url,
        "headers": config.headers(),
        "timeout": config.timeout,
        # The API never redirects; following one could only mislead (or send credentials elsewhere).
        "follow_redirects": False,
        # The pool already applied the environment (proxies, certificates); reading it again here would
        # mount proxy transports that bypass the retry wrapper.
        "trust_env": False,
    }


def _no_cookies(client: ClientT) -> ClientT:
    """The API sets no cookies: a jar that accepts none stops a server from growing it (and the headers of
    every later request) without bound, or from planting values the client would send back."""
    client.cookies.jar.set_policy(DefaultCookiePolicy(allowed_domains=[]))
    return client


def open_sync_client(config: ClientConfig, pool: SyncPool, lifetime: Lifetime) -> httpx.Client:
    """A sync httpx client for ``config`` whose every route goes through a `RetryTransport` over ``pool``.

    ``lifetime`` (a child of the pool's) is the client's: once it or the pool is closed, requests fail.
    """
    return _no_cookies(httpx.Client(**_wrapped_routes(config, pool.client, RetryTransport, lifetime)))


def open_async_client(config: ClientConfig, pool: AsyncPool, lifetime: Lifetime) -> httpx.AsyncClient:
    """Async twin of `open_sync_client`."""
    return _no_cookies(httpx.AsyncClient(**_wrapped_routes(config, pool.client, AsyncRetryTransport, lifetime)))


class _WrongFlavour(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Stands in for the httpx client of the other flavour, so misuse fails instead of going unauthenticated.

    Without it, calling ``asyncio_detailed`` on `Fivetran.generated` would make the generated `Client`
    build a bare httpx client: no credentials, no timeout, no retries.
    """

    def __init__(self, message: str) -> None:
        self._message = message

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise RuntimeError(self._message)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise RuntimeError(self._message)


def generated_client(
    config: ClientConfig,
    *,
    sync_client: httpx.Client | None = None,
    async_client: httpx.AsyncClient | None = None,
) -> GeneratedClient:
    """The `fivetran_api.Client` handed out as ``client.generated``, bound to our httpx client."""
    generated = GeneratedClient(base_url=config.base_url, timeout=config.timeout)
    if sync_client is None:
        guard = _WrongFlavour("AsyncFivetran.generated is async: call asyncio_detailed()/asyncio(), or use Fivetran")
        sync_client = httpx.Client(transport=guard, trust_env=False)
    if async_client is None:
        guard = _WrongFlavour("Fivetran.generated is sync: call sync_detailed()/sync(), or use AsyncFivetran")
        async_client = httpx.AsyncClient(transport=guard, trust_env=False)
    return generated.set_httpx_client(sync_client).set_async_httpx_client(async_client)

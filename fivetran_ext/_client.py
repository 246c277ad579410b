"""`Fivetran` and `AsyncFivetran`: configuration, lifecycle and the resources, over one shared pool."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx
from fivetran_api.client import Client as GeneratedClient

from ._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    ClientConfig,
    build_config,
    resolve_retry,
    settings_from_env,
)
from ._http import AsyncPool, SyncPool, generated_client, open_async_client, open_sync_client
from ._lazy import ConnectorsAlias, LazyResource
from ._retry import RetryPolicy
from ._transport import Lifetime

if TYPE_CHECKING:
    from ._governor import RateLimitGovernor
    from ._resources.account import Account, AsyncAccount
    from ._resources.certificates import AsyncCertificates, Certificates
    from ._resources.connections import AsyncConnections, Connections
    from ._resources.connector_sdk_packages import AsyncConnectorSdkPackages, ConnectorSdkPackages
    from ._resources.connector_types import AsyncConnectorTypes, ConnectorTypes
    from ._resources.destinations import AsyncDestinations, Destinations
    from ._resources.external_secrets_managers import AsyncExternalSecretsManagers, ExternalSecretsManagers
    from ._resources.fingerprints import AsyncFingerprints, Fingerprints
    from ._resources.groups import AsyncGroups, Groups
    from ._resources.hybrid_deployment_agents import AsyncHybridDeploymentAgents, HybridDeploymentAgents
    from ._resources.log_services import AsyncLogServices, LogServices
    from ._resources.private_links import AsyncPrivateLinks, PrivateLinks
    from ._resources.proxy_agents import AsyncProxyAgents, ProxyAgents
    from ._resources.roles import AsyncRoles, Roles
    from ._resources.system_keys import AsyncSystemKeys, SystemKeys
    from ._resources.teams import AsyncTeams, Teams
    from ._resources.transformation_projects import AsyncTransformationProjects, TransformationProjects
    from ._resources.transformations import AsyncTransformations, Transformations
    from ._resources.users import AsyncUsers, Users
    from ._resources.webhooks import AsyncWebhooks, Webhooks

__all__ = ["AsyncFivetran", "Fivetran"]

PoolT = TypeVar("PoolT", SyncPool, AsyncPool)
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)


class _ClientBase(Generic[PoolT, HttpClientT]):
    """What the sync and async clients share: configuration, ``from_env``, ``with_options``, ``repr``."""

    _config: ClientConfig
    _pool: PoolT
    _owns_pool: bool
    _lifetime: Lifetime
    generated: GeneratedClient
    """The generated `fivetran_api` client, sharing auth, timeouts, retries, typed errors and the pool."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: HttpClientT | None = None,
        allow_insecure_http: bool = False,
        rate_limit: RateLimitGovernor | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        attempt_timeout: float | None = None,
    ) -> None:
        config = build_config(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            allow_insecure_http=allow_insecure_http,
            rate_limit=rate_limit,
            max_response_bytes=max_response_bytes,
            attempt_timeout=attempt_timeout,
        )
        self._setup(config, self._new_pool(http_client), owns_pool=True)

    def _new_pool(self, http_client: HttpClientT | None) -> PoolT:
        raise NotImplementedError

    def _setup(self, config: ClientConfig, pool: PoolT, *, owns_pool: bool) -> None:
        raise NotImplementedError

    @classmethod
    def from_env(cls, **overrides: Any) -> Self:
        """Build a client from ``FIVETRAN_API_KEY``/``FIVETRAN_API_SECRET`` and ``FIVETRAN_BASE_URL``.

        ``FIVETRAN_APIKEY``/``FIVETRAN_APISECRET`` (the Go SDK's and Terraform's names) are accepted too,
        and so is Fivetran CLI's setup: ``FIVETRAN_API_KEY`` alone, holding the base64 key (base64 of
        ``key:secret``). Keyword arguments override the environment and accept everything the constructor
        does.

        Raises:
            ConfigurationError: no credentials are set (the message names the variables), or they are
                malformed.

        Example:
            client = Fivetran.from_env(timeout=30.0, max_retries=5)
        """
        settings: dict[str, Any] = dict(settings_from_env())
        settings.update(overrides)
        return cls(**settings)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        max_response_bytes: int | None = None,
        attempt_timeout: float | None = None,
    ) -> Self:
        """Return a client with other timeouts, retry policy or limits that shares this one's connection pool.

        Closing the returned client does not close the shared pool; closing this one does, and the
        returned client then refuses requests (`ClientClosedError`) like this one.

        Example:
            patient = client.with_options(timeout=300.0, max_retries=0)
            patient.connections.get("decent_dropsy")
        """
        config = self._config.derive(
            timeout=timeout,
            retry=resolve_retry(retry if retry is not None else self._config.retry, max_retries),
            max_response_bytes=max_response_bytes,
            attempt_timeout=attempt_timeout,
        )
        derived = object.__new__(type(self))
        derived._setup(config, self._pool, owns_pool=False)
        return derived

    @property
    def base_url(self) -> str:
        """The API base URL, e.g. ``https://api.fivetran.com``."""
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeouts applied to every request."""
        return self._config.timeout

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy applied to every request."""
        return self._config.retry

    @property
    def max_response_bytes(self) -> int:
        """The most bytes (after decompression) a response body may have; past it, `ResponseTooLargeError`."""
        return self._config.max_response_bytes

    @property
    def attempt_timeout(self) -> float:
        """Wall-clock seconds one attempt (connect, headers, body) may take; past it, `TimeoutError`."""
        return self._config.attempt_seconds()

    @property
    def is_closed(self) -> bool:
        """True once this client, or the client it was derived from, has been closed."""
        return self._lifetime.closed or self._pool.lifetime.closed

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt (``retry.max_retries``)."""
        return self._config.retry.max_retries

    def __repr__(self) -> str:
        # Never the secret, and the key only as a prefix: reprs end up in logs and bug reports.
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_key={self._config.masked_key()!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries})"
        )


class Fivetran(_ClientBase[SyncPool, httpx.Client]):
    """The synchronous Fivetran REST API client.

    Args:
        api_key: Fivetran API key.
        api_secret: Fivetran API secret.
        base_url: API root; ``https://api.fivetran.com`` by default. Plain ``http://`` is refused unless
            the host is loopback or ``allow_insecure_http`` is True.
        timeout: Seconds, or an `httpx.Timeout`; default 10 s to connect, 60 s otherwise. Never None.
        max_retries: Shortcut for ``retry.max_retries`` (default 3); 0 disables retrying.
        max_response_bytes: The largest response body accepted, counted after decompression (default
            256 MiB); a larger one raises `ResponseTooLargeError` and is not retried.
        attempt_timeout: Wall-clock seconds one attempt may take, from connecting to the body's last
            byte (default 300, or the longest ``timeout`` part if longer); ``timeout`` bounds each socket
            operation only.
        retry: A `RetryPolicy` (backoff, ``Retry-After`` cap, deadline, injectable sleep and clocks).
        http_client: An `httpx.Client` whose transports (pool, proxies, TLS/mTLS, custom transport) to use.
            It stays yours to close. Its headers, auth, timeouts and event hooks are not used.
        allow_insecure_http: Permit a non-loopback ``http://`` base URL.
        rate_limit: An optional `RateLimitGovernor` (shareable between clients) that spaces requests to stay
            under the account's rate limit instead of running into 429s.

    Raises:
        ValueError: missing or empty credentials, or an unacceptable ``base_url``/``timeout``.

    Example:
        with Fivetran(api_key="...", api_secret="...") as client:
            group = client.groups.get("decent_dropsy")
            for connection_group in client.groups.stream():
                ...
    """

    groups: LazyResource[Groups] = LazyResource("Groups")
    connections: LazyResource[Connections] = LazyResource("Connections")
    connectors: ConnectorsAlias[Connections] = ConnectorsAlias()
    destinations: LazyResource[Destinations] = LazyResource("Destinations")
    webhooks: LazyResource[Webhooks] = LazyResource("Webhooks")
    users: LazyResource[Users] = LazyResource("Users")
    teams: LazyResource[Teams] = LazyResource("Teams")
    roles: LazyResource[Roles] = LazyResource("Roles")
    transformations: LazyResource[Transformations] = LazyResource("Transformations")
    transformation_projects: LazyResource[TransformationProjects] = LazyResource("TransformationProjects")
    certificates: LazyResource[Certificates] = LazyResource("Certificates")
    fingerprints: LazyResource[Fingerprints] = LazyResource("Fingerprints")
    log_services: LazyResource[LogServices] = LazyResource("LogServices")
    hybrid_deployment_agents: LazyResource[HybridDeploymentAgents] = LazyResource("HybridDeploymentAgents")
    private_links: LazyResource[PrivateLinks] = LazyResource("PrivateLinks")
    proxy_agents: LazyResource[ProxyAgents] = LazyResource("ProxyAgents")
    system_keys: LazyResource[SystemKeys] = LazyResource("SystemKeys")
    external_secrets_managers: LazyResource[ExternalSecretsManagers] = LazyResource("ExternalSecretsManagers")
    connector_sdk_packages: LazyResource[ConnectorSdkPackages] = LazyResource("ConnectorSdkPackages")
    account: LazyResource[Account] = LazyResource("Account")
    connector_types: LazyResource[ConnectorTypes] = LazyResource("ConnectorTypes")

    def _new_pool(self, http_client: httpx.Client | None) -> SyncPool:
        return SyncPool(http_client)

    def _setup(self, config: ClientConfig, pool: SyncPool, *, owns_pool: bool) -> None:
        self._config = config
        self._pool = pool
        self._owns_pool = owns_pool
        self._lifetime = Lifetime(parent=pool.lifetime)
        self._http = open_sync_client(config, pool, self._lifetime)
        self.generated = generated_client(config, sync_client=self._http)

    def close(self) -> None:
        """Close this client; the root client also closes the pool (never a user's client) and its variants.

        Afterwards every request of this client, and of clients derived from the root, raises
        `ClientClosedError` before anything is sent. Closing twice is harmless.
        """
        # self._http is not closed: it owns no connections, and httpx would answer a closed client with
        # a bare RuntimeError before our transport could say which client was closed.
        self._lifetime.closed = True
        if self._owns_pool:
            self._pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncFivetran(_ClientBase[AsyncPool, httpx.AsyncClient]):
    """The asynchronous twin of `Fivetran` (asyncio or trio); same arguments, awaitable methods.

    ``http_client``, if given, must be an `httpx.AsyncClient`.

    Example:
        async with AsyncFivetran.from_env() as client:
            async for group in client.groups.stream():
                print(group.name)
    """

    groups: LazyResource[AsyncGroups] = LazyResource("AsyncGroups")
    connections: LazyResource[AsyncConnections] = LazyResource("AsyncConnections")
    connectors: ConnectorsAlias[AsyncConnections] = ConnectorsAlias()
    destinations: LazyResource[AsyncDestinations] = LazyResource("AsyncDestinations")
    webhooks: LazyResource[AsyncWebhooks] = LazyResource("AsyncWebhooks")
    users: LazyResource[AsyncUsers] = LazyResource("AsyncUsers")
    teams: LazyResource[AsyncTeams] = LazyResource("AsyncTeams")
    roles: LazyResource[AsyncRoles] = LazyResource("AsyncRoles")
    transformations: LazyResource[AsyncTransformations] = LazyResource("AsyncTransformations")
    transformation_projects: LazyResource[AsyncTransformationProjects] = LazyResource("AsyncTransformationProjects")
    certificates: LazyResource[AsyncCertificates] = LazyResource("AsyncCertificates")
    fingerprints: LazyResource[AsyncFingerprints] = LazyResource("AsyncFingerprints")
    log_services: LazyResource[AsyncLogServices] = LazyResource("AsyncLogServices")
    hybrid_deployment_agents: LazyResource[AsyncHybridDeploymentAgents] = LazyResource("AsyncHybridDeploymentAgents")
    private_links: LazyResource[AsyncPrivateLinks] = LazyResource("AsyncPrivateLinks")
    proxy_agents: LazyResource[AsyncProxyAgents] = LazyResource("AsyncProxyAgents")
    system_keys: LazyResource[AsyncSystemKeys] = LazyResource("AsyncSystemKeys")
    external_secrets_managers: LazyResource[AsyncExternalSecretsManagers] = LazyResource("AsyncExternalSecretsManagers")
    connector_sdk_packages: LazyResource[AsyncConnectorSdkPackages] = LazyResource("AsyncConnectorSdkPackages")
    account: LazyResource[AsyncAccount] = LazyResource("AsyncAccount")
    connector_types: LazyResource[AsyncConnectorTypes] = LazyResource("AsyncConnectorTypes")

    def _new_pool(self, http_client: httpx.AsyncClient | None) -> AsyncPool:
        return AsyncPool(http_client)

    def _setup(self, config: ClientConfig, pool: AsyncPool, *, owns_pool: bool) -> None:
        self._config = config
        self._pool = pool
        self._owns_pool = owns_pool
        self._lifetime = Lifetime(parent=pool.lifetime)
        self._http = open_async_client(config, pool, self._lifetime)
        self.generated = generated_client(config, async_client=self._http)

    async def aclose(self) -> None:
        """Async twin of `Fivetran.close`."""
        self._lifetime.closed = True
        if self._owns_pool:
            await self._pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

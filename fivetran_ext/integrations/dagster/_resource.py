"""`FivetranResource`: Dagster's handle on the Fivetran API, built from typed config."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import dagster as dg
from pydantic import Field

from ..._client import AsyncFivetran, Fivetran
from ..._config import settings_from_env
from .._connection import coordinator, shared_governor
from .._policy import TaskPolicy
from .._results import SyncFailedError, sync_result

__all__ = ["FivetranResource"]


class FivetranResource(dg.ConfigurableResource):
    """Fivetran credentials and client settings, as a Dagster resource.

    A client is built per use and closed after (``with fivetran.get_client() as client``), so nothing
    outlives a run and each process of a multi-process executor gets its own connection pool.

    Example:
        fivetran = FivetranResource(api_key=dg.EnvVar("FIVETRAN_API_KEY"), api_secret=dg.EnvVar("FIVETRAN_API_SECRET"))

        @dg.asset
        def connections_report(fivetran: FivetranResource) -> int:
            with fivetran.get_client() as client:
                return sum(1 for _ in client.connections.stream())
    """

    api_key: str = Field(description="Fivetran API key.")
    # repr=False: Dagster prints resources in logs and the UI; the secret must never appear there.
    api_secret: str = Field(repr=False, description="Fivetran API secret (use dg.EnvVar).")
    base_url: str | None = Field(
        default=None, description="API base URL; default FIVETRAN_BASE_URL if set, else https://api.fivetran.com."
    )
    request_timeout: float = Field(default=60.0, description="Seconds before one HTTP request times out.")
    max_retries: int | None = Field(default=None, description="Retries of a failed request (client default).")
    share_rate_limit: bool = Field(
        default=True, description="Clients of one account share one rate-limit governor in this process."
    )
    redis_url: str | None = Field(
        default=None, description="Share the rate budget and run claims across processes through this Redis."
    )
    redis_namespace: str | None = Field(default=None, description="One namespace per Fivetran account on Redis.")

    def _options(self) -> dict[str, Any]:
        # As Fivetran.from_env: FIVETRAN_BASE_URL points every client at a fake API or a proxy.
        base_url = self.base_url or settings_from_env().get("base_url")
        return {
            "api_key": self.api_key,
            "api_secret": self.api_secret,
            "base_url": base_url,
            "timeout": self.request_timeout,
            "max_retries": self.max_retries,
            # Ops of one run process (and their async clients) spend the account's one budget together.
            "rate_limit": (
                shared_governor(self.api_key, base_url, self.redis_url, self.redis_namespace)
                if self.share_rate_limit
                else None
            ),
        }

    @contextmanager
    def get_client(self) -> Iterator[Fivetran]:
        """A `Fivetran` client for the duration of the ``with`` block."""
        with Fivetran(**self._options()) as client:
            yield client

    @asynccontextmanager
    async def get_async_client(self) -> AsyncIterator[AsyncFivetran]:
        """An `AsyncFivetran` client for the duration of the ``async with`` block."""
        async with AsyncFivetran(**self._options()) as client:
            yield client

    def sync_and_wait(self, connection_id: str, policy: TaskPolicy, log: Any | None = None) -> dict[str, Any]:
        """Sync a connection and wait; the JSON-safe result, or ``dagster.Failure`` with Fivetran's reason."""
        options = self._options()
        with Fivetran(**options) as client:
            outcome = policy.wait(client.connections, connection_id, coordinator(options))
        result = sync_result(outcome, connection_id)
        if log is not None:
            log.info(f"Fivetran sync of {connection_id}: {result['state']} ({result['reason'] or 'no reason given'})")
        if not result["succeeded"]:
            error = SyncFailedError(result)
            raise dg.Failure(description=error.message, metadata={"fivetran": dg.MetadataValue.json(result)})
        return result

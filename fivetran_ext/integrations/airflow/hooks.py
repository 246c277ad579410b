"""`FivetranHook`: Fivetran clients built from an Airflow Connection."""

from __future__ import annotations

from typing import Any

from airflow.sdk import BaseHook

from ..._client import AsyncFivetran, Fivetran
from ..._run_claims import RunClaimStore
from .._connection import client_options, coordinator
from ._provider import CONNECTION_TYPE, UI_FIELD_BEHAVIOUR

__all__ = ["FivetranHook"]


class FivetranHook(BaseHook):
    """Builds `Fivetran` and `AsyncFivetran` clients from the Airflow Connection ``fivetran_conn_id``.

    The Connection: login = API key, password = API secret, host = base URL (optional), extras
    ``timeout``, ``max_retries`` and ``share_rate_limit`` (optional; by default the clients of one account
    in this process, every trigger of a triggerer included, share one rate-limit governor). Connections
    made for ``airflow-provider-fivetran-async`` (type ``Fivetran``) work as they are.

    Example:
        with FivetranHook("fivetran_default").get_client() as client:
            status = client.connections.get_sync_status("decent_dropsy")
    """

    conn_name_attr = "fivetran_conn_id"
    default_conn_name = "fivetran_default"
    conn_type = CONNECTION_TYPE
    hook_name = "Fivetran (fivetran-ext)"

    def __init__(self, fivetran_conn_id: str = default_conn_name) -> None:
        super().__init__()
        self.fivetran_conn_id = fivetran_conn_id
        self._client_options: dict[str, Any] | None = None

    @classmethod
    def get_ui_field_behaviour(cls) -> dict[str, Any]:
        """How Airflow's connection form shows this type's fields."""
        return UI_FIELD_BEHAVIOUR

    @staticmethod
    def _options(connection: Any) -> dict[str, Any]:
        return client_options(
            login=connection.login,
            password=connection.password,
            host=connection.host,
            port=connection.port,
            extra=connection.extra_dejson,
        )

    def client_options(self) -> dict[str, Any]:
        """The clients' keyword arguments, from the Airflow Connection (read once per hook)."""
        if self._client_options is None:
            self._client_options = self._options(self.get_connection(self.fivetran_conn_id))
        return self._client_options

    def get_conn(self) -> Fivetran:
        """A new `Fivetran` client; the caller closes it (or use it in a ``with`` block)."""
        return Fivetran(**self.client_options())

    def get_coordinator(self) -> RunClaimStore | None:
        """The store shared by this account's clients that coordinates runs (None with ``share_rate_limit`` off)."""
        return coordinator(self.client_options())

    get_client = get_conn

    async def get_async_client(self) -> AsyncFivetran:
        """A new `AsyncFivetran` client, reading the Connection without blocking the event loop."""
        connection = await self.aget_connection(self.fivetran_conn_id)
        return AsyncFivetran(**self._options(connection))

    def test_connection(self) -> tuple[bool, str]:
        """Airflow's "Test" button: one authenticated read of the account."""
        try:
            with self.get_client() as client:
                account = client.account.info()
        except Exception as error:  # the UI shows the message instead of a traceback
            return False, str(error)
        return True, f"Connected to Fivetran account {account.account_name!r}"

"""`FivetranSyncTrigger`: waits for a sync in Airflow's triggerer, on `AsyncFivetran`, never blocking the loop.

Its kwargs are plain JSON (connection ids and the `SyncPolicy` as a dict), as Airflow stores them in its
database and rebuilds the trigger from them in the triggerer process. It yields exactly one event:
``{"result": <sync_result>}`` or, when the API could not be reached, ``{"error": <message>}``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from airflow.triggers.base import BaseTrigger, TriggerEvent

from ..._errors import FivetranError
from .._policy import SyncPolicy
from .._results import sync_result
from .hooks import FivetranHook

__all__ = ["FivetranSyncTrigger"]


class FivetranSyncTrigger(BaseTrigger):
    """Sync ``connection_id`` and wait for the outcome with the given policy, asynchronously.

    Args:
        connection_id: The Fivetran connection.
        fivetran_conn_id: The Airflow Connection with the API key and secret.
        policy: `SyncPolicy.to_dict()`.
    """

    def __init__(self, *, connection_id: str, fivetran_conn_id: str, policy: dict[str, Any]) -> None:
        super().__init__()
        self.connection_id = connection_id
        self.fivetran_conn_id = fivetran_conn_id
        self.policy = SyncPolicy.from_dict(policy)

    def serialize(self) -> tuple[str, dict[str, Any]]:
        """The class path and JSON kwargs Airflow rebuilds the trigger from."""
        return (
            f"{type(self).__module__}.{type(self).__name__}",
            {
                "connection_id": self.connection_id,
                "fivetran_conn_id": self.fivetran_conn_id,
                "policy": self.policy.to_dict(),
            },
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        """Wait for the outcome; one event."""
        try:
            async with await FivetranHook(self.fivetran_conn_id).get_async_client() as client:
                outcome = await self.policy.wait_async(client.connections, self.connection_id)
        except FivetranError as error:
            yield TriggerEvent({"error": f"{type(error).__name__}: {error}"})
            return
        yield TriggerEvent({"result": sync_result(outcome, self.connection_id)})

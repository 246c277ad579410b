"""`FivetranSyncError`: a sync that did not succeed, as both an Airflow and a fivetran_ext error."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from airflow.sdk.exceptions import AirflowException

from .._results import SyncFailedError

__all__ = ["FivetranSyncError"]


class FivetranSyncError(SyncFailedError, AirflowException):
    """Raised by the operator and sensor; ``str(error)`` names the connection, the outcome and Fivetran's reason.

    Attributes:
        result: The JSON-safe result (state, reason, tasks, warnings, timestamps), as pushed to XCom.
    """

    def __init__(self, result: Mapping[str, Any]) -> None:
        super().__init__(result)

    def serialize(self) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
        # Airflow rebuilds errors from these arguments: the result, not the message, is the argument.
        return f"{type(self).__module__}.{type(self).__name__}", (self.result,), {}

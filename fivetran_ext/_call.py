"""`Call`: one generated operation to run and how to read its answer, as plain data.

It lives below the resources so that the sans-I/O plans (`_sync_wait`, `_sync_run`, `_fleet`) can ask
for requests without importing the resource layer that runs them.

A `Call` names its generated operation by module path and imports it only when it runs. A resource module
therefore loads even when a regeneration removed one of its operations: only the method that sends the
removed operation fails (with `OperationUnavailableError`), and the coverage registry test names the row,
the method and the file to remove, instead of the whole resource failing to import.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

from fivetran_api.types import Response

__all__ = ["Call", "OperationUnavailableError", "load_operation"]

R = TypeVar("R")


class OperationUnavailableError(ImportError):
    """The generated client has no module for this operation: it was regenerated from a spec without it.

    Attributes:
        operation: The module path the method sends, e.g.
            ``fivetran_api.api.log_service_management.run_setup_tests_account_log_service``.
    """

    def __init__(self, operation: str) -> None:
        super().__init__(
            f"the generated client has no operation {operation} (regenerated from a spec without it); "
            "the coverage registry test (tests/test_coverage.py) names the method to remove",
            name=operation,
        )
        self.operation = operation


def load_operation(operation: str) -> ModuleType:
    """The generated module ``operation`` (a module path under ``fivetran_api.api``), imported on first use.

    Raises:
        OperationUnavailableError: The generated client no longer has that module.
    """
    try:
        return importlib.import_module(operation)
    except ModuleNotFoundError as error:
        if error.name is not None and operation.startswith(error.name):  # the module (or its package) is gone
            raise OperationUnavailableError(operation) from None
        raise


@dataclass(frozen=True, slots=True)
class Call(Generic[R]):
    """One generated operation to run, and how to read its response.

    Attributes:
        operation: A generated module's path, e.g. ``"fivetran_api.api.group_management.group_details"``;
            imported when the call runs (`module`).
        arguments: Keyword arguments for its ``sync_detailed``/``asyncio_detailed`` (without ``client``).
        result: Turns ``(operation module, response)`` into what the resource method returns.
    """

    operation: str
    arguments: Mapping[str, Any]
    result: Callable[[ModuleType, Response[Any]], R]

    def module(self) -> ModuleType:
        """The generated operation module (raises `OperationUnavailableError` if the client lost it)."""
        return load_operation(self.operation)

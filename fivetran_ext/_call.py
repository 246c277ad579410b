"""`Call`: one generated operation to run and how to read its answer, as plain data.

It lives below the resources so that the sans-I/O plans (`_sync_wait`, `_sync_run`, `_fleet`) can ask
for requests without importing the resource layer that runs them.

A `Call` names its generated operation by module path and imports it only when it runs. A resource module
therefore loads even when a regeneration removed one of its operations: only the method that sends the
removed operation fails (with `OperationUnavailableError`), and the coverage registry test names the row,
the method and the file to remove, instead of the whole resource failing to import. The models a resource
needs are named the same way (`fivetran_ext._generated`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

from fivetran_api.types import Response

from ._errors import OperationUnavailableError
from ._generated import load_operation

__all__ = ["Call", "OperationUnavailableError", "load_operation"]

R = TypeVar("R")


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

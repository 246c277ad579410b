"""`Call`: one generated operation to run and how to read its answer, as plain data.

It lives below the resources so that the sans-I/O plans (`_sync_wait`, `_sync_run`, `_fleet`) can ask
for requests without importing the resource layer that runs them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

from fivetran_api.types import Response

__all__ = ["Call"]

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Call(Generic[R]):
    """One generated operation to run, and how to read its response.

    Attributes:
        operation: A generated module, e.g. ``fivetran_api.api.group_management.group_details``.
        arguments: Keyword arguments for its ``sync_detailed``/``asyncio_detailed`` (without ``client``).
        result: Turns ``(operation, response)`` into what the resource method returns.
    """

    operation: ModuleType
    arguments: Mapping[str, Any]
    result: Callable[[ModuleType, Response[Any]], R]

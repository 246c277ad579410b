"""The machinery every resource method uses: describe a generated call once, run it sync or async.

A resource method is two pieces:

1. A *call builder*, a plain function shared by both twins, that validates arguments and returns a
   `Call`: the generated operation module, its keyword arguments, and how to turn the generated
   ``Response`` into the method's result (`DataOf`, `PageOf`, `NoData`).
2. One-line methods on the sync and async resource classes: ``return self._run(build(...))`` and
   ``return await self._run(build(...))``.

Errors need no handling here: the transport has already raised for any non-2xx status and for bodies
that are not a JSON envelope. What is left to check is the shape of ``data``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

from fivetran_api.client import Client as GeneratedClient
from fivetran_api.types import Response, Unset

from .._errors import ResponseValidationError
from .._headers import parse_rate_limit_remaining
from .._operations import operation_for_module
from .._pagination import Page, PageWalker, check_cursor, check_limit, iterate_pages, iterate_pages_async

__all__ = ["AsyncResource", "Call", "DataOf", "NoData", "PageOf", "SyncResource", "page_query"]

R = TypeVar("R")
T = TypeVar("T")


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


PageCall = Callable[[int | None, str | None], Call[Page[T]]]
"""A call builder for one page: ``(limit, cursor) -> Call[Page[T]]``."""


class DataOf(Generic[T]):
    """Result reader: the envelope's ``data``, which must be a ``model`` instance."""

    __slots__ = ("model",)

    def __init__(self, model: type[T]) -> None:
        self.model = model

    def __call__(self, operation: ModuleType, response: Response[Any]) -> T:
        data = _data(operation, response)
        if not isinstance(data, self.model):
            raise _invalid(operation, response, f"'data' is not a {self.model.__name__} object")
        return data


class PageOf(Generic[T]):
    """Result reader: a `Page` from ``data.items`` (each a ``model``) and ``data.next_cursor``."""

    __slots__ = ("model",)

    def __init__(self, model: type[T]) -> None:
        self.model = model

    def __call__(self, operation: ModuleType, response: Response[Any]) -> Page[T]:
        data = _data(operation, response)
        items = getattr(data, "items", None)
        # The generated parser falls back to raw dicts when an item does not parse: never hand those out.
        if not isinstance(items, list) or not all(isinstance(item, self.model) for item in items):
            raise _invalid(operation, response, f"'data.items' is not a list of {self.model.__name__} objects")
        next_cursor = getattr(data, "next_cursor", None)
        return Page(
            items=items,
            # Missing, null and "" all mean "last page" (the most common pagination bug elsewhere).
            next_cursor=next_cursor if isinstance(next_cursor, str) and next_cursor else None,
            rate_limit_remaining=parse_rate_limit_remaining(response.headers),
        )


class NoData:
    """Result reader for operations whose success carries no ``data`` (sync, delete, ...): returns None."""

    __slots__ = ()

    def __call__(self, operation: ModuleType, response: Response[Any]) -> None:
        return None


def page_query(*, limit: int | None, cursor: str | None) -> dict[str, Any]:
    """Validated ``limit``/``cursor`` arguments for a list operation; unset ones are left out."""
    arguments: dict[str, Any] = {}
    if check_limit(limit) is not None:
        arguments["limit"] = limit
    if check_cursor(cursor) is not None:
        arguments["cursor"] = cursor
    return arguments


def _data(operation: ModuleType, response: Response[Any]) -> Any:
    data = getattr(response.parsed, "data", None)
    # API_FACTS: some successes have no data at all; for the methods using this reader it is required.
    if data is None or isinstance(data, Unset):
        raise _invalid(operation, response, "the success response has no 'data'")
    return data


def _invalid(operation: ModuleType, response: Response[Any], reason: str) -> ResponseValidationError:
    spec = operation_for_module(operation.__name__)
    return ResponseValidationError(
        reason,
        status_code=int(response.status_code),
        body=response.content.decode("utf-8", errors="replace"),
        method=spec.method,
        url=spec.path,
    )


class SyncResource:
    """Base of the sync resources: runs `Call`s through ``client.generated``."""

    __slots__ = ("_generated",)

    def __init__(self, generated: GeneratedClient) -> None:
        self._generated = generated

    def _run(self, call: Call[R]) -> R:
        response = call.operation.sync_detailed(client=self._generated, **call.arguments)
        return call.result(call.operation, response)

    def _stream(
        self, page_call: PageCall[T], *, limit: int | None, cursor: str | None, max_items: int | None
    ) -> Iterator[T]:
        walker = PageWalker(limit=limit, cursor=cursor, max_items=max_items)

        def fetch(next_cursor: str | None) -> Page[T]:
            return self._run(page_call(walker.limit, next_cursor))

        return iterate_pages(fetch, walker)


class AsyncResource:
    """Base of the async resources: awaits `Call`s through ``client.generated``."""

    __slots__ = ("_generated",)

    def __init__(self, generated: GeneratedClient) -> None:
        self._generated = generated

    async def _run(self, call: Call[R]) -> R:
        response = await call.operation.asyncio_detailed(client=self._generated, **call.arguments)
        return call.result(call.operation, response)

    def _stream(
        self, page_call: PageCall[T], *, limit: int | None, cursor: str | None, max_items: int | None
    ) -> AsyncIterator[T]:
        walker = PageWalker(limit=limit, cursor=cursor, max_items=max_items)

        def fetch(next_cursor: str | None) -> Awaitable[Page[T]]:
            return self._run(page_call(walker.limit, next_cursor))

        return iterate_pages_async(fetch, walker)

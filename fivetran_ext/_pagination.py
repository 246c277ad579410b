"""Cursor pagination: the `Page` type and lazy item streams (sync and async share one `PageWalker`).

Fivetran pages carry ``data.items`` and ``data.next_cursor``; a missing, null or empty ``next_cursor``
marks the last page. The walker also stops on an empty page and refuses a cursor it has already
followed, the two ways a misbehaving server could otherwise make a stream loop forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import Generic, TypeVar

from ._errors import PaginationError

__all__ = [
    "MAX_PAGE_LIMIT",
    "Page",
    "PageWalker",
    "check_cursor",
    "check_limit",
    "iterate_pages",
    "iterate_pages_async",
]

T = TypeVar("T")

MAX_PAGE_LIMIT = 1000  # the API's documented maximum for `limit`


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list operation.

    Attributes:
        items: The items of this page, as generated model objects.
        next_cursor: The cursor of the next page, or None on the last page.
        rate_limit_remaining: Fivetran's ``X-Rate-Limit-Remaining`` header of this response, if sent.

    Example:
        page = client.groups.list(limit=100)
        while True:
            for group in page.items:
                print(group.id)
            if not page.has_next:
                break
            page = client.groups.list(limit=100, cursor=page.next_cursor)
    """

    items: list[T]
    next_cursor: str | None
    rate_limit_remaining: int | None = None

    @property
    def has_next(self) -> bool:
        """Whether another page follows (``next_cursor`` is set)."""
        return self.next_cursor is not None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def check_limit(limit: int | None) -> int | None:
    """Validate a page size before any request is sent: None (server default, 100) or 1..1000."""
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE_LIMIT:
        raise ValueError(f"limit must be an integer from 1 to {MAX_PAGE_LIMIT}, got {limit!r}")
    return limit


def check_cursor(cursor: str | None) -> str | None:
    """Validate a resume cursor: None (first page) or a non-empty string from a previous page."""
    if cursor is None:
        return None
    if not isinstance(cursor, str) or not cursor:
        raise ValueError(f"cursor must be a non-empty string or None, got {cursor!r}")
    return cursor


class PageWalker:
    """The state of one item stream: which cursor comes next, how many items are still wanted, when to stop.

    Holds no I/O, so the sync and async iterators below are thin loops around it. Arguments are validated
    at construction, i.e. when ``stream()`` is called, before anything is fetched.
    """

    __slots__ = ("_done", "_pending_error", "_remaining", "_seen", "cursor", "limit")

    def __init__(self, *, limit: int | None, cursor: str | None, max_items: int | None) -> None:
        self.limit = check_limit(limit)
        self.cursor = check_cursor(cursor)
        if max_items is not None and (isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0):
            raise ValueError(f"max_items must be an integer >= 0 or None, got {max_items!r}")
        if self.limit is None and max_items:
            # Asking for no more than wanted keeps a capped stream to the fewest, smallest pages.
            self.limit = min(max_items, MAX_PAGE_LIMIT)
        self._remaining = max_items
        self._seen: set[str] = set() if self.cursor is None else {self.cursor}
        self._done = max_items == 0
        self._pending_error: PaginationError | None = None

    def more(self) -> bool:
        """Whether another page should be fetched; raises `PaginationError` if its cursor would loop."""
        if self._pending_error is not None:
            raise self._pending_error
        return not self._done

    def take(self, page: Page[T]) -> list[T]:
        """Record a fetched page and return the items of it to yield."""
        items = page.items
        if self._remaining is not None:
            items = items[: self._remaining]
            self._remaining -= len(items)
        next_cursor = page.next_cursor
        if self._remaining == 0 or not page.items or not next_cursor:
            self._done = True
        elif next_cursor in self._seen:
            # Raised only if the caller wants the next page: the items of this page are valid.
            self._pending_error = PaginationError(
                f"pagination loop: the server returned next_cursor {next_cursor!r} that was already followed",
                cursor=next_cursor,
            )
        else:
            self._seen.add(next_cursor)
            self.cursor = next_cursor
        return items


def iterate_pages(fetch: Callable[[str | None], Page[T]], walker: PageWalker) -> Iterator[T]:
    """Yield items page by page; ``fetch(cursor)`` returns one page (nothing is fetched before iteration).

    The items of a page are handed out by `itertools.chain` rather than a ``yield`` per item: on a stream
    of small models the generator's resumption was a visible share of the cost of each item.
    """

    def page_items() -> Iterator[list[T]]:
        while walker.more():
            yield walker.take(fetch(walker.cursor))

    return chain.from_iterable(page_items())


async def iterate_pages_async(
    fetch: Callable[[str | None], Awaitable[Page[T]]], walker: PageWalker
) -> AsyncIterator[T]:
    """Async twin of `iterate_pages`."""
    while walker.more():
        for item in walker.take(await fetch(walker.cursor)):
            yield item

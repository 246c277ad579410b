"""Groups: ``client.groups`` (`Groups`) and ``AsyncFivetran().groups`` (`AsyncGroups`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from fivetran_api.api.group_management import group_details, list_all_groups

from .._models import Group
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, PageOf, SyncResource, page_query

__all__ = ["AsyncGroups", "Groups"]

_GROUP = DataOf(Group)
_GROUP_PAGE = PageOf(Group)


# Call builders: validation and request shape, shared by both twins.
def _list(limit: int | None, cursor: str | None) -> Call[Page[Group]]:
    return Call(list_all_groups, page_query(limit=limit, cursor=cursor), _GROUP_PAGE)


def _get(group_id: str) -> Call[Group]:
    return Call(group_details, {"group_id": path_param("group_id", group_id)}, _GROUP)


class Groups(SyncResource):
    """Fivetran groups (each holds at most one destination, whose id is the group id).

    Example:
        with Fivetran.from_env() as client:
            for group in client.groups.stream(limit=100):
                print(group.id, group.name)
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[Group]:
        """Fetch one page of groups (``GET /v1/groups``).

        Args:
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Group]:
        """Iterate over all groups, fetching pages lazily as the iteration needs them.

        Args:
            limit: Page size, 1..1000.
            cursor: Resume from this cursor instead of the first page.
            max_items: Stop after this many groups (and fetch no page beyond them).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def get(self, group_id: str) -> Group:
        """Fetch one group (``GET /v1/groups/{group_id}``).

        Raises:
            NotFoundError: no such group.
            ValueError: ``group_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(group_id))


class AsyncGroups(AsyncResource):
    """Async twin of `Groups`; ``stream()`` is used with ``async for``."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[Group]:
        """See `Groups.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Group]:
        """See `Groups.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def get(self, group_id: str) -> Group:
        """See `Groups.get`."""
        return await self._run(_get(group_id))

"""Roles: ``client.roles`` (`Roles`) and its async twin `AsyncRoles`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from .. import _models as models
from .._pagination import Page
from ._base import AsyncResource, PageOf, SyncResource
from ._builders import pages

if TYPE_CHECKING:
    from .._models import Role

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
list_all_roles = "fivetran_api.api.role_management.list_all_roles"

__all__ = ["AsyncRoles", "Roles"]

_list = pages(list_all_roles, PageOf(lambda: models.Role))


class Roles(SyncResource):
    """The roles of the account (standard and custom), to give to users and teams.

    Example:
        names = [role.name for role in client.roles.stream()]
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[Role]:
        """Fetch one page of roles (``GET /v1/roles``).

        Args:
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Role]:
        """Iterate over all roles, fetching pages lazily (``GET /v1/roles``).

        Args:
            limit: Page size, 1..1000.
            cursor: Resume from this cursor instead of the first page.
            max_items: Stop after this many roles.

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
        """
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)


class AsyncRoles(AsyncResource):
    """Async twin of `Roles`."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[Role]:
        """See `Roles.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Role]:
        """See `Roles.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

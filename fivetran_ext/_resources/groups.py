"""Groups: ``client.groups`` (`Groups`) and ``AsyncFivetran().groups`` (`AsyncGroups`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, NoData, PageCall, PageOf, SyncResource
from ._builders import by_id, by_ids, json_body, optional_text, pages, required_text
from ._common import with_extra
from .connections import CONNECTION_PAGE

if TYPE_CHECKING:
    from .._models import Connection, Group, GroupPublicKey, GroupServiceAccount, User

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
add_user_to_group = "fivetran_api.api.group_management.add_user_to_group"
create_group = "fivetran_api.api.group_management.create_group"
delete_group = "fivetran_api.api.group_management.delete_group"
delete_user_from_group = "fivetran_api.api.group_management.delete_user_from_group"
group_details = "fivetran_api.api.group_management.group_details"
group_service_account = "fivetran_api.api.group_management.group_service_account"
group_ssh_public_key = "fivetran_api.api.group_management.group_ssh_public_key"
list_all_connections_in_group = "fivetran_api.api.group_management.list_all_connections_in_group"
list_all_groups = "fivetran_api.api.group_management.list_all_groups"
list_all_users_in_group = "fivetran_api.api.group_management.list_all_users_in_group"
modify_group = "fivetran_api.api.group_management.modify_group"

__all__ = ["AsyncGroups", "Groups"]

_GROUP = DataOf(lambda: models.Group)
_NO_DATA = NoData()

_list = pages(list_all_groups, PageOf(lambda: models.Group))
_get = by_id(group_details, _GROUP, "group_id")
_delete = by_id(delete_group, _NO_DATA, "group_id")
_get_service_account = by_id(group_service_account, DataOf(lambda: models.GroupServiceAccount), "group_id")
_get_public_key = by_id(group_ssh_public_key, DataOf(lambda: models.GroupPublicKey), "group_id")
_remove_user = by_ids(delete_user_from_group, _NO_DATA, "group_id", "user_id")


# Call builders: validation and request shape, shared by both twins.
def _create(name: str, extra: Mapping[str, Any] | None) -> Call[Group]:
    fields = with_extra({"name": required_text("name", name)}, extra)
    return Call(create_group, {"body": json_body(request_models.NewGroupRequest, **fields)}, _GROUP)


def _update(group_id: str, name: str | None, extra: Mapping[str, Any] | None) -> Call[Group]:
    fields = with_extra({"name": optional_text("name", name)}, extra, update=True)
    arguments = {
        "group_id": path_param("group_id", group_id),
        "body": json_body(request_models.UpdateGroupRequest, **fields),
    }
    return Call(modify_group, arguments, _GROUP)


def _connections(group_id: str, schema: str | None) -> PageCall[Connection]:
    checked = path_param("group_id", group_id)
    return pages(
        list_all_connections_in_group, CONNECTION_PAGE, group_id=checked, schema=optional_text("schema", schema)
    )


def _users(group_id: str) -> PageCall[User]:
    return pages(list_all_users_in_group, PageOf(lambda: models.User), group_id=path_param("group_id", group_id))


def _add_user(group_id: str, email: str, role: str) -> Call[None]:
    body = json_body(
        request_models.AddUserToGroupRequest, email=required_text("email", email), role=required_text("role", role)
    )
    return Call(add_user_to_group, {"group_id": path_param("group_id", group_id), "body": body}, _NO_DATA)


class Groups(SyncResource):
    """Fivetran groups (each holds at most one destination, whose id is the group id).

    Example:
        with Fivetran.from_env() as client:
            group = client.groups.create(name="analytics")
            for connection in client.groups.stream_connections(group.id):
                print(connection.id, connection.service)
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

    def create(self, *, name: str, extra: Mapping[str, Any] | None = None) -> Group:
        """Create a group (``POST /v1/groups``).

        Args:
            name: The group's name (Fivetran allows letters, digits and underscores, starting with a letter
                or underscore).
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: ``name`` is empty (nothing is sent).
            ConflictError: a group with this name exists.

        Example:
            group = client.groups.create(name="analytics")
        """
        return self._run(_create(name, extra))

    def update(self, group_id: str, *, name: str | None = None, extra: Mapping[str, Any] | None = None) -> Group:
        """Rename a group (``PATCH /v1/groups/{group_id}``).

        Raises:
            ValueError: nothing to update (nothing is sent).
        """
        return self._run(_update(group_id, name, extra))

    def delete(self, group_id: str) -> None:
        """Delete a group **and everything in it**: its destination and connections (``DELETE /v1/groups/{id}``)."""
        return self._run(_delete(group_id))

    def list_connections(
        self, group_id: str, *, schema: str | None = None, limit: int | None = None, cursor: str | None = None
    ) -> Page[Connection]:
        """Fetch one page of a group's connections (``GET /v1/groups/{group_id}/connections``).

        Args:
            group_id: The group.
            schema: Only the connection with this destination schema name.
            limit: Page size, 1..1000.
            cursor: ``next_cursor`` of the previous page.
        """
        return self._run(_connections(group_id, schema)(limit, cursor))

    def stream_connections(
        self,
        group_id: str,
        *,
        schema: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Iterator[Connection]:
        """Iterate over a group's connections, fetching pages lazily (same as ``connections.stream(group_id=...)``)."""
        return self._stream(_connections(group_id, schema), limit=limit, cursor=cursor, max_items=max_items)

    def list_users(self, group_id: str, *, limit: int | None = None, cursor: str | None = None) -> Page[User]:
        """Fetch one page of the users with access to a group (``GET /v1/groups/{group_id}/users``)."""
        return self._run(_users(group_id)(limit, cursor))

    def stream_users(
        self, group_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[User]:
        """Iterate over the users with access to a group, fetching pages lazily."""
        return self._stream(_users(group_id), limit=limit, cursor=cursor, max_items=max_items)

    def add_user(self, group_id: str, *, email: str, role: str) -> None:
        """Give an existing user a role in a group (``POST /v1/groups/{group_id}/users``).

        Example:
            client.groups.add_user("projected_sickle", email="ada@example.com", role="Destination Analyst")
        """
        return self._run(_add_user(group_id, email, role))

    def remove_user(self, group_id: str, user_id: str) -> None:
        """Remove a user's access to a group (``DELETE /v1/groups/{group_id}/users/{user_id}``)."""
        return self._run(_remove_user(group_id, user_id))

    def get_service_account(self, group_id: str) -> GroupServiceAccount:
        """The group's Fivetran service account (``GET /v1/groups/{group_id}/service-account``)."""
        return self._run(_get_service_account(group_id))

    def get_public_key(self, group_id: str) -> GroupPublicKey:
        """The group's public SSH key (``GET /v1/groups/{group_id}/public-key``)."""
        return self._run(_get_public_key(group_id))


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

    async def create(self, *, name: str, extra: Mapping[str, Any] | None = None) -> Group:
        """See `Groups.create`."""
        return await self._run(_create(name, extra))

    async def update(self, group_id: str, *, name: str | None = None, extra: Mapping[str, Any] | None = None) -> Group:
        """See `Groups.update`."""
        return await self._run(_update(group_id, name, extra))

    async def delete(self, group_id: str) -> None:
        """See `Groups.delete`."""
        return await self._run(_delete(group_id))

    async def list_connections(
        self, group_id: str, *, schema: str | None = None, limit: int | None = None, cursor: str | None = None
    ) -> Page[Connection]:
        """See `Groups.list_connections`."""
        return await self._run(_connections(group_id, schema)(limit, cursor))

    def stream_connections(
        self,
        group_id: str,
        *,
        schema: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[Connection]:
        """See `Groups.stream_connections`."""
        return self._stream(_connections(group_id, schema), limit=limit, cursor=cursor, max_items=max_items)

    async def list_users(self, group_id: str, *, limit: int | None = None, cursor: str | None = None) -> Page[User]:
        """See `Groups.list_users`."""
        return await self._run(_users(group_id)(limit, cursor))

    def stream_users(
        self, group_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[User]:
        """See `Groups.stream_users`."""
        return self._stream(_users(group_id), limit=limit, cursor=cursor, max_items=max_items)

    async def add_user(self, group_id: str, *, email: str, role: str) -> None:
        """See `Groups.add_user`."""
        return await self._run(_add_user(group_id, email, role))

    async def remove_user(self, group_id: str, user_id: str) -> None:
        """See `Groups.remove_user`."""
        return await self._run(_remove_user(group_id, user_id))

    async def get_service_account(self, group_id: str) -> GroupServiceAccount:
        """See `Groups.get_service_account`."""
        return await self._run(_get_service_account(group_id))

    async def get_public_key(self, group_id: str) -> GroupPublicKey:
        """See `Groups.get_public_key`."""
        return await self._run(_get_public_key(group_id))

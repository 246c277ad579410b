"""Users: ``client.users`` (`Users`) and its async twin `AsyncUsers`, with their memberships."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, NoData, PageCall, PageOf, SyncResource
from ._builders import by_id, flag, json_body, optional_text, pages, present, required_text
from ._common import with_extra
from ._memberships import MembershipCalls

if TYPE_CHECKING:
    from .._models import Membership, User

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
add_user_membership_in_connection = "fivetran_api.api.user_management.add_user_membership_in_connection"
add_user_membership_in_group = "fivetran_api.api.user_management.add_user_membership_in_group"
create_user = "fivetran_api.api.user_management.create_user"
delete_user = "fivetran_api.api.user_management.delete_user"
delete_user_membership_in_account = "fivetran_api.api.user_management.delete_user_membership_in_account"
delete_user_membership_in_connection = "fivetran_api.api.user_management.delete_user_membership_in_connection"
delete_user_membership_in_group = "fivetran_api.api.user_management.delete_user_membership_in_group"
get_user_membership_in_connections = "fivetran_api.api.user_management.get_user_membership_in_connections"
get_user_membership_in_group = "fivetran_api.api.user_management.get_user_membership_in_group"
get_user_memberships_in_connections = "fivetran_api.api.user_management.get_user_memberships_in_connections"
get_user_memberships_in_groups = "fivetran_api.api.user_management.get_user_memberships_in_groups"
list_all_users = "fivetran_api.api.user_management.list_all_users"
modify_user = "fivetran_api.api.user_management.modify_user"
update_user_membership_in_connection = "fivetran_api.api.user_management.update_user_membership_in_connection"
update_user_membership_in_group = "fivetran_api.api.user_management.update_user_membership_in_group"
user_details = "fivetran_api.api.user_management.user_details"

__all__ = ["AsyncUsers", "Users"]

_USER = DataOf(lambda: models.User)
_NO_DATA = NoData()

_CONNECTIONS = MembershipCalls(
    owner="user_id",
    target="connection_id",
    model=lambda: models.Membership,
    list_operation=get_user_memberships_in_connections,
    add_operation=add_user_membership_in_connection,
    get_operation=get_user_membership_in_connections,
    update_operation=update_user_membership_in_connection,
    remove_operation=delete_user_membership_in_connection,
    add_body=lambda: request_models.MembershipRequestAddUserMembershipInConnection,
    update_body=lambda: request_models.UpdateMembershipRequestUpdateUserMembershipInConnection,
)
_GROUPS = MembershipCalls(
    owner="user_id",
    target="group_id",
    model=lambda: models.Membership,
    list_operation=get_user_memberships_in_groups,
    add_operation=add_user_membership_in_group,
    get_operation=get_user_membership_in_group,
    update_operation=update_user_membership_in_group,
    remove_operation=delete_user_membership_in_group,
    add_body=lambda: request_models.GroupMembershipRequest,
    update_body=lambda: request_models.UpdateMembershipRequestUpdateUserMembershipInGroup,
)

_get = by_id(user_details, _USER, "user_id")
_delete = by_id(delete_user, _NO_DATA, "user_id", argument="id")
_remove_account_role = by_id(delete_user_membership_in_account, _NO_DATA, "user_id")


# Call builders: validation and request shape, shared by both twins.
def _list(active: bool | None) -> PageCall[User]:
    return pages(list_all_users, PageOf(lambda: models.User), **present(active=flag("active", active)))


def _create(
    *,
    email: str,
    given_name: str,
    family_name: str,
    role: str | None,
    phone: str | None,
    picture: str | None,
    extra: Mapping[str, Any] | None,
) -> Call[User]:
    fields = {
        "email": required_text("email", email),
        "given_name": required_text("given_name", given_name),
        "family_name": required_text("family_name", family_name),
        **_details(role=role, phone=phone, picture=picture),
    }
    return Call(create_user, {"body": json_body(request_models.NewUserRequest, **with_extra(fields, extra))}, _USER)


def _update(
    user_id: str,
    *,
    given_name: str | None,
    family_name: str | None,
    role: str | None,
    phone: str | None,
    picture: str | None,
    extra: Mapping[str, Any] | None,
) -> Call[User]:
    fields = {
        "given_name": optional_text("given_name", given_name),
        "family_name": optional_text("family_name", family_name),
        **_details(role=role, phone=phone, picture=picture),
    }
    body = json_body(request_models.UpdateUserRequest, **with_extra(fields, extra, update=True))
    return Call(modify_user, {"user_id": path_param("user_id", user_id), "body": body}, _USER)


def _details(*, role: str | None, phone: str | None, picture: str | None) -> dict[str, str | None]:
    """The optional fields create and update share, checked (None = not sent)."""
    return {
        "role": optional_text("role", role),
        "phone": optional_text("phone", phone),
        "picture": optional_text("picture", picture),
    }


class Users(SyncResource):
    """The users of the account, their account role, and their roles on connections and groups.

    Example:
        user = client.users.create(email="ada@example.com", given_name="Ada", family_name="Lovelace")
        client.users.add_group_membership(user.id, "projected_sickle", role="Destination Reviewer")
    """

    __slots__ = ()

    def list(self, *, active: bool | None = None, limit: int | None = None, cursor: str | None = None) -> Page[User]:
        """Fetch one page of users (``GET /v1/users``).

        Args:
            active: Only active (True) or only inactive (False) users; None for all.
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
            TypeError: ``active`` is not a bool.
        """
        return self._run(_list(active)(limit, cursor))

    def stream(
        self,
        *,
        active: bool | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Iterator[User]:
        """Iterate over all users, fetching pages lazily (``GET /v1/users``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list(active), limit=limit, cursor=cursor, max_items=max_items)

    def create(
        self,
        *,
        email: str,
        given_name: str,
        family_name: str,
        role: str | None = None,
        phone: str | None = None,
        picture: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> User:
        """Invite a user to the account (``POST /v1/users``); they get access once they accept.

        Args:
            email: The user's email address.
            given_name: First name.
            family_name: Last name.
            role: Account role, e.g. ``"Account Reviewer"``; None for no account role.
            phone: Phone number.
            picture: URL of the user's avatar.
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: a required field is empty or blank (nothing is sent).
        """
        return self._run(
            _create(
                email=email,
                given_name=given_name,
                family_name=family_name,
                role=role,
                phone=phone,
                picture=picture,
                extra=extra,
            )
        )

    def get(self, user_id: str) -> User:
        """Fetch one user (``GET /v1/users/{user_id}``).

        Raises:
            NotFoundError: no such user.
            ValueError: ``user_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(user_id))

    def update(
        self,
        user_id: str,
        *,
        given_name: str | None = None,
        family_name: str | None = None,
        role: str | None = None,
        phone: str | None = None,
        picture: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> User:
        """Change a user's details or account role (``PATCH /v1/users/{user_id}``); None leaves a field as is.

        Raises:
            ValueError: no field is given, or a given one is empty (nothing is sent).
        """
        return self._run(
            _update(
                user_id,
                given_name=given_name,
                family_name=family_name,
                role=role,
                phone=phone,
                picture=picture,
                extra=extra,
            )
        )

    def delete(self, user_id: str) -> None:
        """Delete a user from the account (``DELETE /v1/users/{user_id}``)."""
        self._run(_delete(user_id))

    def remove_account_role(self, user_id: str) -> None:
        """Remove a user's account-level role (``DELETE /v1/users/{user_id}/role``)."""
        self._run(_remove_account_role(user_id))

    def list_connection_memberships(
        self, user_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Membership]:
        """Fetch one page of a user's connection roles (``GET /v1/users/{user_id}/connections``)."""
        return self._run(_CONNECTIONS.list(user_id)(limit, cursor))

    def stream_connection_memberships(
        self, user_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Membership]:
        """Iterate over all of a user's connection roles (``GET /v1/users/{user_id}/connections``)."""
        return self._stream(_CONNECTIONS.list(user_id), limit=limit, cursor=cursor, max_items=max_items)

    def add_connection_membership(self, user_id: str, connection_id: str, *, role: str) -> Membership:
        """Give a user a role on a connection (``POST /v1/users/{user_id}/connections``).

        Args:
            user_id: The user.
            connection_id: The connection.
            role: e.g. ``"Connector Administrator"``.
        """
        return self._run(_CONNECTIONS.add(user_id, connection_id, role))

    def get_connection_membership(self, user_id: str, connection_id: str) -> Membership:
        """Fetch a user's role on a connection (``GET /v1/users/{user_id}/connections/{connection_id}``)."""
        return self._run(_CONNECTIONS.get(user_id, connection_id))

    def update_connection_membership(self, user_id: str, connection_id: str, *, role: str) -> Membership | None:
        """Change a user's role on a connection (``PATCH /v1/users/{user_id}/connections/{connection_id}``)."""
        return self._run(_CONNECTIONS.update(user_id, connection_id, role))

    def remove_connection_membership(self, user_id: str, connection_id: str) -> None:
        """Remove a user's role on a connection (``DELETE /v1/users/{user_id}/connections/{connection_id}``)."""
        self._run(_CONNECTIONS.remove(user_id, connection_id))

    def list_group_memberships(
        self, user_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Membership]:
        """Fetch one page of a user's group roles (``GET /v1/users/{user_id}/groups``)."""
        return self._run(_GROUPS.list(user_id)(limit, cursor))

    def stream_group_memberships(
        self, user_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Membership]:
        """Iterate over all of a user's group roles (``GET /v1/users/{user_id}/groups``)."""
        return self._stream(_GROUPS.list(user_id), limit=limit, cursor=cursor, max_items=max_items)

    def add_group_membership(self, user_id: str, group_id: str, *, role: str) -> Membership:
        """Give a user a role on a group (``POST /v1/users/{user_id}/groups``), e.g. ``"Destination Reviewer"``."""
        return self._run(_GROUPS.add(user_id, group_id, role))

    def get_group_membership(self, user_id: str, group_id: str) -> Membership:
        """Fetch a user's role on a group (``GET /v1/users/{user_id}/groups/{group_id}``)."""
        return self._run(_GROUPS.get(user_id, group_id))

    def update_group_membership(self, user_id: str, group_id: str, *, role: str) -> Membership | None:
        """Change a user's role on a group (``PATCH /v1/users/{user_id}/groups/{group_id}``)."""
        return self._run(_GROUPS.update(user_id, group_id, role))

    def remove_group_membership(self, user_id: str, group_id: str) -> None:
        """Remove a user's role on a group (``DELETE /v1/users/{user_id}/groups/{group_id}``)."""
        self._run(_GROUPS.remove(user_id, group_id))


class AsyncUsers(AsyncResource):
    """Async twin of `Users`."""

    __slots__ = ()

    async def list(
        self, *, active: bool | None = None, limit: int | None = None, cursor: str | None = None
    ) -> Page[User]:
        """See `Users.list`."""
        return await self._run(_list(active)(limit, cursor))

    def stream(
        self,
        *,
        active: bool | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[User]:
        """See `Users.stream`."""
        return self._stream(_list(active), limit=limit, cursor=cursor, max_items=max_items)

    async def create(
        self,
        *,
        email: str,
        given_name: str,
        family_name: str,
        role: str | None = None,
        phone: str | None = None,
        picture: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> User:
        """See `Users.create`."""
        return await self._run(
            _create(
                email=email,
                given_name=given_name,
                family_name=family_name,
                role=role,
                phone=phone,
                picture=picture,
                extra=extra,
            )
        )

    async def get(self, user_id: str) -> User:
        """See `Users.get`."""
        return await self._run(_get(user_id))

    async def update(
        self,
        user_id: str,
        *,
        given_name: str | None = None,
        family_name: str | None = None,
        role: str | None = None,
        phone: str | None = None,
        picture: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> User:
        """See `Users.update`."""
        return await self._run(
            _update(
                user_id,
                given_name=given_name,
                family_name=family_name,
                role=role,
                phone=phone,
                picture=picture,
                extra=extra,
            )
        )

    async def delete(self, user_id: str) -> None:
        """See `Users.delete`."""
        await self._run(_delete(user_id))

    async def remove_account_role(self, user_id: str) -> None:
        """See `Users.remove_account_role`."""
        await self._run(_remove_account_role(user_id))

    async def list_connection_memberships(
        self, user_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Membership]:
        """See `Users.list_connection_memberships`."""
        return await self._run(_CONNECTIONS.list(user_id)(limit, cursor))

    def stream_connection_memberships(
        self, user_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Membership]:
        """See `Users.stream_connection_memberships`."""
        return self._stream(_CONNECTIONS.list(user_id), limit=limit, cursor=cursor, max_items=max_items)

    async def add_connection_membership(self, user_id: str, connection_id: str, *, role: str) -> Membership:
        """See `Users.add_connection_membership`."""
        return await self._run(_CONNECTIONS.add(user_id, connection_id, role))

    async def get_connection_membership(self, user_id: str, connection_id: str) -> Membership:
        """See `Users.get_connection_membership`."""
        return await self._run(_CONNECTIONS.get(user_id, connection_id))

    async def update_connection_membership(self, user_id: str, connection_id: str, *, role: str) -> Membership | None:
        """See `Users.update_connection_membership`."""
        return await self._run(_CONNECTIONS.update(user_id, connection_id, role))

    async def remove_connection_membership(self, user_id: str, connection_id: str) -> None:
        """See `Users.remove_connection_membership`."""
        await self._run(_CONNECTIONS.remove(user_id, connection_id))

    async def list_group_memberships(
        self, user_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Membership]:
        """See `Users.list_group_memberships`."""
        return await self._run(_GROUPS.list(user_id)(limit, cursor))

    def stream_group_memberships(
        self, user_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Membership]:
        """See `Users.stream_group_memberships`."""
        return self._stream(_GROUPS.list(user_id), limit=limit, cursor=cursor, max_items=max_items)

    async def add_group_membership(self, user_id: str, group_id: str, *, role: str) -> Membership:
        """See `Users.add_group_membership`."""
        return await self._run(_GROUPS.add(user_id, group_id, role))

    async def get_group_membership(self, user_id: str, group_id: str) -> Membership:
        """See `Users.get_group_membership`."""
        return await self._run(_GROUPS.get(user_id, group_id))

    async def update_group_membership(self, user_id: str, group_id: str, *, role: str) -> Membership | None:
        """See `Users.update_group_membership`."""
        return await self._run(_GROUPS.update(user_id, group_id, role))

    async def remove_group_membership(self, user_id: str, group_id: str) -> None:
        """See `Users.remove_group_membership`."""
        await self._run(_GROUPS.remove(user_id, group_id))

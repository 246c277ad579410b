"""Teams: ``client.teams`` (`Teams`) and its async twin `AsyncTeams`, with their users and memberships."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import _models as models
from .. import _request_models as request_models
from .._pagination import Page
from .._paths import path_param
from ._base import AsyncResource, Call, DataOf, NoData, PageOf, SyncResource
from ._builders import by_id, flag, json_body, optional_text, pages, required_text
from ._common import with_extra
from ._memberships import MembershipCalls

if TYPE_CHECKING:
    from .._models import Membership, Team, TeamMembership

# The generated operations, by module path: `Call` imports each when a method sends it, so this module
# loads even after a regeneration removed one of them (see fivetran_ext/_call.py).
add_team_membership_in_connection = "fivetran_api.api.team_management.add_team_membership_in_connection"
add_team_membership_in_group = "fivetran_api.api.team_management.add_team_membership_in_group"
add_user_to_team = "fivetran_api.api.team_management.add_user_to_team"
create_team = "fivetran_api.api.team_management.create_team"
delete_team = "fivetran_api.api.team_management.delete_team"
delete_team_membership_in_account = "fivetran_api.api.team_management.delete_team_membership_in_account"
delete_team_membership_in_connection = "fivetran_api.api.team_management.delete_team_membership_in_connection"
delete_team_membership_in_group = "fivetran_api.api.team_management.delete_team_membership_in_group"
delete_user_from_team = "fivetran_api.api.team_management.delete_user_from_team"
get_team_membership_in_connection = "fivetran_api.api.team_management.get_team_membership_in_connection"
get_team_membership_in_group = "fivetran_api.api.team_management.get_team_membership_in_group"
get_team_memberships_in_connections = "fivetran_api.api.team_management.get_team_memberships_in_connections"
get_team_memberships_in_groups = "fivetran_api.api.team_management.get_team_memberships_in_groups"
get_user_in_team = "fivetran_api.api.team_management.get_user_in_team"
list_all_teams = "fivetran_api.api.team_management.list_all_teams"
list_users_in_team = "fivetran_api.api.team_management.list_users_in_team"
modify_team = "fivetran_api.api.team_management.modify_team"
team_details = "fivetran_api.api.team_management.team_details"
update_team_membership_in_connection = "fivetran_api.api.team_management.update_team_membership_in_connection"
update_team_membership_in_group = "fivetran_api.api.team_management.update_team_membership_in_group"
update_user_membership = "fivetran_api.api.team_management.update_user_membership"

__all__ = ["AsyncTeams", "Teams"]

_TEAM = DataOf(lambda: models.Team)
_NO_DATA = NoData()

_USERS = MembershipCalls(
    owner="team_id",
    target="user_id",
    model=lambda: models.TeamMembership,
    list_operation=list_users_in_team,
    add_operation=add_user_to_team,
    get_operation=get_user_in_team,
    update_operation=update_user_membership,
    remove_operation=delete_user_from_team,
    add_body=lambda: request_models.TeamMembershipRequest,
    update_body=lambda: request_models.UpdateMembershipRequestUpdateUserMembership,
    target_field="user_id",
)
_CONNECTIONS = MembershipCalls(
    owner="team_id",
    target="connection_id",
    model=lambda: models.Membership,
    list_operation=get_team_memberships_in_connections,
    add_operation=add_team_membership_in_connection,
    get_operation=get_team_membership_in_connection,
    update_operation=update_team_membership_in_connection,
    remove_operation=delete_team_membership_in_connection,
    add_body=lambda: request_models.MembershipRequest,
    update_body=lambda: request_models.UpdateMembershipRequest,
)
_GROUPS = MembershipCalls(
    owner="team_id",
    target="group_id",
    model=lambda: models.Membership,
    list_operation=get_team_memberships_in_groups,
    add_operation=add_team_membership_in_group,
    get_operation=get_team_membership_in_group,
    update_operation=update_team_membership_in_group,
    remove_operation=delete_team_membership_in_group,
    add_body=lambda: request_models.MembershipRequestAddTeamMembershipInGroup,
    update_body=lambda: request_models.UpdateMembershipRequestUpdateTeamMembershipInGroup,
)

_list = pages(list_all_teams, PageOf(lambda: models.Team))
_get = by_id(team_details, _TEAM, "team_id")
_delete = by_id(delete_team, _NO_DATA, "team_id")
_remove_account_role = by_id(delete_team_membership_in_account, _NO_DATA, "team_id")


# Call builders: validation and request shape, shared by both twins.
def _create(*, name: str, role: str | None, description: str | None, extra: Mapping[str, Any] | None) -> Call[Team]:
    fields = {"name": required_text("name", name), **_about(role, description)}
    return Call(create_team, {"body": json_body(request_models.TeamRequest, **with_extra(fields, extra))}, _TEAM)


def _update(
    team_id: str, *, name: str | None, role: str | None, description: str | None, extra: Mapping[str, Any] | None
) -> Call[Team]:
    fields = with_extra({"name": optional_text("name", name), **_about(role, description)}, extra, update=True)
    body = json_body(request_models.UpdateTeamRequest, **fields)
    return Call(modify_team, {"team_id": path_param("team_id", team_id), "body": body}, _TEAM)


def _about(role: str | None, description: str | None) -> dict[str, str | None]:
    """The optional fields create and update share, checked (None = not sent)."""
    return {"role": optional_text("role", role), "description": optional_text("description", description)}


class Teams(SyncResource):
    """Teams: groups of users sharing an account role and roles on connections and groups.

    Example:
        team = client.teams.create(name="Finance", role="Account Analyst")
        client.teams.add_user(team.id, "firewood_martial", role="Team Member")
    """

    __slots__ = ()

    def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[Team]:
        """Fetch one page of teams (``GET /v1/teams``).

        Args:
            limit: Page size, 1..1000 (server default 100).
            cursor: ``next_cursor`` of the previous page; None for the first page.

        Raises:
            ValueError: ``limit`` or ``cursor`` is invalid (nothing is sent).
        """
        return self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Team]:
        """Iterate over all teams, fetching pages lazily (``GET /v1/teams``).

        Raises:
            ValueError: an argument is invalid (raised here, before iteration, with nothing sent).
            PaginationError: during iteration, if the server repeats a cursor.
        """
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    def create(
        self,
        *,
        name: str,
        role: str | None = None,
        description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Team:
        """Create a team (``POST /v1/teams``).

        Args:
            name: The team's name.
            role: The team's account role, e.g. ``"Account Analyst"``.
            description: Free text.
            extra: Further body fields this client has no keyword for, sent as given.

        Raises:
            ValueError: ``name`` is empty or blank (nothing is sent).
        """
        return self._run(_create(name=name, role=role, description=description, extra=extra))

    def get(self, team_id: str) -> Team:
        """Fetch one team (``GET /v1/teams/{team_id}``).

        Raises:
            NotFoundError: no such team.
            ValueError: ``team_id`` is empty or blank (nothing is sent).
        """
        return self._run(_get(team_id))

    def update(
        self,
        team_id: str,
        *,
        name: str | None = None,
        role: str | None = None,
        description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Team:
        """Change a team's name, account role or description (``PATCH /v1/teams/{team_id}``).

        Raises:
            ValueError: no field is given, or a given one is empty (nothing is sent).
        """
        return self._run(_update(team_id, name=name, role=role, description=description, extra=extra))

    def delete(self, team_id: str) -> None:
        """Delete a team (``DELETE /v1/teams/{team_id}``)."""
        self._run(_delete(team_id))

    def remove_account_role(self, team_id: str) -> None:
        """Remove a team's account-level role (``DELETE /v1/teams/{team_id}/role``)."""
        self._run(_remove_account_role(team_id))

    def list_users(
        self, team_id: str, *, active: bool | None = None, limit: int | None = None, cursor: str | None = None
    ) -> Page[TeamMembership]:
        """Fetch one page of a team's users and their team roles (``GET /v1/teams/{team_id}/users``)."""
        return self._run(_USERS.list(team_id, active=flag("active", active))(limit, cursor))

    def stream_users(
        self,
        team_id: str,
        *,
        active: bool | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> Iterator[TeamMembership]:
        """Iterate over all of a team's users (``GET /v1/teams/{team_id}/users``)."""
        page_call = _USERS.list(team_id, active=flag("active", active))
        return self._stream(page_call, limit=limit, cursor=cursor, max_items=max_items)

    def add_user(self, team_id: str, user_id: str, *, role: str) -> TeamMembership:
        """Add a user to a team with a team role (``POST /v1/teams/{team_id}/users``), e.g. ``"Team Member"``."""
        return self._run(_USERS.add(team_id, user_id, role))

    def get_user(self, team_id: str, user_id: str) -> TeamMembership:
        """Fetch a user's role in a team (``GET /v1/teams/{team_id}/users/{user_id}``)."""
        return self._run(_USERS.get(team_id, user_id))

    def update_user(self, team_id: str, user_id: str, *, role: str) -> TeamMembership | None:
        """Change a user's role in a team (``PATCH /v1/teams/{team_id}/users/{user_id}``)."""
        return self._run(_USERS.update(team_id, user_id, role))

    def remove_user(self, team_id: str, user_id: str) -> None:
        """Remove a user from a team (``DELETE /v1/teams/{team_id}/users/{user_id}``)."""
        self._run(_USERS.remove(team_id, user_id))

    def list_connection_memberships(
        self, team_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Membership]:
        """Fetch one page of a team's connection roles (``GET /v1/teams/{team_id}/connections``)."""
        return self._run(_CONNECTIONS.list(team_id)(limit, cursor))

    def stream_connection_memberships(
        self, team_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Membership]:
        """Iterate over all of a team's connection roles (``GET /v1/teams/{team_id}/connections``)."""
        return self._stream(_CONNECTIONS.list(team_id), limit=limit, cursor=cursor, max_items=max_items)

    def add_connection_membership(self, team_id: str, connection_id: str, *, role: str) -> Membership:
        """Give a team a role on a connection (``POST /v1/teams/{team_id}/connections``)."""
        return self._run(_CONNECTIONS.add(team_id, connection_id, role))

    def get_connection_membership(self, team_id: str, connection_id: str) -> Membership:
        """Fetch a team's role on a connection (``GET /v1/teams/{team_id}/connections/{connection_id}``)."""
        return self._run(_CONNECTIONS.get(team_id, connection_id))

    def update_connection_membership(self, team_id: str, connection_id: str, *, role: str) -> Membership | None:
        """Change a team's role on a connection (``PATCH /v1/teams/{team_id}/connections/{connection_id}``)."""
        return self._run(_CONNECTIONS.update(team_id, connection_id, role))

    def remove_connection_membership(self, team_id: str, connection_id: str) -> None:
        """Remove a team's role on a connection (``DELETE /v1/teams/{team_id}/connections/{connection_id}``)."""
        self._run(_CONNECTIONS.remove(team_id, connection_id))

    def list_group_memberships(
        self, team_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Membership]:
        """Fetch one page of a team's group roles (``GET /v1/teams/{team_id}/groups``)."""
        return self._run(_GROUPS.list(team_id)(limit, cursor))

    def stream_group_memberships(
        self, team_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> Iterator[Membership]:
        """Iterate over all of a team's group roles (``GET /v1/teams/{team_id}/groups``)."""
        return self._stream(_GROUPS.list(team_id), limit=limit, cursor=cursor, max_items=max_items)

    def add_group_membership(self, team_id: str, group_id: str, *, role: str) -> Membership:
        """Give a team a role on a group (``POST /v1/teams/{team_id}/groups``)."""
        return self._run(_GROUPS.add(team_id, group_id, role))

    def get_group_membership(self, team_id: str, group_id: str) -> Membership:
        """Fetch a team's role on a group (``GET /v1/teams/{team_id}/groups/{group_id}``)."""
        return self._run(_GROUPS.get(team_id, group_id))

    def update_group_membership(self, team_id: str, group_id: str, *, role: str) -> Membership | None:
        """Change a team's role on a group (``PATCH /v1/teams/{team_id}/groups/{group_id}``)."""
        return self._run(_GROUPS.update(team_id, group_id, role))

    def remove_group_membership(self, team_id: str, group_id: str) -> None:
        """Remove a team's role on a group (``DELETE /v1/teams/{team_id}/groups/{group_id}``)."""
        self._run(_GROUPS.remove(team_id, group_id))


class AsyncTeams(AsyncResource):
    """Async twin of `Teams`."""

    __slots__ = ()

    async def list(self, *, limit: int | None = None, cursor: str | None = None) -> Page[Team]:
        """See `Teams.list`."""
        return await self._run(_list(limit, cursor))

    def stream(
        self, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Team]:
        """See `Teams.stream`."""
        return self._stream(_list, limit=limit, cursor=cursor, max_items=max_items)

    async def create(
        self,
        *,
        name: str,
        role: str | None = None,
        description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Team:
        """See `Teams.create`."""
        return await self._run(_create(name=name, role=role, description=description, extra=extra))

    async def get(self, team_id: str) -> Team:
        """See `Teams.get`."""
        return await self._run(_get(team_id))

    async def update(
        self,
        team_id: str,
        *,
        name: str | None = None,
        role: str | None = None,
        description: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> Team:
        """See `Teams.update`."""
        return await self._run(_update(team_id, name=name, role=role, description=description, extra=extra))

    async def delete(self, team_id: str) -> None:
        """See `Teams.delete`."""
        await self._run(_delete(team_id))

    async def remove_account_role(self, team_id: str) -> None:
        """See `Teams.remove_account_role`."""
        await self._run(_remove_account_role(team_id))

    async def list_users(
        self, team_id: str, *, active: bool | None = None, limit: int | None = None, cursor: str | None = None
    ) -> Page[TeamMembership]:
        """See `Teams.list_users`."""
        return await self._run(_USERS.list(team_id, active=flag("active", active))(limit, cursor))

    def stream_users(
        self,
        team_id: str,
        *,
        active: bool | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[TeamMembership]:
        """See `Teams.stream_users`."""
        page_call = _USERS.list(team_id, active=flag("active", active))
        return self._stream(page_call, limit=limit, cursor=cursor, max_items=max_items)

    async def add_user(self, team_id: str, user_id: str, *, role: str) -> TeamMembership:
        """See `Teams.add_user`."""
        return await self._run(_USERS.add(team_id, user_id, role))

    async def get_user(self, team_id: str, user_id: str) -> TeamMembership:
        """See `Teams.get_user`."""
        return await self._run(_USERS.get(team_id, user_id))

    async def update_user(self, team_id: str, user_id: str, *, role: str) -> TeamMembership | None:
        """See `Teams.update_user`."""
        return await self._run(_USERS.update(team_id, user_id, role))

    async def remove_user(self, team_id: str, user_id: str) -> None:
        """See `Teams.remove_user`."""
        await self._run(_USERS.remove(team_id, user_id))

    async def list_connection_memberships(
        self, team_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Membership]:
        """See `Teams.list_connection_memberships`."""
        return await self._run(_CONNECTIONS.list(team_id)(limit, cursor))

    def stream_connection_memberships(
        self, team_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Membership]:
        """See `Teams.stream_connection_memberships`."""
        return self._stream(_CONNECTIONS.list(team_id), limit=limit, cursor=cursor, max_items=max_items)

    async def add_connection_membership(self, team_id: str, connection_id: str, *, role: str) -> Membership:
        """See `Teams.add_connection_membership`."""
        return await self._run(_CONNECTIONS.add(team_id, connection_id, role))

    async def get_connection_membership(self, team_id: str, connection_id: str) -> Membership:
        """See `Teams.get_connection_membership`."""
        return await self._run(_CONNECTIONS.get(team_id, connection_id))

    async def update_connection_membership(self, team_id: str, connection_id: str, *, role: str) -> Membership | None:
        """See `Teams.update_connection_membership`."""
        return await self._run(_CONNECTIONS.update(team_id, connection_id, role))

    async def remove_connection_membership(self, team_id: str, connection_id: str) -> None:
        """See `Teams.remove_connection_membership`."""
        await self._run(_CONNECTIONS.remove(team_id, connection_id))

    async def list_group_memberships(
        self, team_id: str, *, limit: int | None = None, cursor: str | None = None
    ) -> Page[Membership]:
        """See `Teams.list_group_memberships`."""
        return await self._run(_GROUPS.list(team_id)(limit, cursor))

    def stream_group_memberships(
        self, team_id: str, *, limit: int | None = None, cursor: str | None = None, max_items: int | None = None
    ) -> AsyncIterator[Membership]:
        """See `Teams.stream_group_memberships`."""
        return self._stream(_GROUPS.list(team_id), limit=limit, cursor=cursor, max_items=max_items)

    async def add_group_membership(self, team_id: str, group_id: str, *, role: str) -> Membership:
        """See `Teams.add_group_membership`."""
        return await self._run(_GROUPS.add(team_id, group_id, role))

    async def get_group_membership(self, team_id: str, group_id: str) -> Membership:
        """See `Teams.get_group_membership`."""
        return await self._run(_GROUPS.get(team_id, group_id))

    async def update_group_membership(self, team_id: str, group_id: str, *, role: str) -> Membership | None:
        """See `Teams.update_group_membership`."""
        return await self._run(_GROUPS.update(team_id, group_id, role))

    async def remove_group_membership(self, team_id: str, group_id: str) -> None:
        """See `Teams.remove_group_membership`."""
        await self._run(_GROUPS.remove(team_id, group_id))

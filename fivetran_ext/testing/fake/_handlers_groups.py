"""Groups: CRUD, a group's connections, a group's users (memberships)."""

from __future__ import annotations

from ._context import RequestContext
from ._crud import active_filter, deleted, page, target
from ._errors import already_exists, not_found
from ._handlers_connections import connection_rows, delete_connection
from ._records import Group
from ._replies import Reply, created, success
from ._router import Router
from ._validation import Body
from ._world import World

__all__ = ["create_group", "delete_group", "register"]

DEFAULT_GROUP_ROLE = "Destination Reviewer"


def _unique_name(world: World, name: str, *, current: Group | None = None) -> str:
    if any(group.name == name and group is not current for group in world.store.groups):
        raise already_exists(f"Group with name '{name}' already exists")
    return name


def create_group(world: World, body: Body, *, item_id: str | None = None) -> Group:
    """Create a group (``name`` required and unique in the account)."""
    name = _unique_name(world, body.required_text("name"))
    group = Group(world.store.new_id(item_id), name, world.now())
    return world.store.groups.add(group.id, group)


def delete_group(world: World, group_id: str) -> None:
    """Delete a group and everything in it: connections, destination, group webhooks, memberships."""
    store = world.store
    store.groups.get(group_id)
    for _, connection in connection_rows(world, group_id=group_id):
        delete_connection(world, connection.id)
    if group_id in store.destinations:
        store.destinations.remove(group_id)
    for webhook in list(store.webhooks):
        if webhook.group_id == group_id:
            store.webhooks.remove(webhook.id)
    store.members.pop(group_id, None)
    store.groups.remove(group_id)


def _group(ctx: RequestContext) -> Group:
    return target(ctx, ctx.world.store.groups, "groupId")


def _list(ctx: RequestContext) -> Reply:
    return page(ctx, ctx.world.store.groups.rows(), Group.view, "Groups retrieved successfully")


def _create(ctx: RequestContext) -> Reply:
    return created(create_group(ctx.world, ctx.body()).view(), "Group has been created")


def _get(ctx: RequestContext) -> Reply:
    return success(_group(ctx).view(), "Group details retrieved successfully")


def _update(ctx: RequestContext) -> Reply:
    group = _group(ctx)
    name = ctx.body().text("name")
    if name:
        group.name = _unique_name(ctx.world, name, current=group)
    return success(group.view(), "Group has been updated")


def _delete(ctx: RequestContext) -> Reply:
    delete_group(ctx.world, ctx.params["groupId"])
    return deleted("Group", ctx.params["groupId"])


def _connections(ctx: RequestContext) -> Reply:
    group = _group(ctx)
    rows = connection_rows(ctx.world, group_id=group.id, schema=ctx.query.get("schema"))
    return page(ctx, rows, lambda connection: connection.view(), "Group connections retrieved successfully")


def _users(ctx: RequestContext) -> Reply:
    group = _group(ctx)
    roles = ctx.world.store.members.get(group.id, {})
    active = active_filter(ctx)
    rows = ctx.world.store.users.rows(lambda user: user.id in roles and (active is None or user.active == active))
    return page(ctx, rows, lambda user: user.view(role=roles[user.id]), "Group users retrieved successfully")


def _add_user(ctx: RequestContext) -> Reply:
    group = _group(ctx)
    body = ctx.body()
    email = body.required_text("email")
    user = next((user for user in ctx.world.store.users if user.email == email), None)
    if user is None:
        raise not_found("User", email)
    members = ctx.world.store.members.setdefault(group.id, {})
    if user.id in members:
        raise already_exists(f"User with email '{email}' is already a member of group '{group.id}'")
    members[user.id] = body.text("role") or DEFAULT_GROUP_ROLE
    return success(message="User has been added to the group")


def _remove_user(ctx: RequestContext) -> Reply:
    group = _group(ctx)
    user_id = ctx.params["userId"]
    members = ctx.world.store.members.get(group.id, {})
    if user_id not in members:
        raise not_found("User", user_id)
    del members[user_id]
    return success(message=f"User with id '{user_id}' has been removed from the group")


def register(router: Router) -> None:
    router.add("GET", "/v1/groups", _list)
    router.add("POST", "/v1/groups", _create)
    router.add("GET", "/v1/groups/{groupId}", _get)
    router.add("PATCH", "/v1/groups/{groupId}", _update)
    router.add("DELETE", "/v1/groups/{groupId}", _delete)
    router.add("GET", "/v1/groups/{groupId}/connections", _connections)
    router.add("GET", "/v1/groups/{groupId}/users", _users)
    router.add("POST", "/v1/groups/{groupId}/users", _add_user)
    router.add("DELETE", "/v1/groups/{groupId}/users/{userId}", _remove_user)

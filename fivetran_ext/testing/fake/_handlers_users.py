"""Users of the account: invite (create), list, read, update, delete."""

from __future__ import annotations

from ._context import RequestContext
from ._crud import active_filter, deleted, page, target
from ._errors import already_exists, invalid_input
from ._records import User
from ._replies import Reply, created, success
from ._router import Router
from ._validation import Body
from ._world import World

__all__ = ["create_user", "register"]

_EDITABLE = ("given_name", "family_name", "phone", "picture", "role")


def _edit(user: User, body: Body) -> None:
    for name in _EDITABLE:
        value = body.text(name)
        if value is not None:
            setattr(user, name, value)


def create_user(world: World, body: Body, *, item_id: str | None = None) -> User:
    """Invite a user (``email``, ``given_name`` and ``family_name`` required, email unique)."""
    email = body.required_text("email")
    if "@" not in email:
        raise invalid_input(f"Invalid email address '{email}'")
    if any(user.email.lower() == email.lower() for user in world.store.users):
        raise already_exists(f"User with email '{email}' already exists")
    user = User(
        id=world.store.new_id(item_id),
        email=email,
        given_name=body.required_text("given_name"),
        family_name=body.required_text("family_name"),
        created_at=world.now(),
    )
    _edit(user, body)
    return world.store.users.add(user.id, user)


def _list(ctx: RequestContext) -> Reply:
    active = active_filter(ctx)
    rows = ctx.world.store.users.rows(lambda user: active is None or user.active == active)
    return page(ctx, rows, User.view, "Users list retrieved successfully")


def _create(ctx: RequestContext) -> Reply:
    return created(create_user(ctx.world, ctx.body()).view(), "User has been created")


def _get(ctx: RequestContext) -> Reply:
    return success(target(ctx, ctx.world.store.users, "userId").view(), "User details retrieved successfully")


def _update(ctx: RequestContext) -> Reply:
    user = target(ctx, ctx.world.store.users, "userId")
    _edit(user, ctx.body())
    return success(user.view(), "User has been updated")


def _delete(ctx: RequestContext) -> Reply:
    # The spec names this one parameter {id}, unlike every other user path ({userId}).
    user = ctx.world.store.users.remove(ctx.params["id"])
    for members in ctx.world.store.members.values():
        members.pop(user.id, None)
    return deleted("User", user.id)


def register(router: Router) -> None:
    router.add("GET", "/v1/users", _list)
    router.add("POST", "/v1/users", _create)
    router.add("GET", "/v1/users/{userId}", _get)
    router.add("PATCH", "/v1/users/{userId}", _update)
    router.add("DELETE", "/v1/users/{id}", _delete)

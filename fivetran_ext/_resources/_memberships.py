"""Call builders for memberships: a user's or a team's role on connections, groups (and a team's users).

Users and teams have the same five operations per kind of membership (list, add, get, update, remove),
only the generated modules and names differ; `MembershipCalls` holds those differences once per kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from .._paths import path_param
from ._base import Call, DataOf, DataOrNoneOf, GeneratedModel, NoData, PageCall, PageOf
from ._builders import json_body, pages, present, required_text

__all__ = ["MembershipCalls"]

T = TypeVar("T", bound=GeneratedModel)

_NO_DATA = NoData()


@dataclass(frozen=True, slots=True)
class MembershipCalls(Generic[T]):
    """The call builders of one kind of membership, e.g. a user's connection memberships.

    Attributes:
        owner: The owner's id name, also its generated keyword (``"user_id"``, ``"team_id"``).
        target: The member resource's id name, also its generated keyword (``"connection_id"``, ...).
        model: Gives the membership model every reading operation returns (imported on first use).
        list_operation, add_operation, get_operation, update_operation, remove_operation: Generated module paths.
        add_body, update_body: Give the generated request models of add and update (imported on first use).
        target_field: The JSON field naming the member resource in the add body (``"id"``, ``"user_id"``).
    """

    owner: str
    target: str
    model: Callable[[], type[T]]
    list_operation: str
    add_operation: str
    get_operation: str
    update_operation: str
    remove_operation: str
    add_body: Callable[[], type[GeneratedModel]]
    update_body: Callable[[], type[GeneratedModel]]
    target_field: str = "id"

    def list(self, owner_id: str, **filters: Any) -> PageCall[T]:
        """The page call of the owner's memberships; ``filters`` are query arguments (None = not sent)."""
        bound = {self.owner: path_param(self.owner, owner_id)}
        bound.update(present(**filters))
        return pages(self.list_operation, PageOf(self.model), **bound)

    def add(self, owner_id: str, target_id: str, role: str) -> Call[T]:
        """Give the owner ``role`` on the target (the API answers with the new membership)."""
        body = json_body(
            self.add_body(),
            **{self.target_field: path_param(self.target, target_id), "role": required_text("role", role)},
        )
        return Call(
            self.add_operation, {self.owner: path_param(self.owner, owner_id), "body": body}, DataOf(self.model)
        )

    def get(self, owner_id: str, target_id: str) -> Call[T]:
        """Read the owner's membership on the target."""
        return Call(self.get_operation, self._ids(owner_id, target_id), DataOf(self.model))

    def update(self, owner_id: str, target_id: str, role: str) -> Call[T | None]:
        """Change the owner's role on the target; the updated membership, as the API answers with it.

        The spec declares the updated membership as ``data`` (normalization adds it where the export
        forgot); the Go SDK's fixtures answer with a bare message, which reads as None.
        """
        body = json_body(self.update_body(), role=required_text("role", role))
        return Call(self.update_operation, {**self._ids(owner_id, target_id), "body": body}, DataOrNoneOf(self.model))

    def remove(self, owner_id: str, target_id: str) -> Call[None]:
        """Remove the owner's membership on the target."""
        return Call(self.remove_operation, self._ids(owner_id, target_id), _NO_DATA)

    def _ids(self, owner_id: str, target_id: str) -> dict[str, str]:
        return {self.owner: path_param(self.owner, owner_id), self.target: path_param(self.target, target_id)}

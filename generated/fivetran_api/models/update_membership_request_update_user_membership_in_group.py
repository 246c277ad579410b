from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["UpdateMembershipRequestUpdateUserMembershipInGroup"]


class UpdateMembershipRequestUpdateUserMembershipInGroup(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        role (None | str | Unset): The role that you would like to assign to the user  Example: Manage Destination.
    """

    role: Field[None | str | Unset] = Field("role")

    def __init__(
        self,
        *,
        role: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "role": role,
            }
        )

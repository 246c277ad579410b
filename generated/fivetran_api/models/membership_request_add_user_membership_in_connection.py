from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["MembershipRequestAddUserMembershipInConnection"]


class MembershipRequestAddUserMembershipInConnection(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (None | str | Unset): The membership entity unique identifier Example: connection_id.
        role (None | str | Unset): The role that you would like to assign to the user  Example: Manage Connection.
    """

    id: Field[None | str | Unset] = Field("id")
    role: Field[None | str | Unset] = Field("role")

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        role: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "role": role,
            }
        )

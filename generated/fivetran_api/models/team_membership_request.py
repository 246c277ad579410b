from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["TeamMembershipRequest"]


class TeamMembershipRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        user_id (str): The unique identifier of user Example: user_id.
        role (None | str | Unset): The user's role within the team Example: Team Manager.
    """

    user_id: Field[str] = Field("user_id", required=True)
    role: Field[None | str | Unset] = Field("role")

    def __init__(
        self,
        *,
        user_id: str,
        role: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "user_id": user_id,
                "role": role,
            }
        )

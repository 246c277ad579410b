from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_membership import TeamMembership
    from ..types import UNSET, Unset

__all__ = ["UpdateUserMembershipResponse"]


class UpdateUserMembershipResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: User role has been updated.
        data (None | TeamMembership | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[None | TeamMembership | Unset] = Field("data", Nested("team_membership", "TeamMembership"))

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: None | TeamMembership | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

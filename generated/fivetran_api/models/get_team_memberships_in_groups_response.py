from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_memberships_in_groups_response_data import GetTeamMembershipsInGroupsResponseData
    from ..types import UNSET, Unset

__all__ = ["GetTeamMembershipsInGroupsResponse"]


class GetTeamMembershipsInGroupsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Team group memberships retrieved successfully.
        data (GetTeamMembershipsInGroupsResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[GetTeamMembershipsInGroupsResponseData | Unset] = Field(
        "data", Nested("get_team_memberships_in_groups_response_data", "GetTeamMembershipsInGroupsResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: GetTeamMembershipsInGroupsResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

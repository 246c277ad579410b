from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_team_memberships_in_connections_response_data import GetTeamMembershipsInConnectionsResponseData
    from ..types import UNSET, Unset

__all__ = ["GetTeamMembershipsInConnectionsResponse"]


class GetTeamMembershipsInConnectionsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        data (GetTeamMembershipsInConnectionsResponseData):
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Team connection memberships retrieved successfully.
    """

    data: Field[GetTeamMembershipsInConnectionsResponseData] = Field(
        "data",
        Nested("get_team_memberships_in_connections_response_data", "GetTeamMembershipsInConnectionsResponseData"),
        required=True,
    )
    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")

    def __init__(
        self,
        *,
        data: GetTeamMembershipsInConnectionsResponseData,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "data": data,
                "code": code,
                "message": message,
            }
        )

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
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Team connection memberships retrieved successfully.
        data (GetTeamMembershipsInConnectionsResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[GetTeamMembershipsInConnectionsResponseData | Unset] = Field(
        "data",
        Nested("get_team_memberships_in_connections_response_data", "GetTeamMembershipsInConnectionsResponseData"),
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: GetTeamMembershipsInConnectionsResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

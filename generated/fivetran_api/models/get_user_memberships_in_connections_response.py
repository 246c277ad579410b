from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_user_memberships_in_connections_response_data import GetUserMembershipsInConnectionsResponseData
    from ..types import UNSET, Unset

__all__ = ["GetUserMembershipsInConnectionsResponse"]


class GetUserMembershipsInConnectionsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: User memberships in connections retrieved
            successfully.
        data (GetUserMembershipsInConnectionsResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[GetUserMembershipsInConnectionsResponseData | Unset] = Field(
        "data",
        Nested("get_user_memberships_in_connections_response_data", "GetUserMembershipsInConnectionsResponseData"),
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: GetUserMembershipsInConnectionsResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

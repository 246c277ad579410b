from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_user_memberships_in_groups_response_data import GetUserMembershipsInGroupsResponseData
    from ..types import UNSET, Unset

__all__ = ["GetUserMembershipsInGroupsResponse"]


class GetUserMembershipsInGroupsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: User memberships in groups retrieved successfully.
        data (GetUserMembershipsInGroupsResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[GetUserMembershipsInGroupsResponseData | Unset] = Field(
        "data", Nested("get_user_memberships_in_groups_response_data", "GetUserMembershipsInGroupsResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: GetUserMembershipsInGroupsResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

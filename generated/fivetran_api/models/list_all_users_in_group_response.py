from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_all_users_in_group_response_data import ListAllUsersInGroupResponseData
    from ..types import UNSET, Unset

__all__ = ["ListAllUsersInGroupResponse"]


class ListAllUsersInGroupResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        data (ListAllUsersInGroupResponseData):
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Group users retrieved successfully.
    """

    data: Field[ListAllUsersInGroupResponseData] = Field(
        "data", Nested("list_all_users_in_group_response_data", "ListAllUsersInGroupResponseData"), required=True
    )
    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")

    def __init__(
        self,
        *,
        data: ListAllUsersInGroupResponseData,
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

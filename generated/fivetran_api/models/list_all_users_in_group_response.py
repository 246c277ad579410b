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
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Group users retrieved successfully.
        data (ListAllUsersInGroupResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[ListAllUsersInGroupResponseData | Unset] = Field(
        "data", Nested("list_all_users_in_group_response_data", "ListAllUsersInGroupResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: ListAllUsersInGroupResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_all_users_response_data import ListAllUsersResponseData
    from ..types import UNSET, Unset

__all__ = ["ListAllUsersResponse"]


class ListAllUsersResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        data (ListAllUsersResponseData):
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Users list retrieved successfully.
    """

    data: Field[ListAllUsersResponseData] = Field(
        "data", Nested("list_all_users_response_data", "ListAllUsersResponseData"), required=True
    )
    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")

    def __init__(
        self,
        *,
        data: ListAllUsersResponseData,
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

from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_all_groups_response_data import ListAllGroupsResponseData
    from ..types import UNSET, Unset

__all__ = ["ListAllGroupsResponse"]


class ListAllGroupsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Groups retrieved successfully.
        data (ListAllGroupsResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[ListAllGroupsResponseData | Unset] = Field(
        "data", Nested("list_all_groups_response_data", "ListAllGroupsResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: ListAllGroupsResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_all_teams_response_data import ListAllTeamsResponseData
    from ..types import UNSET, Unset

__all__ = ["ListAllTeamsResponse"]


class ListAllTeamsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        data (ListAllTeamsResponseData):
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Teams retrieved successfully.
    """

    data: Field[ListAllTeamsResponseData] = Field(
        "data", Nested("list_all_teams_response_data", "ListAllTeamsResponseData"), required=True
    )
    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")

    def __init__(
        self,
        *,
        data: ListAllTeamsResponseData,
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

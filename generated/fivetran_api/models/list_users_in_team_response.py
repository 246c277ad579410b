from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_users_in_team_response_data import ListUsersInTeamResponseData
    from ..types import UNSET, Unset

__all__ = ["ListUsersInTeamResponse"]


class ListUsersInTeamResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Team users retrieved successfully.
        data (ListUsersInTeamResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[ListUsersInTeamResponseData | Unset] = Field(
        "data", Nested("list_users_in_team_response_data", "ListUsersInTeamResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: ListUsersInTeamResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

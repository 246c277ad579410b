from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_connections_response_data import ListConnectionsResponseData
    from ..types import UNSET, Unset

__all__ = ["ListConnectionsResponse"]


class ListConnectionsResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Connections list retrieved successfully.
        data (ListConnectionsResponseData | Unset):
    """

    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")
    data: Field[ListConnectionsResponseData | Unset] = Field(
        "data", Nested("list_connections_response_data", "ListConnectionsResponseData")
    )

    def __init__(
        self,
        *,
        code: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        data: ListConnectionsResponseData | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

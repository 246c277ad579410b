from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_state import ConnectionState
    from ..types import UNSET, Unset

__all__ = ["ConnectionStateResponse"]


class ConnectionStateResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        data (ConnectionState):
        code (None | str | Unset): Response status code Example: Success.
        message (None | str | Unset): Response status text Example: Connection state retrieved successfully.
    """

    data: Field[ConnectionState] = Field("data", Nested("connection_state", "ConnectionState"), required=True)
    code: Field[None | str | Unset] = Field("code")
    message: Field[None | str | Unset] = Field("message")

    def __init__(
        self,
        *,
        data: ConnectionState,
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

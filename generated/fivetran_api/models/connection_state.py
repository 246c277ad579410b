from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_state_state_type_0 import ConnectionStateStateType0
    from ..types import UNSET, Unset

__all__ = ["ConnectionState"]


class ConnectionState(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        state (ConnectionStateStateType0 | None | Unset): A freeform JSON object representing the connector's cursor or
            internal state. The structure is defined by the connector implementation and varies by connector type. Returns
            400 if no state has been written yet. Example: {'cursor': '2024-01-01T00:00:00Z'}.
    """

    state: Field[ConnectionStateStateType0 | None | Unset] = Field(
        "state", Nested("connection_state_state_type_0", "ConnectionStateStateType0")
    )

    def __init__(
        self,
        *,
        state: ConnectionStateStateType0 | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "state": state,
            }
        )

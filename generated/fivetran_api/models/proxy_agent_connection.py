from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ProxyAgentConnection"]


class ProxyAgentConnection(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        connection_id (None | str | Unset): The unique identifier for the connection within the Fivetran system.
            Example: connection_id.
    """

    connection_id: Field[None | str | Unset] = Field("connection_id")

    def __init__(
        self,
        *,
        connection_id: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "connection_id": connection_id,
            }
        )

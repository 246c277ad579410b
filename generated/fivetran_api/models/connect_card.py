from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connect_card_config import ConnectCardConfig
    from ..models.connect_card_response import ConnectCardResponse
    from ..types import UNSET, Unset

__all__ = ["ConnectCard"]


class ConnectCard(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        connector_id (None | str | Unset): The unique identifier of the connection for which this Connect Card token was
            issued. This is the same value as the `connectionId` path parameter. Example: connection_id.
        connect_card (ConnectCardResponse | None | Unset):
        connect_card_config (ConnectCardConfig | None | Unset):
    """

    connector_id: Field[None | str | Unset] = Field("connector_id")
    connect_card: Field[ConnectCardResponse | None | Unset] = Field(
        "connect_card", Nested("connect_card_response", "ConnectCardResponse")
    )
    connect_card_config: Field[ConnectCardConfig | None | Unset] = Field(
        "connect_card_config", Nested("connect_card_config", "ConnectCardConfig")
    )

    def __init__(
        self,
        *,
        connector_id: None | str | Unset = UNSET,
        connect_card: ConnectCardResponse | None | Unset = UNSET,
        connect_card_config: ConnectCardConfig | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "connector_id": connector_id,
                "connect_card": connect_card,
                "connect_card_config": connect_card_config,
            }
        )

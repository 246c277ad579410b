from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested

if TYPE_CHECKING:
    from ..models.connect_card_config import ConnectCardConfig

__all__ = ["ConnectCardConfigRequest"]


class ConnectCardConfigRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        connect_card_config (ConnectCardConfig):
    """

    connect_card_config: Field[ConnectCardConfig] = Field(
        "connect_card_config", Nested("connect_card_config", "ConnectCardConfig"), required=True
    )

    def __init__(
        self,
        *,
        connect_card_config: ConnectCardConfig,
    ) -> None:
        self._init(
            {
                "connect_card_config": connect_card_config,
            }
        )

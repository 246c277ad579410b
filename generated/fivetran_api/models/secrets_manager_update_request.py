from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested

if TYPE_CHECKING:
    from ..models.json_node import JsonNode

__all__ = ["SecretsManagerUpdateRequest"]


class SecretsManagerUpdateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        config (JsonNode):
    """

    config: Field[JsonNode] = Field("config", Nested("json_node", "JsonNode"), required=True)

    def __init__(
        self,
        *,
        config: JsonNode,
    ) -> None:
        self._init(
            {
                "config": config,
            }
        )

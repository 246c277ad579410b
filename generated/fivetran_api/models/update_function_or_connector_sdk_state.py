from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_node import JsonNode
    from ..types import UNSET, Unset

__all__ = ["UpdateFunctionOrConnectorSdkState"]


class UpdateFunctionOrConnectorSdkState(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        state (JsonNode | None | Unset): A freeform JSON object representing the connector's cursor or internal state to
            write. The structure is defined by the connector implementation and varies by connector type. If omitted or set
            to null, the existing state is preserved and the response returns 200 without modification. Example: {'cursor':
            '2024-01-01T00:00:00Z'}.
    """

    state: Field[JsonNode | None | Unset] = Field("state", Nested("json_node", "JsonNode"))

    def __init__(
        self,
        *,
        state: JsonNode | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "state": state,
            }
        )

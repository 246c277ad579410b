from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["ProxyAgentUsageResponse"]


class ProxyAgentUsageResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        id (None | str | Unset): The unique identifier for either source connection or destination within the Fivetran
            system. Example: two_words.
        schema (None | str | Unset): The schema name of the source connection. Null for destinations. Example: schema.
        service (None | str | Unset): Source connector service or connection destination type. Example: service.
    """

    id: Field[None | str | Unset] = Field("id")
    schema: Field[None | str | Unset] = Field("schema")
    service: Field[None | str | Unset] = Field("service")

    def __init__(
        self,
        *,
        id: None | str | Unset = UNSET,
        schema: None | str | Unset = UNSET,
        service: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "id": id,
                "schema": schema,
                "service": service,
            }
        )

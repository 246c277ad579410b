from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..types import UNSET, Unset

__all__ = ["HybridDeploymentAgentUsageResponse"]


class HybridDeploymentAgentUsageResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        schema (None | str | Unset): The name used both as the connection's name within the Fivetran system and as the
            source schema's name within your group. Example: schema_name.
        service (None | str | Unset): The connector type name within the Fivetran system. Example: service.
        connection_id (None | str | Unset): The unique identifier for the connection within the Fivetran Example:
            connection_id.
    """

    schema: Field[None | str | Unset] = Field("schema")
    service: Field[None | str | Unset] = Field("service")
    connection_id: Field[None | str | Unset] = Field("connection_id")

    def __init__(
        self,
        *,
        schema: None | str | Unset = UNSET,
        service: None | str | Unset = UNSET,
        connection_id: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "schema": schema,
                "service": service,
                "connection_id": connection_id,
            }
        )

from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_config_response import SchemaConfigResponse
    from ..types import UNSET, Unset

__all__ = ["StandardConfigResponseSchemas"]


class StandardConfigResponseSchemas(Model):
    """The set of schemas within your connection schema config. Each key is the schema name as stored in the connection
    schema config. Schema names are case-sensitive; an incorrect case results in an HTTP 404 error.

        Attributes:
            schema (None | SchemaConfigResponse | Unset):
    """

    schema: Field[None | SchemaConfigResponse | Unset] = Field(
        "schema", Nested("schema_config_response", "SchemaConfigResponse")
    )

    def __init__(
        self,
        *,
        schema: None | SchemaConfigResponse | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "schema": schema,
            }
        )

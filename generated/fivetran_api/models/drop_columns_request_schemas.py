from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drop_column_schema_request import DropColumnSchemaRequest
    from ..types import UNSET, Unset

__all__ = ["DropColumnsRequestSchemas"]


class DropColumnsRequestSchemas(Model):
    """The set of schemas within your connection schema config. Each key is the schema name as stored in the connection
    schema config. Schema names are case-sensitive; an incorrect case results in an HTTP 404 error.

        Attributes:
            schema (DropColumnSchemaRequest | None | Unset):
    """

    schema: Field[DropColumnSchemaRequest | None | Unset] = Field(
        "schema", Nested("drop_column_schema_request", "DropColumnSchemaRequest")
    )

    def __init__(
        self,
        *,
        schema: DropColumnSchemaRequest | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "schema": schema,
            }
        )

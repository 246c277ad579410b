from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested

if TYPE_CHECKING:
    from ..models.drop_columns_request_schemas import DropColumnsRequestSchemas

__all__ = ["DropColumnsRequest"]


class DropColumnsRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        schemas (DropColumnsRequestSchemas): The set of schemas within your connection schema config. Each key is the
            schema name as stored in the connection schema config. Schema names are case-sensitive; an incorrect case
            results in an HTTP 404 error.
    """

    schemas: Field[DropColumnsRequestSchemas] = Field(
        "schemas", Nested("drop_columns_request_schemas", "DropColumnsRequestSchemas"), required=True
    )

    def __init__(
        self,
        *,
        schemas: DropColumnsRequestSchemas,
    ) -> None:
        self._init(
            {
                "schemas": schemas,
            }
        )

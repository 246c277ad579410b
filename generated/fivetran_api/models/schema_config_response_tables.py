from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_config_response import TableConfigResponse
    from ..types import UNSET, Unset

__all__ = ["SchemaConfigResponseTables"]


class SchemaConfigResponseTables(Model):
    """The set of tables within your database schema config. Each key is the table name as stored in the connection schema
    config. Table names are case-sensitive; an incorrect case results in an HTTP 404 error.

        Attributes:
            table (None | TableConfigResponse | Unset):
    """

    table: Field[None | TableConfigResponse | Unset] = Field(
        "table", Nested("table_config_response", "TableConfigResponse")
    )

    def __init__(
        self,
        *,
        table: None | TableConfigResponse | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "table": table,
            }
        )

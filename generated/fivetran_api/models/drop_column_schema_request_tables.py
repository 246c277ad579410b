from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drop_columns_table_request import DropColumnsTableRequest
    from ..types import UNSET, Unset

__all__ = ["DropColumnSchemaRequestTables"]


class DropColumnSchemaRequestTables(Model):
    """The set of tables within your database schema config. Each key is the table name as stored in the connection schema
    config. Table names are case-sensitive; an incorrect case results in an HTTP 404 error.

        Attributes:
            table (DropColumnsTableRequest | None | Unset):
    """

    table: Field[DropColumnsTableRequest | None | Unset] = Field(
        "table", Nested("drop_columns_table_request", "DropColumnsTableRequest")
    )

    def __init__(
        self,
        *,
        table: DropColumnsTableRequest | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "table": table,
            }
        )

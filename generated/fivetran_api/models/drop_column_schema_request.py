from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested

if TYPE_CHECKING:
    from ..models.drop_column_schema_request_tables import DropColumnSchemaRequestTables

__all__ = ["DropColumnSchemaRequest"]


class DropColumnSchemaRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        tables (DropColumnSchemaRequestTables): The set of tables within your database schema config. Each key is the
            table name as stored in the connection schema config. Table names are case-sensitive; an incorrect case results
            in an HTTP 404 error.
    """

    tables: Field[DropColumnSchemaRequestTables] = Field(
        "tables", Nested("drop_column_schema_request_tables", "DropColumnSchemaRequestTables"), required=True
    )

    def __init__(
        self,
        *,
        tables: DropColumnSchemaRequestTables,
    ) -> None:
        self._init(
            {
                "tables": tables,
            }
        )

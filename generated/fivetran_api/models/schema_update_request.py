from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_update_request_tables_type_0 import SchemaUpdateRequestTablesType0
    from ..types import UNSET, Unset

__all__ = ["SchemaUpdateRequest"]


class SchemaUpdateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        enabled (bool): The boolean value specifying whether the sync for the table into the destination is enabled.
            Example: True.
        tables (None | SchemaUpdateRequestTablesType0 | Unset): The set of tables within your database schema config.
            Each key is the table name as stored in the connection schema config. Table names are case-sensitive; an
            incorrect case results in an HTTP 404 error.
    """

    enabled: Field[bool] = Field("enabled", required=True)
    tables: Field[None | SchemaUpdateRequestTablesType0 | Unset] = Field(
        "tables", Nested("schema_update_request_tables_type_0", "SchemaUpdateRequestTablesType0")
    )

    def __init__(
        self,
        *,
        enabled: bool,
        tables: None | SchemaUpdateRequestTablesType0 | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "enabled": enabled,
                "tables": tables,
            }
        )

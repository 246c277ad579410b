from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_config_response_tables import SchemaConfigResponseTables
    from ..types import UNSET, Unset

__all__ = ["SchemaConfigResponse"]


class SchemaConfigResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        name_in_destination (None | str | Unset): The schema name within your destination in accordance with Fivetran
            conventional rules Example: schema_name_in_destination.
        enabled (bool | None | Unset): The boolean value specifying whether the sync for the table into the destination
            is enabled. Example: True.
        tables (None | SchemaConfigResponseTables | Unset): The set of tables within your database schema config. Each
            key is the table name as stored in the connection schema config. Table names are case-sensitive; an incorrect
            case results in an HTTP 404 error.
    """

    name_in_destination: Field[None | str | Unset] = Field("name_in_destination")
    enabled: Field[bool | None | Unset] = Field("enabled")
    tables: Field[None | SchemaConfigResponseTables | Unset] = Field(
        "tables", Nested("schema_config_response_tables", "SchemaConfigResponseTables")
    )

    def __init__(
        self,
        *,
        name_in_destination: None | str | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        tables: None | SchemaConfigResponseTables | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "name_in_destination": name_in_destination,
                "enabled": enabled,
                "tables": tables,
            }
        )

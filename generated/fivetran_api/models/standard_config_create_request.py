from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_config_create_request_schemas import StandardConfigCreateRequestSchemas
    from ..types import UNSET, Unset

__all__ = ["StandardConfigCreateRequest"]


class StandardConfigCreateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        schemas (StandardConfigCreateRequestSchemas): The set of schemas within your connection schema config. Each key
            is the schema name as stored in the connection schema config. Schema names are case-sensitive; an incorrect case
            results in an HTTP 404 error. Example: {'schema_name': {'enabled': True, 'tables': {'table_name': {'enabled':
            True, 'columns': {'column_name': {'enabled': True}}}}}}.
        schema_change_handling (str | Unset): The possible values for the schema_change_handling parameter are as
            follows: <br /> ALLOW_ALL - all new schemas, tables, and columns which appear in the source after the initial
            setup are included in syncs <br /> ALLOW_COLUMNS - all new schemas and tables which appear in the source after
            the initial setup are excluded from syncs, but new columns are included <br /> BLOCK_ALL - all new schemas,
            tables, and columns which appear in the source after the initial setup are excluded from syncs Example:
            ALLOW_COLUMNS. Known values: `StandardConfigCreateRequestSchemaChangeHandling` (others pass as given).
    """

    schemas: Field[StandardConfigCreateRequestSchemas] = Field(
        "schemas", Nested("standard_config_create_request_schemas", "StandardConfigCreateRequestSchemas"), required=True
    )
    schema_change_handling: Field[str | Unset] = Field("schema_change_handling")

    def __init__(
        self,
        *,
        schemas: StandardConfigCreateRequestSchemas,
        schema_change_handling: str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "schemas": schemas,
                "schema_change_handling": schema_change_handling,
            }
        )

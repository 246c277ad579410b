from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_config_update_request_schemas_type_0 import StandardConfigUpdateRequestSchemasType0
    from ..types import UNSET, Unset

__all__ = ["StandardConfigUpdateRequest"]


class StandardConfigUpdateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        schemas (None | StandardConfigUpdateRequestSchemasType0 | Unset): The set of schemas within your connection
            schema config. Each key is the schema name as stored in the connection schema config. Schema names are case-
            sensitive; an incorrect case results in an HTTP 404 error. Example: {'schema_name': {'enabled': True, 'tables':
            {'table_name': {'enabled': True, 'columns': {'column_name': {'enabled': True}}}}}}.
        schema_change_handling (str | Unset): The possible values for the schema_change_handling parameter are as
            follows: <br /> ALLOW_ALL - all new schemas, tables, and columns which appear in the source after the initial
            setup are included in syncs <br /> ALLOW_COLUMNS - all new schemas and tables which appear in the source after
            the initial setup are excluded from syncs, but new columns are included <br /> BLOCK_ALL - all new schemas,
            tables, and columns which appear in the source after the initial setup are excluded from syncs Example:
            BLOCK_ALL. Known values: `StandardConfigUpdateRequestSchemaChangeHandling` (others pass as given).
        is_type_locked (bool | None | Unset): The boolean value specifying whether the connection’s destination data
            types are locked to the types determined from the source. If enabled before or immediately after the initial
            sync, the [type lock](https://fivetran.com/docs/using-fivetran/features/type-locking) captures the types
            determined at the initial sync; if enabled later, it captures the types determined on the first sync after
            enabling. Re-enabling an already-enabled lock does not change previously locked types. Example: False.
    """

    schemas: Field[None | StandardConfigUpdateRequestSchemasType0 | Unset] = Field(
        "schemas", Nested("standard_config_update_request_schemas_type_0", "StandardConfigUpdateRequestSchemasType0")
    )
    schema_change_handling: Field[str | Unset] = Field("schema_change_handling")
    is_type_locked: Field[bool | None | Unset] = Field("is_type_locked")

    def __init__(
        self,
        *,
        schemas: None | StandardConfigUpdateRequestSchemasType0 | Unset = UNSET,
        schema_change_handling: str | Unset = UNSET,
        is_type_locked: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "schemas": schemas,
                "schema_change_handling": schema_change_handling,
                "is_type_locked": is_type_locked,
            }
        )

from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_config_response_schemas import StandardConfigResponseSchemas
    from ..types import UNSET, Unset

__all__ = ["StandardConfigResponse"]


class StandardConfigResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        enable_new_by_default (bool | None | Unset): The boolean value specifying whether to enable new schemas, tables,
            and columns by default Example: True.
        schemas (None | StandardConfigResponseSchemas | Unset): The set of schemas within your connection schema config.
            Each key is the schema name as stored in the connection schema config. Schema names are case-sensitive; an
            incorrect case results in an HTTP 404 error.
        schema_change_handling (None | str | Unset): The possible values for the schema_change_handling parameter are as
            follows: <br /> ALLOW_ALL - all new schemas, tables, and columns which appear in the source after the initial
            setup are included in syncs <br /> ALLOW_COLUMNS - all new schemas and tables which appear in the source after
            the initial setup are excluded from syncs, but new columns are included <br /> BLOCK_ALL - all new schemas,
            tables, and columns which appear in the source after the initial setup are excluded from syncs Known values:
            `ALLOW_ALL`, `ALLOW_COLUMNS`, `BLOCK_ALL` (others may appear). Example: ALLOW_ALL.
    """

    enable_new_by_default: Field[bool | None | Unset] = Field("enable_new_by_default")
    schemas: Field[None | StandardConfigResponseSchemas | Unset] = Field(
        "schemas", Nested("standard_config_response_schemas", "StandardConfigResponseSchemas")
    )
    schema_change_handling: Field[None | str | Unset] = Field("schema_change_handling")

    def __init__(
        self,
        *,
        enable_new_by_default: bool | None | Unset = UNSET,
        schemas: None | StandardConfigResponseSchemas | Unset = UNSET,
        schema_change_handling: None | str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "enable_new_by_default": enable_new_by_default,
                "schemas": schemas,
                "schema_change_handling": schema_change_handling,
            }
        )

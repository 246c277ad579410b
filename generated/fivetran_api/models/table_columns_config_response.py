from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_columns_config_response_columns import TableColumnsConfigResponseColumns
    from ..types import UNSET, Unset

__all__ = ["TableColumnsConfigResponse"]


class TableColumnsConfigResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        columns (None | TableColumnsConfigResponseColumns | Unset): The set of columns within your table schema config.
            Each key is the column name as stored in the connection schema config. Column names are case-sensitive; an
            incorrect case results in an HTTP 404 error. The `columns` object in the response contains the columns whose
            `enabled` value has been set by the user after the initial sync.
    """

    columns: Field[None | TableColumnsConfigResponseColumns | Unset] = Field(
        "columns", Nested("table_columns_config_response_columns", "TableColumnsConfigResponseColumns")
    )

    def __init__(
        self,
        *,
        columns: None | TableColumnsConfigResponseColumns | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "columns": columns,
            }
        )

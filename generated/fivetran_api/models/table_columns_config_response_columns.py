from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_config_response import ColumnConfigResponse
    from ..types import UNSET, Unset

__all__ = ["TableColumnsConfigResponseColumns"]


class TableColumnsConfigResponseColumns(Model):
    """The set of columns within your table schema config. Each key is the column name as stored in the connection schema
    config. Column names are case-sensitive; an incorrect case results in an HTTP 404 error. The `columns` object in the
    response contains the columns whose `enabled` value has been set by the user after the initial sync.

        Attributes:
            column (ColumnConfigResponse | None | Unset):
    """

    column: Field[ColumnConfigResponse | None | Unset] = Field(
        "column", Nested("column_config_response", "ColumnConfigResponse")
    )

    def __init__(
        self,
        *,
        column: ColumnConfigResponse | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "column": column,
            }
        )

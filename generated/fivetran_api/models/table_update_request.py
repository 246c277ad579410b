from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_update_request_columns_type_0 import TableUpdateRequestColumnsType0
    from ..types import UNSET, Unset

__all__ = ["TableUpdateRequest"]


class TableUpdateRequest(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        enabled (bool): The boolean value specifying whether the sync for the table into the destination is enabled.
            Example: True.
        columns (None | TableUpdateRequestColumnsType0 | Unset): The set of columns within your table schema config.
            Each key is the column name as stored in the connection schema config. Column names are case-sensitive; an
            incorrect case results in an HTTP 404 error. The `columns` object in the response contains the columns whose
            `enabled` value has been set by the user after the initial sync.
        sync_mode (str | Unset): This field appears in the response if the connection supports switching sync modes for
            tables Example: SOFT_DELETE. Known values: `TableUpdateRequestSyncMode` (others pass as given).
    """

    enabled: Field[bool] = Field("enabled", required=True)
    columns: Field[None | TableUpdateRequestColumnsType0 | Unset] = Field(
        "columns", Nested("table_update_request_columns_type_0", "TableUpdateRequestColumnsType0")
    )
    sync_mode: Field[str | Unset] = Field("sync_mode")

    def __init__(
        self,
        *,
        enabled: bool,
        columns: None | TableUpdateRequestColumnsType0 | Unset = UNSET,
        sync_mode: str | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "enabled": enabled,
                "columns": columns,
                "sync_mode": sync_mode,
            }
        )

from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Field, Model, Nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_config_response_columns import TableConfigResponseColumns
    from ..models.table_enabled_patch_settings import TableEnabledPatchSettings
    from ..types import UNSET, Unset

__all__ = ["TableConfigResponse"]


class TableConfigResponse(Model):
    """A Fivetran API object (JSON kept as received; fields built on first read).

    Attributes:
        sync_mode (None | str | Unset): This field appears in the response if the connection supports switching sync
            modes for tables Known values: `SOFT_DELETE`, `HISTORY`, `LIVE` (others may appear). Example: SOFT_DELETE.
        name_in_destination (None | str | Unset): The schema name within your destination in accordance with Fivetran
            conventional rules Example: table_name_in_destination.
        enabled (bool | None | Unset): The boolean value specifying whether the sync for the table into the destination
            is enabled. Example: True.
        columns (None | TableConfigResponseColumns | Unset): The set of columns within your table schema config. Each
            key is the column name as stored in the connection schema config. Column names are case-sensitive; an incorrect
            case results in an HTTP 404 error. The `columns` object in the response contains the columns whose `enabled`
            value has been set by the user after the initial sync.
        enabled_patch_settings (None | TableEnabledPatchSettings | Unset):
        supports_columns_config (bool | None | Unset): A boolean value that specifies if the table supports a column-
            level configuration. Example: True.
        supports_history_mode (bool | None | Unset): The boolean value that specifies if the table supports history
            mode. Example: True.
    """

    sync_mode: Field[None | str | Unset] = Field("sync_mode")
    name_in_destination: Field[None | str | Unset] = Field("name_in_destination")
    enabled: Field[bool | None | Unset] = Field("enabled")
    columns: Field[None | TableConfigResponseColumns | Unset] = Field(
        "columns", Nested("table_config_response_columns", "TableConfigResponseColumns")
    )
    enabled_patch_settings: Field[None | TableEnabledPatchSettings | Unset] = Field(
        "enabled_patch_settings", Nested("table_enabled_patch_settings", "TableEnabledPatchSettings")
    )
    supports_columns_config: Field[bool | None | Unset] = Field("supports_columns_config")
    supports_history_mode: Field[bool | None | Unset] = Field("supports_history_mode")

    def __init__(
        self,
        *,
        sync_mode: None | str | Unset = UNSET,
        name_in_destination: None | str | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
        columns: None | TableConfigResponseColumns | Unset = UNSET,
        enabled_patch_settings: None | TableEnabledPatchSettings | Unset = UNSET,
        supports_columns_config: bool | None | Unset = UNSET,
        supports_history_mode: bool | None | Unset = UNSET,
    ) -> None:
        self._init(
            {
                "sync_mode": sync_mode,
                "name_in_destination": name_in_destination,
                "enabled": enabled,
                "columns": columns,
                "enabled_patch_settings": enabled_patch_settings,
                "supports_columns_config": supports_columns_config,
                "supports_history_mode": supports_history_mode,
            }
        )

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_config_response_columns import TableConfigResponseColumns
from ..models.table_enabled_patch_settings import TableEnabledPatchSettings
from ..types import UNSET, Unset

T = TypeVar("T", bound="TableConfigResponse")


@_attrs_define
class TableConfigResponse:
    """
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

    sync_mode: None | str | Unset = UNSET
    name_in_destination: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    columns: None | TableConfigResponseColumns | Unset = UNSET
    enabled_patch_settings: None | TableEnabledPatchSettings | Unset = UNSET
    supports_columns_config: bool | None | Unset = UNSET
    supports_history_mode: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        sync_mode: None | str | Unset
        if isinstance(self.sync_mode, Unset):
            sync_mode = UNSET
        else:
            sync_mode = self.sync_mode

        name_in_destination: None | str | Unset
        if isinstance(self.name_in_destination, Unset):
            name_in_destination = UNSET
        else:
            name_in_destination = self.name_in_destination

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        columns: dict[str, Any] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, TableConfigResponseColumns):
            columns = self.columns.to_dict()
        else:
            columns = self.columns

        enabled_patch_settings: dict[str, Any] | None | Unset
        if isinstance(self.enabled_patch_settings, Unset):
            enabled_patch_settings = UNSET
        elif isinstance(self.enabled_patch_settings, TableEnabledPatchSettings):
            enabled_patch_settings = self.enabled_patch_settings.to_dict()
        else:
            enabled_patch_settings = self.enabled_patch_settings

        supports_columns_config: bool | None | Unset
        if isinstance(self.supports_columns_config, Unset):
            supports_columns_config = UNSET
        else:
            supports_columns_config = self.supports_columns_config

        supports_history_mode: bool | None | Unset
        if isinstance(self.supports_history_mode, Unset):
            supports_history_mode = UNSET
        else:
            supports_history_mode = self.supports_history_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode
        if name_in_destination is not UNSET:
            field_dict["name_in_destination"] = name_in_destination
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if columns is not UNSET:
            field_dict["columns"] = columns
        if enabled_patch_settings is not UNSET:
            field_dict["enabled_patch_settings"] = enabled_patch_settings
        if supports_columns_config is not UNSET:
            field_dict["supports_columns_config"] = supports_columns_config
        if supports_history_mode is not UNSET:
            field_dict["supports_history_mode"] = supports_history_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        sync_mode = cast(None | str | Unset, d.pop("sync_mode", UNSET))

        name_in_destination = cast(None | str | Unset, d.pop("name_in_destination", UNSET))

        enabled = cast(bool | None | Unset, d.pop("enabled", UNSET))

        def _parse_columns(data: object) -> None | TableConfigResponseColumns | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                columns_type_0 = TableConfigResponseColumns.from_dict(data)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TableConfigResponseColumns | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        def _parse_enabled_patch_settings(data: object) -> None | TableEnabledPatchSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                enabled_patch_settings_type_1 = TableEnabledPatchSettings.from_dict(data)

                return enabled_patch_settings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TableEnabledPatchSettings | Unset, data)

        enabled_patch_settings = _parse_enabled_patch_settings(d.pop("enabled_patch_settings", UNSET))

        supports_columns_config = cast(bool | None | Unset, d.pop("supports_columns_config", UNSET))

        supports_history_mode = cast(bool | None | Unset, d.pop("supports_history_mode", UNSET))

        table_config_response = cls(
            sync_mode=sync_mode,
            name_in_destination=name_in_destination,
            enabled=enabled,
            columns=columns,
            enabled_patch_settings=enabled_patch_settings,
            supports_columns_config=supports_columns_config,
            supports_history_mode=supports_history_mode,
        )

        table_config_response.additional_properties = d
        return table_config_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_enabled_patch_settings import ColumnEnabledPatchSettings
from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnConfigResponse")


@_attrs_define
class ColumnConfigResponse:
    """
    Attributes:
        name_in_destination (None | str | Unset): The schema name within your destination in accordance with Fivetran
            conventional rules Example: column_name_in_destination.
        enabled (bool | None | Unset): The boolean value specifying whether the sync for the table into the destination
            is enabled. Example: True.
        hashed (bool | None | Unset): The boolean value specifying whether a column should be hashed Example: False.
        enabled_patch_settings (ColumnEnabledPatchSettings | None | Unset):
        is_primary_key (bool | None | Unset):
    """

    name_in_destination: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    hashed: bool | None | Unset = UNSET
    enabled_patch_settings: ColumnEnabledPatchSettings | None | Unset = UNSET
    is_primary_key: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

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

        hashed: bool | None | Unset
        if isinstance(self.hashed, Unset):
            hashed = UNSET
        else:
            hashed = self.hashed

        enabled_patch_settings: dict[str, Any] | None | Unset
        if isinstance(self.enabled_patch_settings, Unset):
            enabled_patch_settings = UNSET
        elif isinstance(self.enabled_patch_settings, ColumnEnabledPatchSettings):
            enabled_patch_settings = self.enabled_patch_settings.to_dict()
        else:
            enabled_patch_settings = self.enabled_patch_settings

        is_primary_key: bool | None | Unset
        if isinstance(self.is_primary_key, Unset):
            is_primary_key = UNSET
        else:
            is_primary_key = self.is_primary_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name_in_destination is not UNSET:
            field_dict["name_in_destination"] = name_in_destination
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if hashed is not UNSET:
            field_dict["hashed"] = hashed
        if enabled_patch_settings is not UNSET:
            field_dict["enabled_patch_settings"] = enabled_patch_settings
        if is_primary_key is not UNSET:
            field_dict["is_primary_key"] = is_primary_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        name_in_destination = cast(None | str | Unset, d.pop("name_in_destination", UNSET))

        enabled = cast(bool | None | Unset, d.pop("enabled", UNSET))

        hashed = cast(bool | None | Unset, d.pop("hashed", UNSET))

        def _parse_enabled_patch_settings(data: object) -> ColumnEnabledPatchSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                enabled_patch_settings_type_1 = ColumnEnabledPatchSettings.from_dict(data)

                return enabled_patch_settings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ColumnEnabledPatchSettings | None | Unset, data)

        enabled_patch_settings = _parse_enabled_patch_settings(d.pop("enabled_patch_settings", UNSET))

        is_primary_key = cast(bool | None | Unset, d.pop("is_primary_key", UNSET))

        column_config_response = cls(
            name_in_destination=name_in_destination,
            enabled=enabled,
            hashed=hashed,
            enabled_patch_settings=enabled_patch_settings,
            is_primary_key=is_primary_key,
        )

        column_config_response.additional_properties = d
        return column_config_response

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

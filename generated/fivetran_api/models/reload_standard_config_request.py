from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReloadStandardConfigRequest")


@_attrs_define
class ReloadStandardConfigRequest:
    """
    Attributes:
        exclude_mode (None | str | Unset): Specifies whether all schemas and tables will be enabled or disabled in the
            standard config. By specifying the `exclude_mode` parameter value, you can enable or disable syncing for all
            schemas and tables when reloading the connection schema config.

            When the default `PRESERVE` value is set, all selected schemas and tables in the standard config preserve their
            state.

            When the `EXCLUDE` value is set, the columns that haven't been updated by user yet are not excluded from the
            sync. Such columns may be present in the source and not displayed in the response, but they are considered to be
            included in the sync by default. If you enable syncing of their table, then all of these columns from the source
            will be synced in the next sync cycle. See also [Troubleshooting: How to enable syncs only for the columns you
            need](https://fivetran.com/docs/rest-api/tutorials/enable-sync-for-columns-you-need).
             Example: PRESERVE.
    """

    exclude_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exclude_mode: None | str | Unset
        if isinstance(self.exclude_mode, Unset):
            exclude_mode = UNSET
        else:
            exclude_mode = self.exclude_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exclude_mode is not UNSET:
            field_dict["exclude_mode"] = exclude_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        exclude_mode = cast(None | str | Unset, d.pop("exclude_mode", UNSET))

        reload_standard_config_request = cls(
            exclude_mode=exclude_mode,
        )

        reload_standard_config_request.additional_properties = d
        return reload_standard_config_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnUpdateRequest")


@_attrs_define
class ColumnUpdateRequest:
    """
    Attributes:
        enabled (bool): The boolean value specifying whether the sync for the table into the destination is enabled.
            Example: True.
        hashed (bool | None | Unset): The boolean value specifying whether a column should be hashed Example: False.
        is_primary_key (bool | None | Unset):
    """

    enabled: bool
    hashed: bool | None | Unset = UNSET
    is_primary_key: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        hashed: bool | None | Unset
        if isinstance(self.hashed, Unset):
            hashed = UNSET
        else:
            hashed = self.hashed

        is_primary_key: bool | None | Unset
        if isinstance(self.is_primary_key, Unset):
            is_primary_key = UNSET
        else:
            is_primary_key = self.is_primary_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if hashed is not UNSET:
            field_dict["hashed"] = hashed
        if is_primary_key is not UNSET:
            field_dict["is_primary_key"] = is_primary_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        hashed = cast(bool | None | Unset, d.pop("hashed", UNSET))

        is_primary_key = cast(bool | None | Unset, d.pop("is_primary_key", UNSET))

        column_update_request = cls(
            enabled=enabled,
            hashed=hashed,
            is_primary_key=is_primary_key,
        )

        column_update_request.additional_properties = d
        return column_update_request

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

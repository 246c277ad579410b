from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnEnabledPatchSettings")


@_attrs_define
class ColumnEnabledPatchSettings:
    """
    Attributes:
        allowed (bool | None | Unset): The boolean value specifying whether the enabled property can be updated Example:
            False.
        reason (None | str | Unset): The additional message indicating the reason why the enabled property cannot be
            updated. This field appears in the response only when the reason_code value is OTHER Example: ....
        reason_code (None | str | Unset): The reason code indicating the reason why the enabled property cannot be
            updated: <br /> SYSTEM_TABLE - the table is a system table <br /> DELETED - the table was deleted in the source
            <br /> OTHER - the table was excluded by the system for some reason <br /> This field appears in the response
            when the allowed property value is FALSE Known values: `SYSTEM_COLUMN`, `DELETED`, `OTHER` (others may appear).
            Example: SYSTEM_COLUMN.
    """

    allowed: bool | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    reason_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed: bool | None | Unset
        if isinstance(self.allowed, Unset):
            allowed = UNSET
        else:
            allowed = self.allowed

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        reason_code: None | str | Unset
        if isinstance(self.reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = self.reason_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed is not UNSET:
            field_dict["allowed"] = allowed
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reason_code is not UNSET:
            field_dict["reason_code"] = reason_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        allowed = cast(bool | None | Unset, d.pop("allowed", UNSET))

        reason = cast(None | str | Unset, d.pop("reason", UNSET))

        reason_code = cast(None | str | Unset, d.pop("reason_code", UNSET))

        column_enabled_patch_settings = cls(
            allowed=allowed,
            reason=reason,
            reason_code=reason_code,
        )

        column_enabled_patch_settings.additional_properties = d
        return column_enabled_patch_settings

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

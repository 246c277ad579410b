from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rotate_system_key_request_expiration_period import RotateSystemKeyRequestExpirationPeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="RotateSystemKeyRequest")


@_attrs_define
class RotateSystemKeyRequest:
    """
    Attributes:
        expiration_period (RotateSystemKeyRequestExpirationPeriod | Unset): The system key's expiration period Example:
            SIX_MONTHS.
    """

    expiration_period: RotateSystemKeyRequestExpirationPeriod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration_period: str | Unset = UNSET
        if not isinstance(self.expiration_period, Unset):
            expiration_period = self.expiration_period.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiration_period is not UNSET:
            field_dict["expiration_period"] = expiration_period

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _expiration_period = d.pop("expiration_period", UNSET)
        expiration_period: RotateSystemKeyRequestExpirationPeriod | Unset
        if isinstance(_expiration_period, Unset):
            expiration_period = UNSET
        else:
            expiration_period = RotateSystemKeyRequestExpirationPeriod(_expiration_period)

        rotate_system_key_request = cls(
            expiration_period=expiration_period,
        )

        rotate_system_key_request.additional_properties = d
        return rotate_system_key_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_system_key_request_expiration_period import NewSystemKeyRequestExpirationPeriod
from ..models.system_key_permission_request import SystemKeyPermissionRequest
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewSystemKeyRequest")


@_attrs_define
class NewSystemKeyRequest:
    """
    Attributes:
        name (None | str | Unset): The system key name within the account Example: MySystemKey.
        expiration_period (NewSystemKeyRequestExpirationPeriod | Unset): The system key's expiration period Example:
            SIX_MONTHS.
        permissions (list[SystemKeyPermissionRequest] | None | Unset):
    """

    name: None | str | Unset = UNSET
    expiration_period: NewSystemKeyRequestExpirationPeriod | Unset = UNSET
    permissions: list[SystemKeyPermissionRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        expiration_period: str | Unset = UNSET
        if not isinstance(self.expiration_period, Unset):
            expiration_period = self.expiration_period.value

        permissions: list[dict[str, Any]] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item = permissions_type_0_item_data.to_dict()
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if expiration_period is not UNSET:
            field_dict["expiration_period"] = expiration_period
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        name = cast(None | str | Unset, d.pop("name", UNSET))

        _expiration_period = d.pop("expiration_period", UNSET)
        expiration_period: NewSystemKeyRequestExpirationPeriod | Unset
        if isinstance(_expiration_period, Unset):
            expiration_period = UNSET
        else:
            expiration_period = NewSystemKeyRequestExpirationPeriod(_expiration_period)

        def _parse_permissions(data: object) -> list[SystemKeyPermissionRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = []
                _permissions_type_0 = data
                for permissions_type_0_item_data in _permissions_type_0:
                    permissions_type_0_item = SystemKeyPermissionRequest.from_dict(permissions_type_0_item_data)

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SystemKeyPermissionRequest] | None | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        new_system_key_request = cls(
            name=name,
            expiration_period=expiration_period,
            permissions=permissions,
        )

        new_system_key_request.additional_properties = d
        return new_system_key_request

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

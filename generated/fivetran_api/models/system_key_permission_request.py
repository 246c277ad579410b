from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_key_permission_request_access_level import SystemKeyPermissionRequestAccessLevel
from ..models.system_key_permission_request_resource_type import SystemKeyPermissionRequestResourceType
from ..models.system_key_permission_resource_filter import SystemKeyPermissionResourceFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemKeyPermissionRequest")


@_attrs_define
class SystemKeyPermissionRequest:
    """
    Attributes:
        resource_type (SystemKeyPermissionRequestResourceType | Unset): The resource type for the permission Example:
            CONNECTOR.
        access_level (SystemKeyPermissionRequestAccessLevel | Unset): The access level for the permission Example:
            MANAGE.
        resource_filter (None | SystemKeyPermissionResourceFilter | Unset):
    """

    resource_type: SystemKeyPermissionRequestResourceType | Unset = UNSET
    access_level: SystemKeyPermissionRequestAccessLevel | Unset = UNSET
    resource_filter: None | SystemKeyPermissionResourceFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        resource_type: str | Unset = UNSET
        if not isinstance(self.resource_type, Unset):
            resource_type = self.resource_type.value

        access_level: str | Unset = UNSET
        if not isinstance(self.access_level, Unset):
            access_level = self.access_level.value

        resource_filter: dict[str, Any] | None | Unset
        if isinstance(self.resource_filter, Unset):
            resource_filter = UNSET
        elif isinstance(self.resource_filter, SystemKeyPermissionResourceFilter):
            resource_filter = self.resource_filter.to_dict()
        else:
            resource_filter = self.resource_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if access_level is not UNSET:
            field_dict["access_level"] = access_level
        if resource_filter is not UNSET:
            field_dict["resource_filter"] = resource_filter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        _resource_type = d.pop("resource_type", UNSET)
        resource_type: SystemKeyPermissionRequestResourceType | Unset
        if isinstance(_resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = SystemKeyPermissionRequestResourceType(_resource_type)

        _access_level = d.pop("access_level", UNSET)
        access_level: SystemKeyPermissionRequestAccessLevel | Unset
        if isinstance(_access_level, Unset):
            access_level = UNSET
        else:
            access_level = SystemKeyPermissionRequestAccessLevel(_access_level)

        def _parse_resource_filter(data: object) -> None | SystemKeyPermissionResourceFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_filter_type_1 = SystemKeyPermissionResourceFilter.from_dict(data)

                return resource_filter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SystemKeyPermissionResourceFilter | Unset, data)

        resource_filter = _parse_resource_filter(d.pop("resource_filter", UNSET))

        system_key_permission_request = cls(
            resource_type=resource_type,
            access_level=access_level,
            resource_filter=resource_filter,
        )

        system_key_permission_request.additional_properties = d
        return system_key_permission_request

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

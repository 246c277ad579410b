from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_key_permission_resource_filter import SystemKeyPermissionResourceFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemKeyPermissionResponse")


@_attrs_define
class SystemKeyPermissionResponse:
    """
    Attributes:
        resource_type (None | str | Unset): The resource type for the permission Known values: `ACCOUNT`, `USER`,
            `WEBHOOK`, `TEAM`, `ROLES`, `DESTINATION`, `TRANSFORMATION`, `REMOTE_EXECUTION_AGENT`, `CONNECTOR` (others may
            appear). Example: DESTINATION.
        access_level (None | str | Unset): The access level for the permission Known values: `NONE`, `READ`, `MANAGE`
            (others may appear). Example: MANAGE.
        resource_filter (None | SystemKeyPermissionResourceFilter | Unset):
    """

    resource_type: None | str | Unset = UNSET
    access_level: None | str | Unset = UNSET
    resource_filter: None | SystemKeyPermissionResourceFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        access_level: None | str | Unset
        if isinstance(self.access_level, Unset):
            access_level = UNSET
        else:
            access_level = self.access_level

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

        resource_type = cast(None | str | Unset, d.pop("resource_type", UNSET))

        access_level = cast(None | str | Unset, d.pop("access_level", UNSET))

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

        system_key_permission_response = cls(
            resource_type=resource_type,
            access_level=access_level,
            resource_filter=resource_filter,
        )

        system_key_permission_response.additional_properties = d
        return system_key_permission_response

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

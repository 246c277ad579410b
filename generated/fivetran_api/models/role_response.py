from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleResponse")


@_attrs_define
class RoleResponse:
    """
    Attributes:
        name (None | str | Unset): The role name Example: Destination Administrator.
        description (None | str | Unset): The role description Example: Role Description.
        scope (list[str] | None | Unset): Defines the list of resources the role manages Known values: `ACCOUNT`,
            `DESTINATION`, `CONNECTOR`, `TEAM` (others may appear). Example: ['DESTINATION'].
        is_custom (bool | None | Unset): Defines whether the role is standard or custom Example: False.
        is_deprecated (bool | None | Unset): Defines whether the role is deprecated Example: True.
        replacement_role_name (None | str | Unset): The name of the new role replacing the deprecated role Example:
            Manage Destination.
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    scope: list[str] | None | Unset = UNSET
    is_custom: bool | None | Unset = UNSET
    is_deprecated: bool | None | Unset = UNSET
    replacement_role_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        scope: list[str] | None | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, list):
            scope = self.scope

        else:
            scope = self.scope

        is_custom: bool | None | Unset
        if isinstance(self.is_custom, Unset):
            is_custom = UNSET
        else:
            is_custom = self.is_custom

        is_deprecated: bool | None | Unset
        if isinstance(self.is_deprecated, Unset):
            is_deprecated = UNSET
        else:
            is_deprecated = self.is_deprecated

        replacement_role_name: None | str | Unset
        if isinstance(self.replacement_role_name, Unset):
            replacement_role_name = UNSET
        else:
            replacement_role_name = self.replacement_role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if scope is not UNSET:
            field_dict["scope"] = scope
        if is_custom is not UNSET:
            field_dict["is_custom"] = is_custom
        if is_deprecated is not UNSET:
            field_dict["is_deprecated"] = is_deprecated
        if replacement_role_name is not UNSET:
            field_dict["replacement_role_name"] = replacement_role_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        name = cast(None | str | Unset, d.pop("name", UNSET))

        description = cast(None | str | Unset, d.pop("description", UNSET))

        def _parse_scope(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scope_type_0 = cast(list[str], data)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        is_custom = cast(bool | None | Unset, d.pop("is_custom", UNSET))

        is_deprecated = cast(bool | None | Unset, d.pop("is_deprecated", UNSET))

        replacement_role_name = cast(None | str | Unset, d.pop("replacement_role_name", UNSET))

        role_response = cls(
            name=name,
            description=description,
            scope=scope,
            is_custom=is_custom,
            is_deprecated=is_deprecated,
            replacement_role_name=replacement_role_name,
        )

        role_response.additional_properties = d
        return role_response

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

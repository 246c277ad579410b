from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DestinationConfiguration")


@_attrs_define
class DestinationConfiguration:
    """
    Attributes:
        virtual_warehouse (None | str | Unset): Snowflake's virtual warehouse used in the connection Example:
            virtual_warehouse.
    """

    virtual_warehouse: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        virtual_warehouse: None | str | Unset
        if isinstance(self.virtual_warehouse, Unset):
            virtual_warehouse = UNSET
        else:
            virtual_warehouse = self.virtual_warehouse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if virtual_warehouse is not UNSET:
            field_dict["virtual_warehouse"] = virtual_warehouse

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        virtual_warehouse = cast(None | str | Unset, d.pop("virtual_warehouse", UNSET))

        destination_configuration = cls(
            virtual_warehouse=virtual_warehouse,
        )

        destination_configuration.additional_properties = d
        return destination_configuration

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

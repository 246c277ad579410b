from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_update_request import ColumnUpdateRequest

T = TypeVar("T", bound="TableUpdateRequestColumnsType0")


@_attrs_define
class TableUpdateRequestColumnsType0:
    """The set of columns within your table schema config. Each key is the column name as stored in the connection schema
    config. Column names are case-sensitive; an incorrect case results in an HTTP 404 error. The `columns` object in the
    response contains the columns whose `enabled` value has been set by the user after the initial sync.

    """

    additional_properties: dict[str, ColumnUpdateRequest] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        table_update_request_columns_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ColumnUpdateRequest.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        table_update_request_columns_type_0.additional_properties = additional_properties
        return table_update_request_columns_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ColumnUpdateRequest:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ColumnUpdateRequest) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

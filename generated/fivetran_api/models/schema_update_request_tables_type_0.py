from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_update_request import TableUpdateRequest

T = TypeVar("T", bound="SchemaUpdateRequestTablesType0")


@_attrs_define
class SchemaUpdateRequestTablesType0:
    """The set of tables within your database schema config. Each key is the table name as stored in the connection schema
    config. Table names are case-sensitive; an incorrect case results in an HTTP 404 error.

    """

    additional_properties: dict[str, TableUpdateRequest] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        schema_update_request_tables_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = TableUpdateRequest.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        schema_update_request_tables_type_0.additional_properties = additional_properties
        return schema_update_request_tables_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> TableUpdateRequest:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: TableUpdateRequest) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

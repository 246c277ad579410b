from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema_update_request import SchemaUpdateRequest

T = TypeVar("T", bound="StandardConfigUpdateRequestSchemasType0")


@_attrs_define
class StandardConfigUpdateRequestSchemasType0:
    """The set of schemas within your connection schema config. Each key is the schema name as stored in the connection
    schema config. Schema names are case-sensitive; an incorrect case results in an HTTP 404 error.

        Example:
            {'schema_name': {'enabled': True, 'tables': {'table_name': {'enabled': True, 'columns': {'column_name':
                {'enabled': True}}}}}}

    """

    additional_properties: dict[str, SchemaUpdateRequest] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        standard_config_update_request_schemas_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SchemaUpdateRequest.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        standard_config_update_request_schemas_type_0.additional_properties = additional_properties
        return standard_config_update_request_schemas_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SchemaUpdateRequest:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SchemaUpdateRequest) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

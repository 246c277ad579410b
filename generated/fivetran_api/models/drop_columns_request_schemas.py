from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drop_column_schema_request import DropColumnSchemaRequest
from ..types import UNSET, Unset

T = TypeVar("T", bound="DropColumnsRequestSchemas")


@_attrs_define
class DropColumnsRequestSchemas:
    """The set of schemas within your connection schema config. Each key is the schema name as stored in the connection
    schema config. Schema names are case-sensitive; an incorrect case results in an HTTP 404 error.

        Attributes:
            schema (DropColumnSchemaRequest | None | Unset):
    """

    schema: DropColumnSchemaRequest | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        schema: dict[str, Any] | None | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(self.schema, DropColumnSchemaRequest):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_schema(data: object) -> DropColumnSchemaRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_1 = DropColumnSchemaRequest.from_dict(data)

                return schema_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DropColumnSchemaRequest | None | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

        drop_columns_request_schemas = cls(
            schema=schema,
        )

        drop_columns_request_schemas.additional_properties = d
        return drop_columns_request_schemas

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drop_column_schema_request_tables import DropColumnSchemaRequestTables

T = TypeVar("T", bound="DropColumnSchemaRequest")


@_attrs_define
class DropColumnSchemaRequest:
    """
    Attributes:
        tables (DropColumnSchemaRequestTables): The set of tables within your database schema config. Each key is the
            table name as stored in the connection schema config. Table names are case-sensitive; an incorrect case results
            in an HTTP 404 error.
    """

    tables: DropColumnSchemaRequestTables
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tables = self.tables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tables": tables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        tables = DropColumnSchemaRequestTables.from_dict(d.pop("tables"))

        drop_column_schema_request = cls(
            tables=tables,
        )

        drop_column_schema_request.additional_properties = d
        return drop_column_schema_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drop_columns_table_request import DropColumnsTableRequest
from ..types import UNSET, Unset

T = TypeVar("T", bound="DropColumnSchemaRequestTables")


@_attrs_define
class DropColumnSchemaRequestTables:
    """The set of tables within your database schema config. Each key is the table name as stored in the connection schema
    config. Table names are case-sensitive; an incorrect case results in an HTTP 404 error.

        Attributes:
            table (DropColumnsTableRequest | None | Unset):
    """

    table: DropColumnsTableRequest | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        table: dict[str, Any] | None | Unset
        if isinstance(self.table, Unset):
            table = UNSET
        elif isinstance(self.table, DropColumnsTableRequest):
            table = self.table.to_dict()
        else:
            table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_table(data: object) -> DropColumnsTableRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                table_type_1 = DropColumnsTableRequest.from_dict(data)

                return table_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DropColumnsTableRequest | None | Unset, data)

        table = _parse_table(d.pop("table", UNSET))

        drop_column_schema_request_tables = cls(
            table=table,
        )

        drop_column_schema_request_tables.additional_properties = d
        return drop_column_schema_request_tables

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

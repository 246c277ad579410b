from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema_update_request_tables_type_0 import SchemaUpdateRequestTablesType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaUpdateRequest")


@_attrs_define
class SchemaUpdateRequest:
    """
    Attributes:
        enabled (bool): The boolean value specifying whether the sync for the table into the destination is enabled.
            Example: True.
        tables (None | SchemaUpdateRequestTablesType0 | Unset): The set of tables within your database schema config.
            Each key is the table name as stored in the connection schema config. Table names are case-sensitive; an
            incorrect case results in an HTTP 404 error.
    """

    enabled: bool
    tables: None | SchemaUpdateRequestTablesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        enabled = self.enabled

        tables: dict[str, Any] | None | Unset
        if isinstance(self.tables, Unset):
            tables = UNSET
        elif isinstance(self.tables, SchemaUpdateRequestTablesType0):
            tables = self.tables.to_dict()
        else:
            tables = self.tables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if tables is not UNSET:
            field_dict["tables"] = tables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        enabled = d.pop("enabled")

        def _parse_tables(data: object) -> None | SchemaUpdateRequestTablesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tables_type_0 = SchemaUpdateRequestTablesType0.from_dict(data)

                return tables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemaUpdateRequestTablesType0 | Unset, data)

        tables = _parse_tables(d.pop("tables", UNSET))

        schema_update_request = cls(
            enabled=enabled,
            tables=tables,
        )

        schema_update_request.additional_properties = d
        return schema_update_request

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

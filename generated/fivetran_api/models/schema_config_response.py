from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schema_config_response_tables import SchemaConfigResponseTables
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaConfigResponse")


@_attrs_define
class SchemaConfigResponse:
    """
    Attributes:
        name_in_destination (None | str | Unset): The schema name within your destination in accordance with Fivetran
            conventional rules Example: schema_name_in_destination.
        enabled (bool | None | Unset): The boolean value specifying whether the sync for the table into the destination
            is enabled. Example: True.
        tables (None | SchemaConfigResponseTables | Unset): The set of tables within your database schema config. Each
            key is the table name as stored in the connection schema config. Table names are case-sensitive; an incorrect
            case results in an HTTP 404 error.
    """

    name_in_destination: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    tables: None | SchemaConfigResponseTables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        name_in_destination: None | str | Unset
        if isinstance(self.name_in_destination, Unset):
            name_in_destination = UNSET
        else:
            name_in_destination = self.name_in_destination

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        tables: dict[str, Any] | None | Unset
        if isinstance(self.tables, Unset):
            tables = UNSET
        elif isinstance(self.tables, SchemaConfigResponseTables):
            tables = self.tables.to_dict()
        else:
            tables = self.tables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name_in_destination is not UNSET:
            field_dict["name_in_destination"] = name_in_destination
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if tables is not UNSET:
            field_dict["tables"] = tables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        name_in_destination = cast(None | str | Unset, d.pop("name_in_destination", UNSET))

        enabled = cast(bool | None | Unset, d.pop("enabled", UNSET))

        def _parse_tables(data: object) -> None | SchemaConfigResponseTables | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tables_type_0 = SchemaConfigResponseTables.from_dict(data)

                return tables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemaConfigResponseTables | Unset, data)

        tables = _parse_tables(d.pop("tables", UNSET))

        schema_config_response = cls(
            name_in_destination=name_in_destination,
            enabled=enabled,
            tables=tables,
        )

        schema_config_response.additional_properties = d
        return schema_config_response

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

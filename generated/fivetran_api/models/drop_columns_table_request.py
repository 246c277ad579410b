from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DropColumnsTableRequest")


@_attrs_define
class DropColumnsTableRequest:
    """
    Attributes:
        columns (list[str]): The set of columns within your table schema config. Each key is the column name as stored
            in the connection schema config. Column names are case-sensitive; an incorrect case results in an HTTP 404
            error. The `columns` object in the response contains the columns whose `enabled` value has been set by the user
            after the initial sync.
    """

    columns: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        columns = cast(list[str], d.pop("columns"))

        drop_columns_table_request = cls(
            columns=columns,
        )

        drop_columns_table_request.additional_properties = d
        return drop_columns_table_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_config_response import ColumnConfigResponse
from ..types import UNSET, Unset

T = TypeVar("T", bound="TableConfigResponseColumns")


@_attrs_define
class TableConfigResponseColumns:
    """The set of columns within your table schema config. Each key is the column name as stored in the connection schema
    config. Column names are case-sensitive; an incorrect case results in an HTTP 404 error. The `columns` object in the
    response contains the columns whose `enabled` value has been set by the user after the initial sync.

        Attributes:
            column (ColumnConfigResponse | None | Unset):
    """

    column: ColumnConfigResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        column: dict[str, Any] | None | Unset
        if isinstance(self.column, Unset):
            column = UNSET
        elif isinstance(self.column, ColumnConfigResponse):
            column = self.column.to_dict()
        else:
            column = self.column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column is not UNSET:
            field_dict["column"] = column

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_column(data: object) -> ColumnConfigResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                column_type_1 = ColumnConfigResponse.from_dict(data)

                return column_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ColumnConfigResponse | None | Unset, data)

        column = _parse_column(d.pop("column", UNSET))

        table_config_response_columns = cls(
            column=column,
        )

        table_config_response_columns.additional_properties = d
        return table_config_response_columns

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_columns_config_response_columns import TableColumnsConfigResponseColumns
from ..types import UNSET, Unset

T = TypeVar("T", bound="TableColumnsConfigResponse")


@_attrs_define
class TableColumnsConfigResponse:
    """
    Attributes:
        columns (None | TableColumnsConfigResponseColumns | Unset): The set of columns within your table schema config.
            Each key is the column name as stored in the connection schema config. Column names are case-sensitive; an
            incorrect case results in an HTTP 404 error. The `columns` object in the response contains the columns whose
            `enabled` value has been set by the user after the initial sync.
    """

    columns: None | TableColumnsConfigResponseColumns | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        columns: dict[str, Any] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, TableColumnsConfigResponseColumns):
            columns = self.columns.to_dict()
        else:
            columns = self.columns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_columns(data: object) -> None | TableColumnsConfigResponseColumns | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                columns_type_0 = TableColumnsConfigResponseColumns.from_dict(data)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TableColumnsConfigResponseColumns | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        table_columns_config_response = cls(
            columns=columns,
        )

        table_columns_config_response.additional_properties = d
        return table_columns_config_response

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

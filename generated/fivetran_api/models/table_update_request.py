from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_update_request_columns_type_0 import TableUpdateRequestColumnsType0
from ..models.table_update_request_sync_mode import TableUpdateRequestSyncMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="TableUpdateRequest")


@_attrs_define
class TableUpdateRequest:
    """
    Attributes:
        enabled (bool): The boolean value specifying whether the sync for the table into the destination is enabled.
            Example: True.
        columns (None | TableUpdateRequestColumnsType0 | Unset): The set of columns within your table schema config.
            Each key is the column name as stored in the connection schema config. Column names are case-sensitive; an
            incorrect case results in an HTTP 404 error. The `columns` object in the response contains the columns whose
            `enabled` value has been set by the user after the initial sync.
        sync_mode (TableUpdateRequestSyncMode | Unset): This field appears in the response if the connection supports
            switching sync modes for tables Example: SOFT_DELETE.
    """

    enabled: bool
    columns: None | TableUpdateRequestColumnsType0 | Unset = UNSET
    sync_mode: TableUpdateRequestSyncMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        enabled = self.enabled

        columns: dict[str, Any] | None | Unset
        if isinstance(self.columns, Unset):
            columns = UNSET
        elif isinstance(self.columns, TableUpdateRequestColumnsType0):
            columns = self.columns.to_dict()
        else:
            columns = self.columns

        sync_mode: str | Unset = UNSET
        if not isinstance(self.sync_mode, Unset):
            sync_mode = self.sync_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if columns is not UNSET:
            field_dict["columns"] = columns
        if sync_mode is not UNSET:
            field_dict["sync_mode"] = sync_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        enabled = d.pop("enabled")

        def _parse_columns(data: object) -> None | TableUpdateRequestColumnsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                columns_type_0 = TableUpdateRequestColumnsType0.from_dict(data)

                return columns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TableUpdateRequestColumnsType0 | Unset, data)

        columns = _parse_columns(d.pop("columns", UNSET))

        _sync_mode = d.pop("sync_mode", UNSET)
        sync_mode: TableUpdateRequestSyncMode | Unset
        if isinstance(_sync_mode, Unset):
            sync_mode = UNSET
        else:
            sync_mode = TableUpdateRequestSyncMode(_sync_mode)

        table_update_request = cls(
            enabled=enabled,
            columns=columns,
            sync_mode=sync_mode,
        )

        table_update_request.additional_properties = d
        return table_update_request

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

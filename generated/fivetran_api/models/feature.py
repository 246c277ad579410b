from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Feature")


@_attrs_define
class Feature:
    """
    Attributes:
        id (None | str | Unset): The unique identifier of a feature supported by the connector Known values:
            `CUSTOM_DATA`, `CAPTURE_DELETES`, `DATA_BLOCKING`, `COLUMN_HASHING`, `RE_SYNC`, `HISTORY`, `API_CONFIGURABLE`,
            `PRIORITY_FIRST_SYNC`, `FIVETRAN_DATA_MODELS`, `PRIVATE_NETWORKING`, `AUTHORIZATION_VIA_API`, `ROW_FILTERING`
            (others may appear). Example: API_CONFIGURABLE.
        notes (None | str | Unset): Additional information about the feature support of a specific connector Example:
            ....
    """

    id: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        notes = cast(None | str | Unset, d.pop("notes", UNSET))

        feature = cls(
            id=id,
            notes=notes,
        )

        feature.additional_properties = d
        return feature

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

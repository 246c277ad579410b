from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HvrHubRegistrationResponse")


@_attrs_define
class HvrHubRegistrationResponse:
    """
    Attributes:
        access_token (None | str | Unset): Access token. Example: access_token_value.
        registration_id (None | str | Unset): Registration identifier. Example: registration_id.
    """

    access_token: None | str | Unset = UNSET
    registration_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        registration_id: None | str | Unset
        if isinstance(self.registration_id, Unset):
            registration_id = UNSET
        else:
            registration_id = self.registration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if registration_id is not UNSET:
            field_dict["registration_id"] = registration_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        access_token = cast(None | str | Unset, d.pop("access_token", UNSET))

        registration_id = cast(None | str | Unset, d.pop("registration_id", UNSET))

        hvr_hub_registration_response = cls(
            access_token=access_token,
            registration_id=registration_id,
        )

        hvr_hub_registration_response.additional_properties = d
        return hvr_hub_registration_response

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

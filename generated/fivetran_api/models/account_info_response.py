from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountInfoResponse")


@_attrs_define
class AccountInfoResponse:
    """
    Attributes:
        account_id (None | str | Unset): The unique identifier for the account within the Fivetran system. Example:
            account_id.
        account_name (None | str | Unset):
        user_id (None | str | Unset): The user ID from the API key. Returned if the user API key is used to authenticate
            the request. Example: user_id.
        system_key_id (None | str | Unset): The system ID from the API key. Returned if the system API key is used to
            authenticate the request. Example: system_key_id.
    """

    account_id: None | str | Unset = UNSET
    account_name: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    system_key_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        system_key_id: None | str | Unset
        if isinstance(self.system_key_id, Unset):
            system_key_id = UNSET
        else:
            system_key_id = self.system_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if system_key_id is not UNSET:
            field_dict["system_key_id"] = system_key_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        account_id = cast(None | str | Unset, d.pop("account_id", UNSET))

        account_name = cast(None | str | Unset, d.pop("account_name", UNSET))

        user_id = cast(None | str | Unset, d.pop("user_id", UNSET))

        system_key_id = cast(None | str | Unset, d.pop("system_key_id", UNSET))

        account_info_response = cls(
            account_id=account_id,
            account_name=account_name,
            user_id=user_id,
            system_key_id=system_key_id,
        )

        account_info_response.additional_properties = d
        return account_info_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewUserRequest")


@_attrs_define
class NewUserRequest:
    """
    Attributes:
        email (str): The email address that the user has associated with their user profile. Example: user@email.value.
        family_name (str): The last name of the user. Example: Doe.
        given_name (str): The first name of the user. Example: John.
        phone (None | str | Unset): The phone number of the user. Example: +1234567890.
        picture (None | str | Unset): The user's avatar as a URL link (for example, 'http:<!--
            -->//mycompany.com/avatars/john_white.png') or base64 data URI (for example,
            'data:image/png;base64,aHR0cDovL215Y29tcGFueS5jb20vYXZhdGFycy9qb2huX3doaXRlLnBuZw==') Example:
            AFg65aoa7af4r3feaAa6bi7se ... base64 encoded image ... blDFSs87gQ==.
        role (None | str | Unset): The role that you would like to assign to the user  Example: Account Administrator.
    """

    email: str
    family_name: str
    given_name: str
    phone: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        family_name = self.family_name

        given_name = self.given_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "family_name": family_name,
                "given_name": given_name,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if picture is not UNSET:
            field_dict["picture"] = picture
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        family_name = d.pop("family_name")

        given_name = d.pop("given_name")

        phone = cast(None | str | Unset, d.pop("phone", UNSET))

        picture = cast(None | str | Unset, d.pop("picture", UNSET))

        role = cast(None | str | Unset, d.pop("role", UNSET))

        new_user_request = cls(
            email=email,
            family_name=family_name,
            given_name=given_name,
            phone=phone,
            picture=picture,
            role=role,
        )

        new_user_request.additional_properties = d
        return new_user_request

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

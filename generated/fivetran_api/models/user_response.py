from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserResponse")


@_attrs_define
class UserResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier for the user within the Fivetran system. Example: user_id.
        email (None | str | Unset): The email address that the user has associated with their user profile. Example:
            user@email.value.
        verified (bool | None | Unset): The field indicates whether the user has verified their email address in the
            account creation process. Example: True.
        invited (bool | None | Unset): The field indicates whether the user has been invited to your account. Example:
            True.
        picture (None | str | Unset): The user's avatar as a URL link (for example, 'http:<!--
            -->//mycompany.com/avatars/john_white.png') or base64 data URI (for example,
            'data:image/png;base64,aHR0cDovL215Y29tcGFueS5jb20vYXZhdGFycy9qb2huX3doaXRlLnBuZw==') Example:
            AFg65aoa7af4r3feaAa6bi7se ... base64 encoded image ... blDFSs87gQ==.
        phone (None | str | Unset): The phone number of the user. Example: +1234567890.
        role (None | str | Unset): The role that you would like to assign to the user  Example: Account Administrator.
        active (bool | None | Unset): The field indicates if the user is an active Fivetran account user. Example: True.
        given_name (None | str | Unset): The first name of the user. Example: John.
        family_name (None | str | Unset): The last name of the user. Example: Doe.
        logged_in_at (datetime.datetime | None | Unset): The last time that the user has logged into their Fivetran
            account. Example: 2024-01-01T00:00:00Z.
        created_at (datetime.datetime | None | Unset): The timestamp that the user created their Fivetran account
            Example: 2024-01-01T00:00:00Z.
    """

    id: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    verified: bool | None | Unset = UNSET
    invited: bool | None | Unset = UNSET
    picture: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    given_name: None | str | Unset = UNSET
    family_name: None | str | Unset = UNSET
    logged_in_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        verified: bool | None | Unset
        if isinstance(self.verified, Unset):
            verified = UNSET
        else:
            verified = self.verified

        invited: bool | None | Unset
        if isinstance(self.invited, Unset):
            invited = UNSET
        else:
            invited = self.invited

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        family_name: None | str | Unset
        if isinstance(self.family_name, Unset):
            family_name = UNSET
        else:
            family_name = self.family_name

        logged_in_at: None | str | Unset
        if isinstance(self.logged_in_at, Unset):
            logged_in_at = UNSET
        elif isinstance(self.logged_in_at, datetime.datetime):
            logged_in_at = self.logged_in_at.isoformat()
        else:
            logged_in_at = self.logged_in_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if verified is not UNSET:
            field_dict["verified"] = verified
        if invited is not UNSET:
            field_dict["invited"] = invited
        if picture is not UNSET:
            field_dict["picture"] = picture
        if phone is not UNSET:
            field_dict["phone"] = phone
        if role is not UNSET:
            field_dict["role"] = role
        if active is not UNSET:
            field_dict["active"] = active
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if logged_in_at is not UNSET:
            field_dict["logged_in_at"] = logged_in_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        email = cast(None | str | Unset, d.pop("email", UNSET))

        verified = cast(bool | None | Unset, d.pop("verified", UNSET))

        invited = cast(bool | None | Unset, d.pop("invited", UNSET))

        picture = cast(None | str | Unset, d.pop("picture", UNSET))

        phone = cast(None | str | Unset, d.pop("phone", UNSET))

        role = cast(None | str | Unset, d.pop("role", UNSET))

        active = cast(bool | None | Unset, d.pop("active", UNSET))

        given_name = cast(None | str | Unset, d.pop("given_name", UNSET))

        family_name = cast(None | str | Unset, d.pop("family_name", UNSET))

        def _parse_logged_in_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                logged_in_at_type_0 = datetime.datetime.fromisoformat(data)

                return logged_in_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        logged_in_at = _parse_logged_in_at(d.pop("logged_in_at", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        user_response = cls(
            id=id,
            email=email,
            verified=verified,
            invited=invited,
            picture=picture,
            phone=phone,
            role=role,
            active=active,
            given_name=given_name,
            family_name=family_name,
            logged_in_at=logged_in_at,
            created_at=created_at,
        )

        user_response.additional_properties = d
        return user_response

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

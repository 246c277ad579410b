from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FingerprintDetailsResponse")


@_attrs_define
class FingerprintDetailsResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier of the fingerprint (Base64URL encoded hash of the fingerprint).
            Example: Y29ubmVjdG9yIGZpbmdlcnByaW50IGhhc2g.
        hash_ (None | str | Unset): Hash of the fingerprint. Example: eUtPirI6yy....
        public_key (None | str | Unset): The SSH public key. Example: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC6 ...
            fivetran user key.
        validated_date (datetime.datetime | None | Unset): Date when fingerprint has been validated and approved.
            Example: 2024-01-01T00:00:00Z.
        validated_by (None | str | Unset): The unique identified for the user who has approved the fingerprint. Example:
            user_id.
    """

    id: None | str | Unset = UNSET
    hash_: None | str | Unset = UNSET
    public_key: None | str | Unset = UNSET
    validated_date: datetime.datetime | None | Unset = UNSET
    validated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        public_key: None | str | Unset
        if isinstance(self.public_key, Unset):
            public_key = UNSET
        else:
            public_key = self.public_key

        validated_date: None | str | Unset
        if isinstance(self.validated_date, Unset):
            validated_date = UNSET
        elif isinstance(self.validated_date, datetime.datetime):
            validated_date = self.validated_date.isoformat()
        else:
            validated_date = self.validated_date

        validated_by: None | str | Unset
        if isinstance(self.validated_by, Unset):
            validated_by = UNSET
        else:
            validated_by = self.validated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if validated_date is not UNSET:
            field_dict["validated_date"] = validated_date
        if validated_by is not UNSET:
            field_dict["validated_by"] = validated_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        id = cast(None | str | Unset, d.pop("id", UNSET))

        hash_ = cast(None | str | Unset, d.pop("hash", UNSET))

        public_key = cast(None | str | Unset, d.pop("public_key", UNSET))

        def _parse_validated_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                validated_date_type_0 = datetime.datetime.fromisoformat(data)

                return validated_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        validated_date = _parse_validated_date(d.pop("validated_date", UNSET))

        validated_by = cast(None | str | Unset, d.pop("validated_by", UNSET))

        fingerprint_details_response = cls(
            id=id,
            hash_=hash_,
            public_key=public_key,
            validated_date=validated_date,
            validated_by=validated_by,
        )

        fingerprint_details_response.additional_properties = d
        return fingerprint_details_response

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

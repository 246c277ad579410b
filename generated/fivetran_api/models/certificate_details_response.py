from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificateDetailsResponse")


@_attrs_define
class CertificateDetailsResponse:
    """
    Attributes:
        id (None | str | Unset): The unique identifier of the certificate (Base64URL encoded hash of the certificate).
            Example: Y29ubmVjdG9yIGNlcnRpZmljYXRlIGhhc2g.
        name (None | str | Unset): The certificate name. Example: Certificate Name.
        hash_ (None | str | Unset): Hash of the certificate. Example: jhg5UI7fgrI6yy....
        type_ (None | str | Unset): Type of the certificate. Example: TLS.
        sha1 (None | str | Unset): SHA1 of certificate. Example: c8de1d13vtu435ilj435lj345796d8jh7hk8hgk.
        sha256 (None | str | Unset): SHA256 of certificate. Example:
            5vt6rt6jtr654eef94ec3f91122a623b389f4d331ff330026e43af21013vb45f.
        public_key (None | str | Unset): The certificate decoded public key. Example: Sun RSA public key, 2048 bits
            params: null modulus: 7685655455... public exponent: 65537.
        validated_date (datetime.datetime | None | Unset): Date when certificate has been validated and approved.
            Example: 2023-08-20T10:15:20.677566Z.
        validated_by (None | str | Unset): The unique identified for the user who has approved the certificate. Example:
            user_id.
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    hash_: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    sha1: None | str | Unset = UNSET
    sha256: None | str | Unset = UNSET
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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        sha1: None | str | Unset
        if isinstance(self.sha1, Unset):
            sha1 = UNSET
        else:
            sha1 = self.sha1

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

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
        if name is not UNSET:
            field_dict["name"] = name
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sha1 is not UNSET:
            field_dict["sha1"] = sha1
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
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

        name = cast(None | str | Unset, d.pop("name", UNSET))

        hash_ = cast(None | str | Unset, d.pop("hash", UNSET))

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        sha1 = cast(None | str | Unset, d.pop("sha1", UNSET))

        sha256 = cast(None | str | Unset, d.pop("sha256", UNSET))

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

        certificate_details_response = cls(
            id=id,
            name=name,
            hash_=hash_,
            type_=type_,
            sha1=sha1,
            sha256=sha256,
            public_key=public_key,
            validated_date=validated_date,
            validated_by=validated_by,
        )

        certificate_details_response.additional_properties = d
        return certificate_details_response

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

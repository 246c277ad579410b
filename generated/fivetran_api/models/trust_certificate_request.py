from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrustCertificateRequest")


@_attrs_define
class TrustCertificateRequest:
    """
    Attributes:
        hash_ (str): Hash of the certificate. Example: jhg5UI7fgrI6yy....
        encoded_cert (str): The certificate encoded in base64. Example:
            MIID9DCCAtygAwIBAgIBQjANBgkqhkiG9w0BAQUFADCBijELMAkGA1UEBhMCV....
        connection_id (None | str | Unset): The unique identifier for the connection within the Fivetran system.
            Example: connection_id.
        destination_id (None | str | Unset): The unique identifier for the destination within the Fivetran system.
            Example: destination_id.
    """

    hash_: str
    encoded_cert: str
    connection_id: None | str | Unset = UNSET
    destination_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hash_ = self.hash_

        encoded_cert = self.encoded_cert

        connection_id: None | str | Unset
        if isinstance(self.connection_id, Unset):
            connection_id = UNSET
        else:
            connection_id = self.connection_id

        destination_id: None | str | Unset
        if isinstance(self.destination_id, Unset):
            destination_id = UNSET
        else:
            destination_id = self.destination_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hash": hash_,
                "encoded_cert": encoded_cert,
            }
        )
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if destination_id is not UNSET:
            field_dict["destination_id"] = destination_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hash_ = d.pop("hash")

        encoded_cert = d.pop("encoded_cert")

        connection_id = cast(None | str | Unset, d.pop("connection_id", UNSET))

        destination_id = cast(None | str | Unset, d.pop("destination_id", UNSET))

        trust_certificate_request = cls(
            hash_=hash_,
            encoded_cert=encoded_cert,
            connection_id=connection_id,
            destination_id=destination_id,
        )

        trust_certificate_request.additional_properties = d
        return trust_certificate_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApproveCertificateRequestApproveDestinationCertificate")


@_attrs_define
class ApproveCertificateRequestApproveDestinationCertificate:
    """
    Attributes:
        hash_ (str): Hash of the certificate. Example: jhg5UI7fgrI6yy....
        encoded_cert (str): The certificate encoded in base64. Example:
            MIID9DCCAtygAwIBAgIBQjANBgkqhkiG9w0BAQUFADCBijELMAkGA1UEBhMCV....
    """

    hash_: str
    encoded_cert: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hash_ = self.hash_

        encoded_cert = self.encoded_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hash": hash_,
                "encoded_cert": encoded_cert,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hash_ = d.pop("hash")

        encoded_cert = d.pop("encoded_cert")

        approve_certificate_request_approve_destination_certificate = cls(
            hash_=hash_,
            encoded_cert=encoded_cert,
        )

        approve_certificate_request_approve_destination_certificate.additional_properties = d
        return approve_certificate_request_approve_destination_certificate

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

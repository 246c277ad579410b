from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HvrHubRegistrationRequest")


@_attrs_define
class HvrHubRegistrationRequest:
    """
    Attributes:
        fingerprint (None | str | Unset): Installation fingerprint. Example: fingerprint_value.
        port (int | None | Unset): Installation port. Example: 1234.
        hub_server_url (None | str | Unset): URL of Hub server. Example: hub_server_url.
    """

    fingerprint: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    hub_server_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        hub_server_url: None | str | Unset
        if isinstance(self.hub_server_url, Unset):
            hub_server_url = UNSET
        else:
            hub_server_url = self.hub_server_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if port is not UNSET:
            field_dict["port"] = port
        if hub_server_url is not UNSET:
            field_dict["hub_server_url"] = hub_server_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        fingerprint = cast(None | str | Unset, d.pop("fingerprint", UNSET))

        port = cast(int | None | Unset, d.pop("port", UNSET))

        hub_server_url = cast(None | str | Unset, d.pop("hub_server_url", UNSET))

        hvr_hub_registration_request = cls(
            fingerprint=fingerprint,
            port=port,
            hub_server_url=hub_server_url,
        )

        hvr_hub_registration_request.additional_properties = d
        return hvr_hub_registration_request

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

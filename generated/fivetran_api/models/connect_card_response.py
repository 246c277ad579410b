from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectCardResponse")


@_attrs_define
class ConnectCardResponse:
    """
    Attributes:
        token (None | str | Unset): A short-lived JWT that authorizes the end user to configure this connection via the
            Connect Card interface. Use the `uri` field directly to redirect users — it already embeds this token. If you
            need to construct your own URL, pass this value as the `auth` query parameter to `https://fivetran.com/connect-
            card/setup`. Example: eyJ0e....
        uri (None | str | Unset): The complete URL to redirect the end user to in order to authorize the connection. It
            embeds the auth token, redirect URI, and setup guide visibility as query parameters. Redirect the user directly
            to this address. Example: https://fivetran.com/connect-
            card/setup?redirect_uri=https://your.site/path&auth=eyJ0e...&hide_setup_guide=true.
    """

    token: None | str | Unset = UNSET
    uri: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        uri: None | str | Unset
        if isinstance(self.uri, Unset):
            uri = UNSET
        else:
            uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        token = cast(None | str | Unset, d.pop("token", UNSET))

        uri = cast(None | str | Unset, d.pop("uri", UNSET))

        connect_card_response = cls(
            token=token,
            uri=uri,
        )

        connect_card_response.additional_properties = d
        return connect_card_response

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

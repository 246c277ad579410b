from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectCardConfig")


@_attrs_define
class ConnectCardConfig:
    """
    Attributes:
        redirect_uri (str): The URI on your site we redirect the end user to after successful setup. The URI must start
            with the `https` or `http` prefix. Example: https://your.site/path.
        hide_setup_guide (bool | None | Unset): An optional parameter that lets you hide the embedded setup guide in the
            Connect Card. Example: True.
        all_fields (bool | None | Unset): An optional parameter that lets you show all fields on Connect Card including
            those that are hidden by default for certain connectors. Example: True.
    """

    redirect_uri: str
    hide_setup_guide: bool | None | Unset = UNSET
    all_fields: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect_uri = self.redirect_uri

        hide_setup_guide: bool | None | Unset
        if isinstance(self.hide_setup_guide, Unset):
            hide_setup_guide = UNSET
        else:
            hide_setup_guide = self.hide_setup_guide

        all_fields: bool | None | Unset
        if isinstance(self.all_fields, Unset):
            all_fields = UNSET
        else:
            all_fields = self.all_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redirect_uri": redirect_uri,
            }
        )
        if hide_setup_guide is not UNSET:
            field_dict["hide_setup_guide"] = hide_setup_guide
        if all_fields is not UNSET:
            field_dict["all_fields"] = all_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        redirect_uri = d.pop("redirect_uri")

        hide_setup_guide = cast(bool | None | Unset, d.pop("hide_setup_guide", UNSET))

        all_fields = cast(bool | None | Unset, d.pop("all_fields", UNSET))

        connect_card_config = cls(
            redirect_uri=redirect_uri,
            hide_setup_guide=hide_setup_guide,
            all_fields=all_fields,
        )

        connect_card_config.additional_properties = d
        return connect_card_config

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

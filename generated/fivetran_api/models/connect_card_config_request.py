from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connect_card_config import ConnectCardConfig

T = TypeVar("T", bound="ConnectCardConfigRequest")


@_attrs_define
class ConnectCardConfigRequest:
    """
    Attributes:
        connect_card_config (ConnectCardConfig):
    """

    connect_card_config: ConnectCardConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connect_card_config = self.connect_card_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connect_card_config": connect_card_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        connect_card_config = ConnectCardConfig.from_dict(d.pop("connect_card_config"))

        connect_card_config_request = cls(
            connect_card_config=connect_card_config,
        )

        connect_card_config_request.additional_properties = d
        return connect_card_config_request

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

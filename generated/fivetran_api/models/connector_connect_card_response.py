from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.connect_card_config import ConnectCardConfig
from ..models.connect_card_response import ConnectCardResponse
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorConnectCardResponse")


@_attrs_define
class ConnectorConnectCardResponse:
    """
    Attributes:
        connector_id (None | str | Unset): The unique identifier of the connection for which this Connect Card token was
            issued. This is the same value as the `connectionId` path parameter. Example: connection_id.
        connect_card (ConnectCardResponse | None | Unset):
        connect_card_config (ConnectCardConfig | None | Unset):
    """

    connector_id: None | str | Unset = UNSET
    connect_card: ConnectCardResponse | None | Unset = UNSET
    connect_card_config: ConnectCardConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        connector_id: None | str | Unset
        if isinstance(self.connector_id, Unset):
            connector_id = UNSET
        else:
            connector_id = self.connector_id

        connect_card: dict[str, Any] | None | Unset
        if isinstance(self.connect_card, Unset):
            connect_card = UNSET
        elif isinstance(self.connect_card, ConnectCardResponse):
            connect_card = self.connect_card.to_dict()
        else:
            connect_card = self.connect_card

        connect_card_config: dict[str, Any] | None | Unset
        if isinstance(self.connect_card_config, Unset):
            connect_card_config = UNSET
        elif isinstance(self.connect_card_config, ConnectCardConfig):
            connect_card_config = self.connect_card_config.to_dict()
        else:
            connect_card_config = self.connect_card_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if connect_card is not UNSET:
            field_dict["connect_card"] = connect_card
        if connect_card_config is not UNSET:
            field_dict["connect_card_config"] = connect_card_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        connector_id = cast(None | str | Unset, d.pop("connector_id", UNSET))

        def _parse_connect_card(data: object) -> ConnectCardResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connect_card_type_1 = ConnectCardResponse.from_dict(data)

                return connect_card_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectCardResponse | None | Unset, data)

        connect_card = _parse_connect_card(d.pop("connect_card", UNSET))

        def _parse_connect_card_config(data: object) -> ConnectCardConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connect_card_config_type_1 = ConnectCardConfig.from_dict(data)

                return connect_card_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectCardConfig | None | Unset, data)

        connect_card_config = _parse_connect_card_config(d.pop("connect_card_config", UNSET))

        connector_connect_card_response = cls(
            connector_id=connector_id,
            connect_card=connect_card,
            connect_card_config=connect_card_config,
        )

        connector_connect_card_response.additional_properties = d
        return connector_connect_card_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.private_link_update_request_config_type_0 import PrivateLinkUpdateRequestConfigType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateLinkUpdateRequest")


@_attrs_define
class PrivateLinkUpdateRequest:
    """
    Attributes:
        config (None | PrivateLinkUpdateRequestConfigType0 | Unset): Service-specific `config`, kept as a free-form
            mapping: its keys depend on `service` and change over time.
    """

    config: None | PrivateLinkUpdateRequestConfigType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, PrivateLinkUpdateRequestConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)

        def _parse_config(data: object) -> None | PrivateLinkUpdateRequestConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = PrivateLinkUpdateRequestConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrivateLinkUpdateRequestConfigType0 | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        private_link_update_request = cls(
            config=config,
        )

        private_link_update_request.additional_properties = d
        return private_link_update_request

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

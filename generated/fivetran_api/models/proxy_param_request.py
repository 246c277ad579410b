from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proxy_param_request_group_region import ProxyParamRequestGroupRegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProxyParamRequest")


@_attrs_define
class ProxyParamRequest:
    """
    Attributes:
        display_name (None | str | Unset): Proxy agent name. Example: display_name.
        group_region (ProxyParamRequestGroupRegion | Unset): Data processing location. This is where Fivetran will
            operate and run computation on data (optional). Example: GCP_US_EAST4.
    """

    display_name: None | str | Unset = UNSET
    group_region: ProxyParamRequestGroupRegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        group_region: str | Unset = UNSET
        if not isinstance(self.group_region, Unset):
            group_region = self.group_region.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if group_region is not UNSET:
            field_dict["group_region"] = group_region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        display_name = cast(None | str | Unset, d.pop("display_name", UNSET))

        _group_region = d.pop("group_region", UNSET)
        group_region: ProxyParamRequestGroupRegion | Unset
        if isinstance(_group_region, Unset):
            group_region = UNSET
        else:
            group_region = ProxyParamRequestGroupRegion(_group_region)

        proxy_param_request = cls(
            display_name=display_name,
            group_region=group_region,
        )

        proxy_param_request.additional_properties = d
        return proxy_param_request

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

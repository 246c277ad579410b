from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hybrid_deployment_agent_re_auth_request_auth_type import HybridDeploymentAgentReAuthRequestAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="HybridDeploymentAgentReAuthRequest")


@_attrs_define
class HybridDeploymentAgentReAuthRequest:
    """
    Attributes:
        auth_type (HybridDeploymentAgentReAuthRequestAuthType | Unset):
    """

    auth_type: HybridDeploymentAgentReAuthRequestAuthType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _auth_type = d.pop("auth_type", UNSET)
        auth_type: HybridDeploymentAgentReAuthRequestAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = HybridDeploymentAgentReAuthRequestAuthType(_auth_type)

        hybrid_deployment_agent_re_auth_request = cls(
            auth_type=auth_type,
        )

        hybrid_deployment_agent_re_auth_request.additional_properties = d
        return hybrid_deployment_agent_re_auth_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hybrid_deployment_agent_create_request_auth_type import HybridDeploymentAgentCreateRequestAuthType
from ..models.hybrid_deployment_agent_create_request_env_type import HybridDeploymentAgentCreateRequestEnvType
from ..types import UNSET, Unset

T = TypeVar("T", bound="HybridDeploymentAgentCreateRequest")


@_attrs_define
class HybridDeploymentAgentCreateRequest:
    """
    Attributes:
        display_name (str): Hybrid Deployment Agent display name. Example: display_name.
        env_type (HybridDeploymentAgentCreateRequestEnvType): Environment type. Example: DOCKER.
        accept_terms (bool): Boolean, must be true to indicate that the caller accepts the Fivetran On-Prem Software
            License Addendum. Example: True.
        group_id (None | str | Unset): The unique identifier for the group within your Fivetran account. Example:
            group_id.
        auth_type (HybridDeploymentAgentCreateRequestAuthType | Unset): Agent Auth Mode. Defines how agent should be
            authorised. Example: AUTO.
    """

    display_name: str
    env_type: HybridDeploymentAgentCreateRequestEnvType
    accept_terms: bool
    group_id: None | str | Unset = UNSET
    auth_type: HybridDeploymentAgentCreateRequestAuthType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        env_type = self.env_type.value

        accept_terms = self.accept_terms

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "env_type": env_type,
                "accept_terms": accept_terms,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        env_type = HybridDeploymentAgentCreateRequestEnvType(d.pop("env_type"))

        accept_terms = d.pop("accept_terms")

        group_id = cast(None | str | Unset, d.pop("group_id", UNSET))

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: HybridDeploymentAgentCreateRequestAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = HybridDeploymentAgentCreateRequestAuthType(_auth_type)

        hybrid_deployment_agent_create_request = cls(
            display_name=display_name,
            env_type=env_type,
            accept_terms=accept_terms,
            group_id=group_id,
            auth_type=auth_type,
        )

        hybrid_deployment_agent_create_request.additional_properties = d
        return hybrid_deployment_agent_create_request

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
